import { Tabs, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useText } from '../../i18n/useText';
import { EmailIntake } from './EmailIntake';
import { PaperIntakeForm } from './PaperIntakeForm';

/** Files dropped beside the mail drop zone are ignored rather than opened by the browser in place of the app. */
function swallowStrayFiles(event: DragEvent) {
  if (!event.defaultPrevented && Array.from(event.dataTransfer.types).includes('Files')) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'none';
  }
}

/** 收件 (SPEC §1 Intake): email, the channel that must be fast in bulk; and letters on paper with the other channels. */
export function IntakePage() {
  const t = useText();
  const [tab, setTab] = useState('email');
  return (
    <section aria-labelledby="intake-title" onDragOver={swallowStrayFiles} onDrop={swallowStrayFiles}>
      <Typography.Title level={3} id="intake-title">
        {t('intake.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'email', label: t('intake.page.emailTab'), children: <EmailIntake /> },
          { key: 'paper', label: t('intake.page.paperTab'), children: <PaperIntakeForm /> },
        ]}
      />
    </section>
  );
}
