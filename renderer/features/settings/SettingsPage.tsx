import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/platform/contract';
import { database } from '../../db/database';
import { readSetting, writeSetting } from '../../db/settings';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { CalendarSettings } from './calendar/CalendarSettings';
import { RuleSettings } from './rules/RuleSettings';
import { IdentitySettingsCard } from '../identity/IdentitySettingsCard';
import { IntakeSettingsCard } from '../intake/IntakeSettingsCard';
import { TeamCard } from '../team/TeamCard';
import { BackupCard } from '../backup/BackupCard';
import { RetentionCard } from '../retention/RetentionCard';
import { AuditCard } from '../store/AuditCard';
import { actorOf } from '../ui/useOfficer';
import { can, readTeamSession } from '../../db/sync/teamSession';

/** 设置: language, the current officer, the working-day calendar and the deadline rules, the audit chain, version and updates. */
export function SettingsPage() {
  const t = useText();
  const errorText = usePlatformErrorText();
  const { message } = App.useApp();
  const officer = useLiveQuery(() => readSetting(database(), 'officer'));
  const team = useLiveQuery(() => readTeamSession(database()));
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [form] = Form.useForm<{ name: string; title: string }>();

  useEffect(() => {
    void platform.appInfo({}).then((r) => r.ok && setInfo(r.value));
  }, []);
  useEffect(() => {
    if (officer) form.setFieldsValue(officer);
  }, [officer, form]);

  return (
    <section aria-labelledby="settings-title" style={{ maxWidth: 1200 }}>
      <Typography.Title level={3} id="settings-title">
        {t('settings.title')}
      </Typography.Title>
      <Card size="small" title={<h2 className="pane-title">{t('settings.language')}</h2>} style={{ marginBottom: 16 }}>
        <LanguageSwitch />
      </Card>
      <TeamCard />
      {team && !can(team, 'manage-settings') ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('team.managerOnly')} /> : null}
      <Card size="small" title={<h2 className="pane-title">{t('settings.officer')}</h2>} style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          onFinish={async (values) => {
            const next = { name: values.name.trim(), title: values.title.trim() };
            await writeSetting(database(), 'officer', next, (await actorOf(database())) ?? next.name);
            void message.success(t('common.savedOk'));
          }}
        >
          <Form.Item name="name" label={t('settings.officerName')} rules={[{ required: true, whitespace: true, message: t('firstRun.officerNameRequired') }, { max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('settings.officerTitle')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={<h2 className="pane-title">{t('mailbox.settings.title')}</h2>} style={{ marginBottom: 16 }}>
        <Link to="/settings/mailboxes">{t('mailbox.settings.link')}</Link>
      </Card>
      <CalendarSettings />
      <RuleSettings />
      <IdentitySettingsCard />
      <IntakeSettingsCard />
      <BackupCard />
      <RetentionCard />
      <AuditCard />
      <Card size="small" title={<h2 className="pane-title">{t('settings.about')}</h2>}>
        <Space orientation="vertical">
          {info ? (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('common.appName')}>
                {t('settings.version', { version: info.version, host: info.host === 'electron' ? t('settings.hostElectron') : t('settings.hostWeb') })}
              </Descriptions.Item>
              <Descriptions.Item label="Runtime">{info.runtime}</Descriptions.Item>
            </Descriptions>
          ) : null}
          <Button
            onClick={async () => {
              const r = await platform.checkForUpdates({});
              if (!r.ok) return void message.error(errorText(r.error));
              // issue 16: a release that did not verify is refused, and the officer is told why
              if (r.value.state === 'refused') return void message.warning(t('update.refused', { reason: t(`update.problem.${r.value.problem ?? 'manifest-invalid'}`) }));
              const key = r.value.state === 'available' ? 'menu.updateAvailable' : r.value.state === 'up-to-date' ? 'menu.upToDate' : r.value.state === 'not-configured' ? 'menu.updateNotConfigured' : 'platformError.unsupported';
              void message.info(t(key, { version: r.value.version ?? '' }));
            }}
          >
            {t('settings.checkUpdates')}
          </Button>
        </Space>
      </Card>
    </section>
  );
}
