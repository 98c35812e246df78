import { SafetyOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { shanghaiDate } from '../../../shared/domain/time';
import { parseCertificate } from '../../../shared/letters/signing/certificate';
import { database } from '../../db/database';
import { DEFAULT_LETTER_TRUST, saveLetterTrust, type TrustAnchor } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';
import { validFields } from '../ui/validFields';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useOfficerName } from '../ui/useOfficer';
import { useLetterSettings } from './useLetterSettings';

/** DER, or the first PEM certificate of a text file. */
export function certificateDer(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const pem = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/.exec(text);
  if (!pem?.[1]) return bytes;
  const bin = atob(pem[1].replace(/\s+/g, ''));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/**
 * Issue 13: whom verification trusts and who time-stamps the signature. A
 * manager imports trust anchors (the company CA, say) and sets the TSA; the
 * configured signer's fingerprint is trusted without being listed here.
 */
export function TrustCard() {
  const t = useText();
  const { message } = App.useApp();
  const platformErrorText = usePlatformErrorText();
  const actor = useOfficerName();
  const settings = useLetterSettings();
  const trust = settings?.trust ?? DEFAULT_LETTER_TRUST;
  const [form] = Form.useForm<{ tsaUrl: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (settings) form.setFieldsValue({ tsaUrl: settings.trust.tsaUrl });
  }, [form, settings]);

  const saveTsa = async () => {
    if (!actor) return;
    const values = await validFields(form);
    if (!values) return;
    const { tsaUrl } = values;
    await saveLetterTrust(database(), { ...trust, tsaUrl: tsaUrl.trim() }, actor);
    void message.success(t('letters.settings.saved'));
  };

  const importAnchor = async () => {
    setProblem(null);
    if (!actor) return;
    const picked = await platform.openFiles({ title: t('letters.settings.importAnchorTitle'), filters: [{ name: 'X.509', extensions: ['cer', 'crt', 'pem', 'der'] }], multiple: false });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') setProblem(platformErrorText(picked.error));
      return;
    }
    const file = picked.value[0];
    if (!file) return;
    try {
      const cert = parseCertificate(certificateDer(file.bytes));
      const anchor: TrustAnchor = { der: new Uint8Array(cert.der), sha256: cert.sha256, subject: cert.subject, notAfter: new Date(cert.notAfter).toISOString() };
      const anchors = [...trust.trustAnchors.filter((a) => a.sha256 !== anchor.sha256), anchor];
      await saveLetterTrust(database(), { ...trust, trustAnchors: anchors }, actor);
      void message.success(t('letters.settings.anchorImported', { subject: cert.subject }));
    } catch {
      setProblem(t('letters.settings.anchorInvalid', { name: file.name }));
    }
  };

  const remove = async (sha256: string) => {
    if (!actor) return;
    await saveLetterTrust(database(), { ...trust, trustAnchors: trust.trustAnchors.filter((a) => a.sha256 !== sha256) }, actor);
  };

  return (
    <Card size="small" title={<h2 className="pane-title">{t('letters.settings.trust')}</h2>}>
      <Typography.Paragraph type="secondary">{t('letters.settings.trustIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="letters-trust" initialValues={{ tsaUrl: '' }} onFinish={() => void saveTsa()} style={{ maxWidth: 640 }}>
        <Form.Item name="tsaUrl" label={t('letters.settings.tsaUrl')} rules={[{ pattern: /^(https?:\/\/\S+)?$/, message: t('letters.settings.tsaUrlInvalid') }, { max: 500 }]}>
          <Input placeholder="https://…" />
        </Form.Item>
        <Button htmlType="submit">{t('common.save')}</Button>
      </Form>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('letters.settings.anchors')}
      </Typography.Title>
      <List
        size="small"
        aria-label={t('letters.settings.anchors')}
        locale={{ emptyText: t('letters.settings.noAnchors') }}
        dataSource={trust.trustAnchors}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button key="remove" size="small" danger aria-label={t('letters.settings.removeAnchor', { subject: a.subject })} onClick={() => void remove(a.sha256)}>
                {t('common.delete')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={a.subject} description={<Typography.Text code style={{ wordBreak: 'break-all' }}>{`${a.sha256} · ${shanghaiDate(a.notAfter)}`}</Typography.Text>} />
          </List.Item>
        )}
      />
      {problem ? <Typography.Paragraph type="danger" role="alert">{problem}</Typography.Paragraph> : null}
      <Button icon={<SafetyOutlined aria-hidden />} onClick={() => void importAnchor()} style={{ marginTop: 8 }}>
        {t('letters.settings.importAnchor')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('letters.settings.knownSigners', { count: trust.signerFingerprints.length })}
      </Typography.Paragraph>
    </Card>
  );
}
