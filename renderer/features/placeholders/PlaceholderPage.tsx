import { Empty, Typography } from 'antd';
import type { TextKey } from '../../../shared/i18n/messages';
import { useText } from '../../i18n/useText';

/** A section whose capability arrives with its own issue: says so plainly instead of pretending. */
export function PlaceholderPage({ titleKey }: { titleKey: TextKey }) {
  const t = useText();
  return (
    <section aria-labelledby="placeholder-title">
      <Typography.Title level={3} id="placeholder-title">
        {t(titleKey)}
      </Typography.Title>
      <Empty description={t('common.notYetAvailable')} />
    </section>
  );
}
