import { Alert, App, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../shared/backup/backupPolicy';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { createBackup } from '../../db/backup/createBackup';
import { readLastBackup } from '../../db/backup/lastBackup';
import { database } from '../../db/database';
import { readTeamSession } from '../../db/sync/teamSession';
import { useText } from '../../i18n/useText';
import { actorOf } from '../ui/useOfficer';
import { backupErrorText } from './backupErrorText';
import { saveBackupFile } from './saveBackupFile';
import { ScheduleSection } from './ScheduleSection';
import { RestoreForm } from './RestoreForm';

/**
 * 备份与恢复 in Settings (issue 11): a backup of the whole store under a
 * passphrase, saved as a file; a restore that checks the whole file before
 * it touches anything, asks before replacing a store that holds data and
 * backs that store up first. Both refused in a team (the team server is the
 * record).
 */
export function BackupCard() {
  const t = useText();
  const { message } = App.useApp();
  const team = useLiveQuery(() => readTeamSession(database()));
  const last = useLiveQuery(() => readLastBackup(database()));
  const [busy, setBusy] = useState<'backup' | null>(null);
  const [backupForm] = Form.useForm<{ passphrase: string; repeat: string }>();

  const actor = async () => (await actorOf(database())) ?? 'CaseDesk';

  const backUp = async ({ passphrase }: { passphrase: string }) => {
    setBusy('backup');
    try {
      const made = await createBackup(database(), passphrase, await actor());
      if (await saveBackupFile(made, t('backup.title'))) void message.success(t('backup.created', { name: made.fileName }));
      backupForm.resetFields();
    } catch (error) {
      void message.error(backupErrorText(t, error));
    } finally {
      setBusy(null);
    }
  };

  const passphraseRules = [
    {
      validator: async (_: unknown, value: string | undefined) => {
        if (passphraseProblem(value ?? '') === 'too-short') throw new Error(t('backup.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }));
      },
    },
  ];

  return (
    <Card size="small" title={<h2 className="pane-title">{t('backup.title')}</h2>} style={{ marginBottom: 16 }}>
      {team ? (
        <Alert type="info" showIcon message={t('backup.refused.team-mode')} />
      ) : (
        <>
          <Typography.Paragraph>{t('backup.intro')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary" data-testid="last-backup">
            {last ? t('backup.lastBackup', { at: shanghaiDateTime(last.at), name: last.fileName }) : t('backup.never')}
          </Typography.Paragraph>
          <Form form={backupForm} name="backup" layout="inline" onFinish={(v) => void backUp(v)} aria-label={t('backup.create')}>
            <Form.Item name="passphrase" label={t('backup.passphrase')} rules={passphraseRules}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="repeat"
              label={t('backup.passphraseRepeat')}
              dependencies={['passphrase']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_: unknown, value: string | undefined) => {
                    if ((value ?? '') !== getFieldValue('passphrase')) throw new Error(t('backup.passphraseMismatch'));
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={busy === 'backup'} disabled={busy !== null}>
              {t('backup.create')}
            </Button>
          </Form>
          <Divider />
          <ScheduleSection />
          <Divider />
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('backup.restoreTitle')}
          </Typography.Title>
          <RestoreForm actor={actor} />
        </>
      )}
    </Card>
  );
}
