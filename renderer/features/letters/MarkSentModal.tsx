import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { letterDeliveryIds, type LetterDelivery } from '../../../shared/domain/letter';
import { todayInShanghai } from '../../../shared/domain/time';
import type { LetterSending } from '../../db/letters';
import type { RegisterRow } from '../../db/lettersRegister';
import { useText } from '../../i18n/useText';
import { validFields } from '../ui/validFields';

interface SentForm {
  via: LetterDelivery;
  date: Dayjs;
  trackingNumber?: string;
}

/** Mark as sent (SPEC §4): by e-mail, by post with its tracking number, or handed over, and on which day. */
export function MarkSentModal({ row, onSend, onClose }: { row: RegisterRow | null; onSend: (row: RegisterRow, sending: LetterSending) => Promise<boolean>; onClose: () => void }) {
  const t = useText();
  const [form] = Form.useForm<SentForm>();
  const [saving, setSaving] = useState(false);
  const via = Form.useWatch('via', form);

  useEffect(() => {
    if (row) form.setFieldsValue({ via: row.requester?.email ? 'email' : 'post', date: dayjs(todayInShanghai(Date.now())), trackingNumber: '' });
  }, [form, row]);

  const save = async () => {
    if (!row) return;
    // an empty required field: the form says what is missing, and nothing escapes as a page error (issue 14)
    const values = await validFields(form);
    if (!values) return;
    setSaving(true);
    const tracking = values.trackingNumber?.trim();
    const done = await onSend(row, { via: values.via, sentOn: values.date.format('YYYY-MM-DD'), ...(tracking ? { trackingNumber: tracking } : {}) });
    setSaving(false);
    if (done) onClose();
  };

  return (
    <Modal
      open={row !== null}
      title={t('letters.sent.title', { reference: row?.case?.reference ?? '' })}
      okText={t('letters.sent.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="letter-sent">
        <Form.Item name="via" label={t('letters.sent.via')} rules={[{ required: true }]}>
          <Radio.Group options={letterDeliveryIds.map((id) => ({ value: id, label: t(`letters.delivery.${id}`) }))} />
        </Form.Item>
        <Form.Item name="date" label={t('letters.sent.date')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item
          name="trackingNumber"
          label={t('letters.sent.tracking')}
          rules={via === 'post' ? [{ required: true, whitespace: true, message: t('letters.sent.trackingRequired') }] : []}
          hidden={via !== 'post'}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
