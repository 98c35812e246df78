import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useText } from '../../i18n/useText';
import { EmailIntake } from './EmailIntake';
import { PaperIntakeForm } from './PaperIntakeForm';

/** 收件 (SPEC §1 Intake): email, the channel that must be fast in bulk; and letters on paper with the other channels. */
export function IntakePage() {
  const t = useText();
  const [tab, setTab] = useState('email');
  return (
    <section aria-labelledby="intake-title">
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
