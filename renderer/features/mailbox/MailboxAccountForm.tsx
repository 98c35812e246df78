import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { CertificateInfo, ConnectionTest, MailboxAccount } from '../../../shared/mailbox';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useOfficerName } from '../ui/useOfficer';
import { accountFrom, newAccountId, newAccountValues, valuesOf, type AccountFormValues, type Pins } from './accountForm';
import { CertificatePanel, PinnedCertificateLine } from './CertificatePanel';

interface Props {
  /** the account edited, or undefined for a new one */
  existing?: { account: MailboxAccount; hasImapPassword: boolean };
  onDone(): void;
}

type Tested = { imap: ConnectionTest; smtp?: ConnectionTest } | null;

/** A schema path as the form's own label names it. */
function useFieldLabel() {
  const t = useText();
  return (path: string): string => {
    const [head, tail] = path.split('.');
    const server = head === 'imap' ? 'IMAP ' : head === 'smtp' ? 'SMTP ' : '';
    const key = tail ?? head ?? '';
    const labels: Record<string, string> = {
      host: t('mailbox.settings.host'),
      port: t('mailbox.settings.port'),
      user: t('mailbox.settings.user'),
      address: t('mailbox.settings.address'),
      label: t('mailbox.settings.label'),
      folders: t('mailbox.settings.folders'),
      doneFolder: t('mailbox.settings.doneFolder'),
      sentFolder: t('mailbox.settings.sentFolder'),
      maxMessageBytes: t('mailbox.settings.maxMessageMb'),
      pollSeconds: t('mailbox.settings.pollSeconds'),
    };
    return `${server}${labels[key] ?? key}`;
  };
}

