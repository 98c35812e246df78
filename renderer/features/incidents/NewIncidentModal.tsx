import { Form, Input, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { createIncident } from '../../db/incidents';
import { useText } from '../../i18n/useText';
import { fromInputValue, toInputValue } from './dateInput';
import { useIncidentAction } from './useIncidentAction';
import { BeijingDateTimeInput } from './BeijingDateTimeInput';

interface NewIncidentValues {
  title: string;
  discoveredAt: string;
}

/** Opens an incident with the two things that start its clocks: what it is, and when it was discovered or learned of. */
export function NewIncidentModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useText();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewIncidentValues>();
  const { run, busy } = useIncidentAction();

  const submit = async (values: NewIncidentValues) => {
    const discoveredAt = fromInputValue(values.discoveredAt);
    if (!discoveredAt) return;
    const created = await run((db, actor) => createIncident(db, { title: values.title.trim(), discoveredAt }, actor));
    if (created) {
      onClose();
      form.resetFields();
      void navigate(`/incidents/${created.id}`);
    }
  };

  return (
    <Modal
      open={open}
      title={t('incidents.create.title')}
      okText={t('incidents.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewIncidentValues>
        form={form}
        name="new-incident"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ title: '', discoveredAt: toInputValue(new Date().toISOString()) }}
      >
        <Form.Item
          name="title"
          label={t('incidents.create.name')}
          rules={[{ required: true, whitespace: true, message: t('incidents.create.required', { field: t('incidents.create.name') }) }]}
        >
          <Input maxLength={500} placeholder={t('incidents.create.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="discoveredAt"
          label={t('incidents.create.discoveredAt')}
          extra={t('incidents.create.discoveredAtHelp')}
          rules={[{ required: true, message: t('incidents.create.required', { field: t('incidents.create.discoveredAt') }) }]}
        >
          <BeijingDateTimeInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
