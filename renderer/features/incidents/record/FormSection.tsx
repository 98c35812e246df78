import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A titled group of the record form (a real heading, so it is navigable and findable). */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: 8 }}>
      <Typography.Title level={4} id={id} style={{ fontSize: 15, margin: '8px 0 12px' }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}
