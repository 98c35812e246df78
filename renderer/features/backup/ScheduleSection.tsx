import { Alert, App, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { DEFAULT_SCHEDULE, MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../shared/backup/backupPolicy';
import { database } from '../../db/database';
import { readSetting, writeSetting } from '../../db/settings';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { actorOf } from '../ui/useOfficer';
import { SCHEDULE_PASSPHRASE_SECRET } from './scheduledBackup';

/**
 * 定时备份 (issue 11, desktop): the folder (chosen in a native dialog, kept
 * by the main process), how often and how many to keep, and the passphrase,
 * which goes to the keychain. The web host has no folder to write to.
 */
export function ScheduleSection() {
  const t = useText();
  const { message } = App.useApp();
  const schedule = useLiveQuery(() => readSetting(database(), 'backupSchedule'));
  const [folder, setFolder] = useState<string | null | 'unsupported'>(null);
  const [form] = Form.useForm<{ everyDays: number; keep: number; passphrase: string }>();

  useEffect(() => {
    void platform.backupFolderList({}).then((r) => setFolder(r.ok ? r.value.folder : r.error.code === 'unsupported' ? 'unsupported' : null));
  }, []);
  useEffect(() => {
    form.setFieldsValue(schedule ?? DEFAULT_SCHEDULE);
  }, [schedule, form]);

  if (folder === 'unsupported') return <Alert type="info" showIcon message={t('backup.scheduleDesktopOnly')} />;
  return (
    <section aria-labelledby="backup-schedule-title">
      <Typography.Title level={5} id="backup-schedule-title" style={{ marginTop: 0 }}>
        {t('backup.scheduleTitle')}
      </Typography.Title>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text>
          {t('backup.folder')}: {folder ?? t('backup.noFolder')}
        </Typography.Text>
        <Button
          onClick={async () => {
            const chosen = await platform.backupFolderChoose({ title: t('backup.chooseFolder') });
            if (chosen.ok) setFolder(chosen.value.folder);
          }}
        >
          {t('backup.chooseFolder')}
        </Button>
      </Space>
      <Form
        form={form}
        name="schedule"
        layout="inline"
        aria-label={t('backup.scheduleTitle')}
        onFinish={async ({ everyDays, keep, passphrase }) => {
          if (passphrase) {
            const saved = await platform.secretSet({ name: SCHEDULE_PASSPHRASE_SECRET, value: passphrase });
            if (!saved.ok) return void message.error(t('backup.failed', { reason: saved.error.code }));
          }
          const db = database();
          await writeSetting(db, 'backupSchedule', { everyDays, keep }, (await actorOf(db)) ?? 'CaseDesk');
          form.setFieldValue('passphrase', '');
          void message.success(t('backup.scheduleSaved'));
        }}
      >
        <Form.Item name="everyDays" label={t('backup.everyDays')}>
          <InputNumber min={1} max={30} />
        </Form.Item>
        <Form.Item name="keep" label={t('backup.keep')}>
          <InputNumber min={1} max={365} />
        </Form.Item>
        <Form.Item
          name="passphrase"
          label={t('backup.schedulePassphrase')}
          rules={[
            {
              validator: async (_: unknown, value: string | undefined) => {
                if (value && passphraseProblem(value)) throw new Error(t('backup.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH }));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button htmlType="submit" disabled={!folder}>
          {t('backup.scheduleSave')}
        </Button>
      </Form>
    </section>
  );
}
