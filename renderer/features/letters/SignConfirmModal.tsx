import { Alert, Checkbox, Descriptions, Form, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { maskName } from '../../../shared/domain/requester';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { certificateNameCheck, MIN_PIN_LENGTH } from '../../../shared/letters';
import { useText } from '../../i18n/useText';
import { LetterWarningsAlert } from './SignChecks';
import type { SignOutcome, SigningPlan } from './useSignLetter';

export interface SignConfirmProps {
  plan: SigningPlan;
  kindLabel: string;
  reference: string;
  recipientName: string;
  officer: string;
  /** the checks before signing, in the user's language (issue 14) */
  warnings: readonly string[];
  busy: boolean;
  onCancel(): void;
  onConfirm(pin: string): Promise<SignOutcome>;
}

/**
 * Issue 14 (电子签名法 13): signing is a deliberate act. The officer sees
 * what will be signed (kind, case, recipient masked, pages, digest) and by
 * whom (the certificate), confirms the warnings if any, and types the PIN
 * that only they hold; a wrong PIN says so and signs nothing.
 */
export function SignConfirmModal({ plan, kindLabel, reference, recipientName, officer, warnings, busy, onCancel, onConfirm }: SignConfirmProps) {
  const t = useText();
  const [pin, setPin] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState(plan.pinLockedUntil);
  useEffect(() => setLockedUntil(plan.pinLockedUntil), [plan.pinLockedUntil]);
  const nameCheck = certificateNameCheck(plan.signer.commonName, officer);
  const locked = !!lockedUntil && Date.parse(lockedUntil) > Date.now();
  const canSign = plan.pin === 'set' && !locked && pin.length >= MIN_PIN_LENGTH && (warnings.length === 0 || acknowledged);

  const confirm = async () => {
    if (!canSign) return;
    setProblem(null);
    const outcome = await onConfirm(pin);
    if (outcome.ok) return;
    setPin('');
    setProblem(outcome.problem === 'wrong-pin' ? t('letters.confirm.wrongPin') : outcome.message);
    if (outcome.problem === 'pin-locked') setLockedUntil(new Date(Date.now() + 30_000).toISOString());
  };

  return (
    <Modal
      open
      title={t('letters.confirm.title')}
      okText={t('letters.confirm.sign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !canSign, loading: busy }}
      onOk={() => void confirm()}
      onCancel={onCancel}
      maskClosable={false}
      width={640}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('letters.confirm.intro')}</Typography.Paragraph>
        <Descriptions size="small" column={1} bordered aria-label={t('letters.confirm.what')}>
          <Descriptions.Item label={t('letters.confirm.kind')}>{kindLabel}</Descriptions.Item>
          <Descriptions.Item label={t('letters.confirm.reference')}>{reference}</Descriptions.Item>
          <Descriptions.Item label={t('letters.confirm.recipient')}>{maskName(recipientName)}</Descriptions.Item>
          <Descriptions.Item label={t('letters.confirm.pages')}>{t('letters.confirm.pageCount', { count: plan.pageCount })}</Descriptions.Item>
          <Descriptions.Item label={t('letters.confirm.digest')}>
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              {plan.sha256}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('letters.confirm.signedBy')}>{officer}</Descriptions.Item>
          <Descriptions.Item label={t('letters.confirm.certificate')}>
            {plan.signer.commonName}
            <Typography.Text type="secondary" style={{ display: 'block', wordBreak: 'break-all' }}>
              {t('letters.confirm.fingerprint', { fingerprint: plan.signer.fingerprint.slice(0, 16) })}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        {nameCheck !== 'match' ? <Alert type="warning" showIcon message={t(`letters.certificateName.${nameCheck}`, { name: plan.signer.commonName, officer })} /> : null}
        {warnings.length ? (
          <>
            <LetterWarningsAlert warnings={warnings} />
            <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)}>
              {t('letters.warning.acknowledge')}
            </Checkbox>
          </>
        ) : null}
        {plan.pin === 'missing' ? (
          <Alert type="error" showIcon role="alert" message={t('letters.confirm.pinMissing')} action={<Link to="/letters?tab=settings">{t('letters.confirm.openSettings')}</Link>} />
        ) : (
          <Form layout="vertical" component="div">
            <Form.Item label={t('letters.confirm.pin')} htmlFor="sign-pin" extra={t('letters.confirm.pinHint')} style={{ marginBottom: 0 }}>
              <Input.Password id="sign-pin" value={pin} onChange={(e) => setPin(e.target.value)} onPressEnter={() => void confirm()} autoComplete="off" autoFocus disabled={locked} />
            </Form.Item>
          </Form>
        )}
        {locked ? <Alert type="error" showIcon role="alert" message={t('letters.confirm.locked', { time: shanghaiDateTime(lockedUntil ?? '') })} /> : null}
        {problem && !locked ? <Alert type="error" showIcon role="alert" message={problem} /> : null}
      </Space>
    </Modal>
  );
}
