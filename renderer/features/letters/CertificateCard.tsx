import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PickedFile } from '../../../shared/platform/contract';
import { shanghaiDate } from '../../../shared/domain/time';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { signingProblemText } from './signingProblemText';
import { useSigningStatus } from './useSigningStatus';

/**
 * The signing certificate (SPEC §4): imported from a PKCS#12 file with its
 * password, shown by its summary only, removable. What the platform keeps,
 * and how, is the platform's business (keychain on the desktop,
 * non-extractable key in the web host); the password leaves this form once.
 */
export function CertificateCard() {
  const t = useText();
  const { message } = App.useApp();
  const platformErrorText = usePlatformErrorText();
  const { status, refresh } = useSigningStatus();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async () => {
    setProblem(null);
    const picked = await platform.openFiles({ title: t('letters.settings.chooseTitle'), filters: [{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }], multiple: false });
    if (picked.ok) setFile(picked.value[0] ?? null);
    else if (picked.error.code !== 'cancelled') setProblem(platformErrorText(picked.error));
  };

  const importCertificate = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    const answer = await platform.signingImportP12({ p12: file.bytes, password });
    setBusy(false);
    if (!answer.ok) return setProblem(platformErrorText(answer.error));
    if (!answer.value.ok) return setProblem(signingProblemText(answer.value.problem, t));
    setPassword('');
    setFile(null);
    void message.success(t('letters.settings.imported', { name: answer.value.signer.commonName }));
    await refresh();
  };

  const forget = async () => {
    const answer = await platform.signingForget({});
    if (!answer.ok) return void message.error(platformErrorText(answer.error));
    void message.success(t('letters.settings.forgotten'));
    await refresh();
  };

  const signer = status.state === 'ready' ? status.value.signer : null;
  return (
    <Card size="small" title={<h2 className="pane-title">{t('letters.settings.certificate')}</h2>}>
      <Typography.Paragraph type="secondary">{t('letters.settings.certificateIntro')}</Typography.Paragraph>
      {status.state === 'loading' ? <Spin /> : null}
      {status.state === 'failed' ? <Alert type="error" showIcon message={platformErrorText(status.error)} /> : null}
      {status.state === 'ready' && status.value.problem ? <Alert type="error" showIcon message={signingProblemText(status.value.problem, t)} style={{ marginBottom: 12 }} /> : null}
      {signer ? (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('letters.settings.commonName')}>
              {signer.commonName} {signer.selfIssued ? <Tag>{t('letters.settings.selfIssued')}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('letters.settings.subject')}>{signer.subject}</Descriptions.Item>
            <Descriptions.Item label={t('letters.settings.issuer')}>{signer.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('letters.settings.serialNumber')}>
              <Typography.Text code>{signer.serialNumber}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('letters.settings.validity')}>
              {t('letters.settings.validityRange', { from: shanghaiDate(signer.notBefore), to: shanghaiDate(signer.notAfter) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('letters.settings.fingerprint')}>
              <Typography.Text code style={{ wordBreak: 'break-all' }}>{signer.fingerprint}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Popconfirm title={t('letters.settings.forgetConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => void forget()}>
            <Button danger>{t('letters.settings.forget')}</Button>
          </Popconfirm>
        </>
      ) : status.state === 'ready' ? (
        <Typography.Paragraph strong>{t('letters.settings.noCertificate')}</Typography.Paragraph>
      ) : null}
      <Form layout="vertical" style={{ marginTop: 16, maxWidth: 480 }} onFinish={() => void importCertificate()}>
        <Form.Item>
          <Space direction="vertical">
            <Button icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => void choose()}>
              {t('letters.settings.chooseFile')}
            </Button>
            {file ? <Typography.Text>{t('letters.settings.chosen', { name: file.name })}</Typography.Text> : null}
          </Space>
        </Form.Item>
        <Form.Item label={t('letters.settings.password')} htmlFor="letters-p12-password">
          <Input.Password id="letters-p12-password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
        </Form.Item>
        {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} role="alert" /> : null}
        <Button type="primary" htmlType="submit" disabled={!file} loading={busy}>
          {t('letters.settings.import')}
        </Button>
      </Form>
    </Card>
  );
}
