import { Button, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import type { RegisterRow } from '../../db/lettersRegister';
import { useText } from '../../i18n/useText';
import { envelopeSizes, type EnvelopeSize } from './envelope';

/** Envelope addresses for postal replies (SPEC §4), C5 or DL, printed or saved as a PDF. */
export function EnvelopeModal({
  rows,
  title,
  onEnvelopes,
  onClose,
}: {
  rows: readonly RegisterRow[] | null;
  title: string;
  onEnvelopes: (rows: readonly RegisterRow[], size: EnvelopeSize, mode: 'print' | 'save') => Promise<void>;
  onClose: () => void;
}) {
  const t = useText();
  const [size, setSize] = useState<EnvelopeSize>('C5');
  const [busy, setBusy] = useState(false);
  const run = async (mode: 'print' | 'save') => {
    if (!rows) return;
    setBusy(true);
    await onEnvelopes(rows, size, mode);
    setBusy(false);
    onClose();
  };
  return (
    <Modal open={rows !== null} title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <div role="group" aria-labelledby="envelope-size-label">
          <div id="envelope-size-label" style={{ marginBottom: 8 }}>
            {t('letters.envelope.size')}
          </div>
          <Radio.Group value={size} onChange={(e) => setSize(e.target.value as EnvelopeSize)}>
            <Space direction="vertical">
              {envelopeSizes.map((s) => (
                <Radio key={s} value={s}>
                  {t(`letters.envelope.${s}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </div>
        <Space>
          <Button type="primary" loading={busy} onClick={() => void run('print')}>
            {t('letters.envelope.print')}
          </Button>
          <Button loading={busy} onClick={() => void run('save')}>
            {t('letters.envelope.save')}
          </Button>
        </Space>
      </Space>
    </Modal>
  );
}
