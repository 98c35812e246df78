import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/backup/backupPolicy';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { BackupRefusedError } from '../../db/backup/createBackup';
import { restoreBackup } from '../../db/backup/restoreBackup';
import { database } from '../../db/database';
import { reapplyPurgeLedger } from '../../db/retention/purgeLedger';
import { useText } from '../../i18n/useText';
import { backupErrorText } from './backupErrorText';
import { saveBackupFile } from './saveBackupFile';

/**
 * 从备份恢复: a backup file and its passphrase (issue 11). The restore checks
 * the whole file before it changes anything; a store that holds data is
 * replaced only once the officer confirmed, after an automatic backup of it
 * was saved. Used in Settings and on the first-run page of a new profile.
 */
export default function RestoreForm({ actor }: { actor: () => Promise<string> }) {
  const t = useText();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  // a new key empties the file input after a restore
  const [inputKey, setInputKey] = useState(0);
  const [form] = Form.useForm<{ passphrase: string }>();

  const restore = async ({ passphrase }: { passphrase: string }, confirmedOverwrite: boolean) => {
    if (!file) return;
    setBusy(true);
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
      form.resetFields();
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
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      name="restore"
      layout="inline"
      aria-label={t('backup.restoreTitle')}
      // a store that holds data is replaced only once the officer confirmed: restore asks, then runs again
      onFinish={(v) => void restore(v, false)}
    >
      <Form.Item label={t('backup.restoreFile')}>
        <input key={inputKey} type="file" accept=".cdbackup" aria-label={t('backup.pickFile')} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Form.Item>
      <Form.Item name="passphrase" label={t('backup.passphrase')} rules={[{ required: true, message: t('backup.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }) }]}>
        <Input.Password autoComplete="off" />
      </Form.Item>
      <Button htmlType="submit" loading={busy} disabled={busy || !file}>
        {t('backup.restore')}
      </Button>
    </Form>
  );
}

export { RestoreForm };
