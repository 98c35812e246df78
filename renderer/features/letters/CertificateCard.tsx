import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PickedFile, SignerSummaryValue } from '../../../shared/platform/contract';
import { shanghaiDate } from '../../../shared/domain/time';
import { certificateNameCheck, MIN_PIN_LENGTH } from '../../../shared/letters';
import { database } from '../../db/database';
import { recordSigningChange } from '../../db/signingAudit';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useOfficerName } from '../ui/useOfficer';
import { PinCard } from './PinCard';
import { signingProblemText } from './signingProblemText';
import { useSigningStatus } from './useSigningStatus';

/**
 * The signing certificate (SPEC §4): imported from a PKCS#12 file with its
 * password, shown by its summary only, removable. What the platform keeps,
 * and how, is the platform's business (keychain on the desktop, its vault in
 * the web host); the password leaves this form once. Issue 14: the key is
 * kept under the officer's signing PIN, set with the import; a certificate
 * that does not name the officer (or whose name is garbled) is shown and must
 * be confirmed, and replacing the current one asks first; the audit keeps
 * both fingerprints.
 */
export function CertificateCard() {
  const t = useText();
  const { message, modal } = App.useApp();
  const platformErrorText = usePlatformErrorText();
  const officer = useOfficerName();
  const { status, refresh } = useSigningStatus();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [password, setPassword] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async () => {
    setProblem(null);
    const picked = await platform.openFiles({ title: t('letters.settings.chooseTitle'), filters: [{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }], multiple: false });
    if (picked.ok) setFile(picked.value[0] ?? null);
    else if (picked.error.code !== 'cancelled') setProblem(platformErrorText(picked.error));
  };

  const signer = status.state === 'ready' ? status.value.signer : null;
  const ask = (title: string, content: string, okText: string) =>
    modal.confirm({ title, content, okText, cancelText: t('common.cancel') }).then(
      (confirmed) => confirmed,
      () => false,
    );

  const importCertificate = async () => {
    if (!file || !officer) return;
    if (pin.length < MIN_PIN_LENGTH) return setProblem(t('letters.pin.tooShort'));
    if (pin !== pinAgain) return setProblem(t('letters.pin.mismatch'));
    setBusy(true);
    setProblem(null);
    try {
      const inspected = await platform.signingInspectP12({ p12: file.bytes, password });
      if (!inspected.ok) return setProblem(platformErrorText(inspected.error));
      if (!inspected.value.ok) return setProblem(signingProblemText(inspected.value.problem, t));
      const incoming = inspected.value.signer;
      const nameCheck = certificateNameCheck(incoming.commonName, officer);
      if (nameCheck !== 'match') {
        const problemText = t(`letters.certificateName.${nameCheck}`, { name: incoming.commonName, officer });
        if (!(await ask(t('letters.certificateConfirm.nameTitle'), t('letters.certificateConfirm.nameBody', { problem: problemText }), t('letters.certificateConfirm.nameOk')))) return;
      }
      const replacing: SignerSummaryValue | null = signer && signer.fingerprint !== incoming.fingerprint ? signer : null;
      if (
        replacing &&
        !(await ask(
          t('letters.certificateConfirm.replaceTitle'),
          t('letters.certificateConfirm.replaceBody', { name: replacing.commonName, fingerprint: replacing.fingerprint.slice(0, 16) }),
          t('letters.certificateConfirm.replaceOk'),
        ))
      )
        return;
      const answer = await platform.signingImportP12({ p12: file.bytes, password, pin });
      if (!answer.ok) return setProblem(platformErrorText(answer.error));
      if (!answer.value.ok) return setProblem(signingProblemText(answer.value.problem, t));
      await recordSigningChange(
        database(),
        {
          action: 'signing.certificate-imported',
          fingerprint: answer.value.signer.fingerprint,
          ...(replacing ? { replaced: replacing.fingerprint } : {}),
          ...(nameCheck !== 'match' ? { nameConfirmed: nameCheck } : {}),
        },
        officer,
      );
      setPassword('');
      setPin('');
      setPinAgain('');
      setFile(null);
      void message.success(t('letters.settings.imported', { name: answer.value.signer.commonName }));
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const forget = async () => {
    const answer = await platform.signingForget({});
    if (!answer.ok) return void message.error(platformErrorText(answer.error));
    if (signer && officer) await recordSigningChange(database(), { action: 'signing.certificate-removed', fingerprint: signer.fingerprint }, officer);
    void message.success(t('letters.settings.forgotten'));
    await refresh();
  };

  const nameCheck = signer && officer ? certificateNameCheck(signer.commonName, officer) : 'match';
  return (
    <Card size="small" title={<h2 className="pane-title">{t('letters.settings.certificate')}</h2>}>
      <Typography.Paragraph type="secondary">{t('letters.settings.certificateIntro')}</Typography.Paragraph>
      {status.state === 'loading' ? <Spin /> : null}
      {status.state === 'failed' ? <Alert type="error" showIcon message={platformErrorText(status.error)} /> : null}
      {status.state === 'ready' && status.value.problem ? <Alert type="error" showIcon message={signingProblemText(status.value.problem, t)} style={{ marginBottom: 12 }} /> : null}
      {signer ? (
        <>
          {nameCheck !== 'match' ? <Alert type="warning" showIcon message={t(`letters.certificateName.${nameCheck}`, { name: signer.commonName, officer: officer ?? '' })} style={{ marginBottom: 12 }} /> : null}
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
          {status.state === 'ready' ? <PinCard signer={signer} pin={status.value.pin ?? 'missing'} onSaved={refresh} /> : null}
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
        <Form.Item label={t('letters.pin.importPin')} htmlFor="letters-p12-pin">
          <Input.Password id="letters-p12-pin" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('letters.pin.importRepeat')} htmlFor="letters-p12-pin-again">
          <Input.Password id="letters-p12-pin-again" value={pinAgain} onChange={(e) => setPinAgain(e.target.value)} autoComplete="new-password" />
        </Form.Item>
        {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} role="alert" /> : null}
        <Button type="primary" htmlType="submit" disabled={!file} loading={busy}>
          {t('letters.settings.import')}
        </Button>
      </Form>
    </Card>
  );
}
