import { Alert, Button, Descriptions, Popconfirm, Space, Typography } from 'antd';
import type { CertificateInfo, PinnedCertificate } from '../../../shared/mailbox';
import { useText } from '../../i18n/useText';
import { formatShanghaiTime } from './time';

/**
 * An untrusted server certificate, shown so that a manager can check its
 * fingerprint with IT and pin it (issue 17: certificate errors are refused
 * unless a manager pins the certificate); or the certificate already pinned.
 */
export function CertificatePanel({ server, certificate, onPin }: { server: string; certificate: CertificateInfo; onPin(certificate: CertificateInfo): void }) {
  const t = useText();
  return (
    <Alert
      type="warning"
      showIcon
      title={`${server} · ${t('mailbox.settings.certificate.title')}`}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('mailbox.settings.certificate.subject')}>{certificate.subject}</Descriptions.Item>
            <Descriptions.Item label={t('mailbox.settings.certificate.issuer')}>{certificate.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('mailbox.settings.certificate.validity')}>
              {formatShanghaiTime(certificate.validFrom)} – {formatShanghaiTime(certificate.validTo)}
            </Descriptions.Item>
            <Descriptions.Item label={t('mailbox.settings.certificate.fingerprint')}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid={`fingerprint-${server}`}>
                {certificate.sha256.match(/.{2}/g)?.join(':')}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Popconfirm title={t('mailbox.settings.certificate.pin')} description={<div style={{ maxWidth: 360 }}>{t('mailbox.settings.certificate.pinConfirm')}</div>} onConfirm={() => onPin(certificate)} okText={t('mailbox.settings.certificate.pin')} cancelText={t('common.cancel')}>
            <Button>{t('mailbox.settings.certificate.pin')}</Button>
          </Popconfirm>
        </Space>
      }
    />
  );
}

export function PinnedCertificateLine({ pin, onUnpin }: { pin: PinnedCertificate; onUnpin(): void }) {
  const t = useText();
  return (
    <Space wrap>
      <Typography.Text type="secondary">{t('mailbox.settings.certificate.pinned', { subject: pin.subject, who: pin.pinnedBy, time: formatShanghaiTime(pin.pinnedAt) })}</Typography.Text>
      <Button size="small" onClick={onUnpin}>
        {t('mailbox.settings.certificate.unpin')}
      </Button>
    </Space>
  );
}
