import { App, Button, Card, Flex, InputNumber, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from '../../db/database';
import { readAttachmentLimitMb, writeAttachmentLimitMb } from '../../db/intakeSettings';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';

/**
 * Intake's setting (issue 4): the attachment size limit, default 50 MB. Shown
 * on the 收件 screen and ready for the Settings page to mount, like the
 * identity feature's card.
 */
export function IntakeSettingsCard() {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficerName();
  const stored = useLiveQuery(() => readAttachmentLimitMb(database()));
  const [mb, setMb] = useState<number | null>(null);
  useEffect(() => {
    if (stored !== undefined) setMb(stored);
  }, [stored]);

  return (
    <Card size="small" title={<h2 className="pane-title">{t('intake.settings.title')}</h2>} style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="intake-attachment-limit">{t('intake.settings.attachmentLimit')}</label>
        <InputNumber id="intake-attachment-limit" min={1} max={200} precision={0} value={mb} onChange={(v) => setMb(v)} />
        <Button
          disabled={!officer || mb === null || mb === stored}
          onClick={async () => {
            if (!officer || mb === null) return;
            await writeAttachmentLimitMb(database(), mb, officer);
            void message.success(t('common.savedOk'));
          }}
        >
          {t('intake.settings.save')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
        {t('intake.settings.attachmentLimitHint')}
      </Typography.Paragraph>
    </Card>
  );
}