/** One mailbox account: servers, folders, limits; test it, pin an untrusted certificate, save (issue 17). */
export function MailboxAccountForm({ existing, onDone }: Props) {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  const officer = useOfficerName();
  const fieldLabel = useFieldLabel();
  const [form] = Form.useForm<AccountFormValues>();
  const [id] = useState(() => existing?.account.id ?? newAccountId());
  const [pins, setPins] = useState<Pins>({ ...(existing?.account.imap.pinnedCertificate ? { imap: existing.account.imap.pinnedCertificate } : {}), ...(existing?.account.smtp?.pinnedCertificate ? { smtp: existing.account.smtp.pinnedCertificate } : {}) });
  const [tested, setTested] = useState<Tested>(null);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const smtpEnabled = Form.useWatch('smtpEnabled', form);

  const build = async () => {
    const values = await form.validateFields();
    const made = accountFrom(id, values, pins);
    if (!made.ok) {
      void message.error(t('mailbox.settings.errors.invalid', { fields: made.fields.map(fieldLabel).join('、') }));
      return null;
    }
    const passwords = { ...(values.imapPassword ? { imapPassword: values.imapPassword } : {}), ...(values.smtpPassword ? { smtpPassword: values.smtpPassword } : {}) };
    return { account: made.account, passwords };
  };

  const test = async () => {
    const built = await build().catch(() => null);
    if (!built) return;
    setBusy('test');
    const answer = await platform.mailboxTest({ account: built.account, ...built.passwords });
    setBusy(null);
    if (!answer.ok) return void message.error(errorText(answer.error));
    setTested(answer.value);
  };

  const save = async () => {
    const built = await build().catch(() => null);
    if (!built) return;
    if (!existing?.hasImapPassword && !built.passwords.imapPassword) return void form.setFields([{ name: 'imapPassword', errors: [t('mailbox.settings.errors.password')] }]);
    setBusy('save');
    const answer = await platform.mailboxSave({ account: built.account, ...built.passwords });
    setBusy(null);
    if (!answer.ok) return void message.error(errorText(answer.error));
    void message.success(t('mailbox.settings.saved'));
    onDone();
  };

  const pin = (server: 'imap' | 'smtp', certificate: CertificateInfo) => {
    if (!officer) return;
    setPins((p) => ({ ...p, [server]: { sha256: certificate.sha256, pem: certificate.pem, subject: certificate.subject, pinnedAt: new Date().toISOString(), pinnedBy: officer } }));
    void message.info(t('mailbox.settings.certificate.pinnedNow'));
  };
  const unpin = (server: 'imap' | 'smtp') => setPins((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== server)));

  const outcomeLine = (server: 'IMAP' | 'SMTP', outcome: ConnectionTest | undefined) => {
    if (!outcome) return null;
    if (outcome.ok) {
      const folders = server === 'IMAP' ? t('mailbox.settings.testFolders', { count: outcome.folders.length }) : '';
      return <Typography.Text type="success">{t('mailbox.settings.testOk', { server, folders })}</Typography.Text>;
    }
    return <Typography.Text type="danger">{t('mailbox.settings.testFailed', { server, problem: t(`mailbox.problem.${outcome.problem}`) })}</Typography.Text>;
  };

  const serverFields = (prefix: 'imap' | 'smtp') => (
    <Row gutter={12}>
      <Col span={10}>
        <Form.Item name={`${prefix}Host`} label={t('mailbox.settings.host')} rules={[{ required: true, whitespace: true, message: t('mailbox.settings.errors.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name={`${prefix}Port`} label={t('mailbox.settings.port')} rules={[{ required: true, type: 'number', min: 1, max: 65535, message: t('mailbox.settings.errors.port') }]}>
          <InputNumber min={1} max={65535} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item name={`${prefix}Security`} label={t('mailbox.settings.security')}>
          <Select
            options={[
              { value: 'tls', label: t('mailbox.settings.securityTls') },
              { value: 'starttls', label: t('mailbox.settings.securityStarttls') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item name={`${prefix}User`} label={t('mailbox.settings.user')} rules={[{ required: true, whitespace: true, message: t('mailbox.settings.errors.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={14}>
        <Form.Item
          name={`${prefix}Password`}
          label={prefix === 'imap' ? t('mailbox.settings.password') : t('mailbox.settings.smtpPassword')}
          extra={prefix === 'smtp' ? t('mailbox.settings.smtpPasswordHint') : undefined}
        >
          <Input.Password autoComplete="new-password" placeholder={prefix === 'imap' && existing?.hasImapPassword ? t('mailbox.settings.passwordKept') : undefined} />
        </Form.Item>
      </Col>
    </Row>
  );

  return (
    <Card size="small" title={<h2 className="pane-title">{t('mailbox.settings.formTitle')}</h2>} style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" initialValues={existing ? valuesOf(existing.account) : newAccountValues()} requiredMark={false}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="label" label={t('mailbox.settings.label')} rules={[{ required: true, whitespace: true, message: t('mailbox.settings.errors.required') }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="address" label={t('mailbox.settings.address')} rules={[{ required: true, type: 'email', message: t('mailbox.settings.errors.address') }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="enabled" label={t('mailbox.settings.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('mailbox.settings.imap')}</Typography.Title>
        {serverFields('imap')}
        {pins.imap ? <PinnedCertificateLine pin={pins.imap} onUnpin={() => unpin('imap')} /> : null}
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="folders" label={t('mailbox.settings.folders')} rules={[{ required: true, whitespace: true, message: t('mailbox.settings.errors.folders') }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="doneFolder" label={t('mailbox.settings.doneFolder')} rules={[{ required: true, whitespace: true, message: t('mailbox.settings.errors.required') }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="sentFolder" label={t('mailbox.settings.sentFolder')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="maxMessageMb" label={t('mailbox.settings.maxMessageMb')}>
              <InputNumber min={1} max={200} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="pollSeconds" label={t('mailbox.settings.pollSeconds')}>
              <InputNumber min={10} max={3600} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('mailbox.settings.smtp')}</Typography.Title>
        <Form.Item name="smtpEnabled" label={t('mailbox.settings.smtpEnabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {smtpEnabled ? serverFields('smtp') : null}
        {smtpEnabled && pins.smtp ? <PinnedCertificateLine pin={pins.smtp} onUnpin={() => unpin('smtp')} /> : null}
      </Form>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }} aria-live="polite">
        {outcomeLine('IMAP', tested?.imap)}
        {tested?.imap && !tested.imap.ok && tested.imap.certificate && pins.imap?.sha256 !== tested.imap.certificate.sha256 ? <CertificatePanel server="IMAP" certificate={tested.imap.certificate} onPin={(c) => pin('imap', c)} /> : null}
        {outcomeLine('SMTP', tested?.smtp)}
        {tested?.smtp && !tested.smtp.ok && tested.smtp.certificate && pins.smtp?.sha256 !== tested.smtp.certificate.sha256 ? <CertificatePanel server="SMTP" certificate={tested.smtp.certificate} onPin={(c) => pin('smtp', c)} /> : null}
      </Space>
      <Space style={{ marginTop: 12 }}>
        <Button onClick={() => void test()} loading={busy === 'test'}>
          {busy === 'test' ? t('mailbox.settings.testing') : t('mailbox.settings.test')}
        </Button>
        <Button type="primary" onClick={() => void save()} loading={busy === 'save'}>
          {t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Card>
  );
}
