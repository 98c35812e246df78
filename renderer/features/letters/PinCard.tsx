import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { MIN_PIN_LENGTH } from '../../../shared/letters';
import type { SignerSummaryValue } from '../../../shared/platform/contract';
import { database } from '../../db/database';
import { recordSigningChange } from '../../db/signingAudit';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useOfficerName } from '../ui/useOfficer';
import { signingProblemText } from './signingProblemText';

/**
 * Issue 14: the signing PIN of the certificate in use. A certificate kept
 * before PINs existed says so and offers to set one (it signs nothing until
 * then); a set PIN is changed only with the current one.
 */
export function PinCard({ signer, pin, onSaved }: { signer: SignerSummaryValue; pin: 'set' | 'missing'; onSaved: () => Promise<void> }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="signing-pin-title" style={{ marginBottom: 12 }}>
      <Typography.Title level={5} id="signing-pin-title" style={{ marginTop: 0 }}>
        {t('letters.pin.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('letters.pin.intro')}</Typography.Paragraph>
      {pin === 'missing' ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          message={t('letters.pin.missing')}
          action={
            <Button size="small" type="primary" onClick={() => setOpen(true)}>
              {t('letters.pin.set')}
            </Button>
          }
        />
      ) : (
        <Space wrap>
          <Typography.Text>
            <LockOutlined aria-hidden /> {t('letters.pin.isSet')}
          </Typography.Text>
          <Button onClick={() => setOpen(true)}>{t('letters.pin.change')}</Button>
        </Space>
      )}
      {open ? (
        <PinModal
          signer={signer}
          changing={pin === 'set'}
          onClose={() => setOpen(false)}
          onSaved={async () => {
            setOpen(false);
            await onSaved();
          }}
        />
      ) : null}
    </section>
  );
}

function PinModal({ signer, changing, onClose, onSaved }: { signer: SignerSummaryValue; changing: boolean; onClose(): void; onSaved(): Promise<void> }) {
  const t = useText();
  const { message } = App.useApp();
  const platformErrorText = usePlatformErrorText();
  const officer = useOfficerName();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (next.length < MIN_PIN_LENGTH) return setProblem(t('letters.pin.tooShort'));
    if (next !== again) return setProblem(t('letters.pin.mismatch'));
    setBusy(true);
    setProblem(null);
    try {
      const answer = await platform.signingSetPin({ ...(changing ? { currentPin: current } : {}), newPin: next });
      if (!answer.ok) return setProblem(platformErrorText(answer.error));
      if (!answer.value.ok) return setProblem(signingProblemText(answer.value.problem, t));
      if (officer) await recordSigningChange(database(), { action: 'signing.pin-set', fingerprint: signer.fingerprint, changed: changing }, officer);
      void message.success(t('letters.pin.saved'));
      await onSaved();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={changing ? t('letters.pin.change') : t('letters.pin.set')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void save()} onCancel={onClose} okButtonProps={{ loading: busy }} maskClosable={false} destroyOnHidden>
      <Form layout="vertical" component="div">
        {changing ? (
          <Form.Item label={t('letters.pin.current')} htmlFor="signing-pin-current">
            <Input.Password id="signing-pin-current" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" autoFocus />
          </Form.Item>
        ) : null}
        <Form.Item label={t('letters.pin.new')} htmlFor="signing-pin-new">
          <Input.Password id="signing-pin-new" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" autoFocus={!changing} />
        </Form.Item>
        <Form.Item label={t('letters.pin.repeat')} htmlFor="signing-pin-again">
          <Input.Password id="signing-pin-again" value={again} onChange={(e) => setAgain(e.target.value)} onPressEnter={() => void save()} autoComplete="new-password" />
        </Form.Item>
      </Form>
      {problem ? <Alert type="error" showIcon role="alert" message={problem} /> : null}
    </Modal>
  );
}
