import { Alert, App, Button, Card, Divider, Form, Input, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../shared/backup/backupPolicy';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { BackupRefusedError, createBackup } from '../../db/backup/createBackup';
import { readLastBackup } from '../../db/backup/lastBackup';
import { restoreBackup } from '../../db/backup/restoreBackup';
import { database } from '../../db/database';
import { readTeamSession } from '../../db/sync/teamSession';
import { reapplyPurgeLedger } from '../../db/retention/purgeLedger';
import { useText } from '../../i18n/useText';
import { actorOf } from '../ui/useOfficer';
import { backupErrorText } from './backupErrorText';
import { saveBackupFile } from './saveBackupFile';
import { ScheduleSection } from './ScheduleSection';

/**
 * 备份与恢复 in Settings (issue 11): a backup of the whole store under a
 * passphrase, saved as a file; a restore that checks the whole file before
 * it touches anything, asks before replacing a store that holds data and
 * backs that store up first. Both refused in a team (the team server is the
 * record).
 */
export function BackupCard() {
  const t = useText();
  const { message, modal } = App.useApp();
  const team = useLiveQuery(() => readTeamSession(database()));
  const last = useLiveQuery(() => readLastBackup(database()));
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [file, setFile] = useState<File | null>(null);
  // a new key empties the file input after a restore
  const [inputKey, setInputKey] = useState(0);
  const [backupForm] = Form.useForm<{ passphrase: string; repeat: string }>();
  const [restoreForm] = Form.useForm<{ passphrase: string }>();

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

  const restore = async ({ passphrase }: { passphrase: string }, confirmedOverwrite: boolean) => {
    if (!file) return;
    setBusy('restore');
    try {
      const report = await restoreBackup(database(), file, {
        passphrase,
        actor: await actor(),
        confirmedOverwrite,
        saveSafetyBackup: async (made) => {
          if (!(await saveBackupFile(made, t('backup.title')))) throw new Error('not saved');
          void message.info(t('backup.safetySaved', { name: made.fileName }));
        },
        // purges made since the backup are made again: purged personal data never comes back (policy 5.5.1)
        reapplyPurges: reapplyPurgeLedger,
      });
      void message.success(t('backup.restored', { at: shanghaiDateTime(report.header.createdAt), sealed: report.chainsSealed.length, purges: report.purgesApplied }));
      restoreForm.resetFields();
      setFile(null);
      setInputKey((k) => k + 1);
    } catch (error) {
      if (error instanceof BackupRefusedError && error.reason === 'needs-confirmation') {
        modal.confirm({
          title: t('backup.confirmOverwriteTitle'),
          content: t('backup.confirmOverwrite'),
          okText: t('backup.confirmOverwriteOk'),
          cancelText: t('common.cancel'),
          onOk: () => restore({ passphrase }, true),
        });
      } else {
        void message.error(backupErrorText(t, error));
      }
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
          <Form
            form={restoreForm}
            name="restore"
            layout="inline"
            aria-label={t('backup.restoreTitle')}
            // a store that holds data is replaced only once the officer confirmed: restore asks, then runs again
            onFinish={(v) => void restore(v, false)}
          >
            <Form.Item label={t('backup.restoreFile')}>
              <Space>
                <input
                  key={inputKey}
                  id="backup-file"
                  type="file"
                  accept=".cdbackup"
                  aria-label={t('backup.pickFile')}
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              </Space>
            </Form.Item>
            <Form.Item name="passphrase" label={t('backup.passphrase')} rules={[{ required: true, message: t('backup.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }) }]}>
              <Input.Password autoComplete="off" />
            </Form.Item>
            <Button htmlType="submit" loading={busy === 'restore'} disabled={busy !== null || !file}>
              {t('backup.restore')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
