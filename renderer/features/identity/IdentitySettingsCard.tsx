import { App, Button, Card, Flex, InputNumber, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from '../../db/database';
import { readUnansweredDays, writeUnansweredDays } from '../../db/identitySettings';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';

/**
 * The identity feature's setting (SPEC §2): days without an answer after
 * "insufficient" before closing as unanswered is proposed. A card for the
 * Settings page to mount.
 */
export function IdentitySettingsCard() {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficerName();
  const stored = useLiveQuery(() => readUnansweredDays(database()));
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    if (stored !== undefined) setDays(stored);
  }, [stored]);

  return (
    <Card size="small" title={<h2 className="pane-title">{t('identity.settings.title')}</h2>} style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="identity-unanswered-days">{t('identity.settings.unansweredDays')}</label>
        <InputNumber id="identity-unanswered-days" min={1} max={365} precision={0} value={days} onChange={(v) => setDays(v)} />
        <Button
          type="primary"
          disabled={!officer || days === null || days === stored}
          onClick={async () => {
            if (!officer || days === null) return;
            await writeUnansweredDays(database(), days, officer);
            void message.success(t('common.savedOk'));
          }}
        >
          {t('identity.settings.save')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
        {t('identity.settings.unansweredHint')}
      </Typography.Paragraph>
    </Card>
  );
}
