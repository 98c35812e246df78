import { Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { endHandling } from '../../../db/incidents';
import { useText } from '../../../i18n/useText';
import { fromInputValue, toInputValue } from '../dateInput';
import { useIncidentAction } from '../useIncidentAction';
import { BeijingDateTimeInput } from '../BeijingDateTimeInput';

/** 处置结束: the moment the 30-day summary report starts counting from. */
export function EndHandlingForm({ incidentId }: { incidentId: string }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const { run, busy } = useIncidentAction();
  if (!open) {
    return (
      <Button size="small" onClick={() => setOpen(true)}>
        {t('incidents.obligation.endHandling')}
      </Button>
    );
  }
  return (
    <Form
      name="end-handling"
      layout="inline"
      size="small"
      initialValues={{ endedAt: toInputValue(new Date().toISOString()) }}
      onFinish={async (v: { endedAt: string }) => {
        const endedAt = fromInputValue(v.endedAt);
        if (endedAt && (await run((db, actor) => endHandling(db, incidentId, endedAt, actor)))) setOpen(false);
      }}
      style={{ marginTop: 8 }}
    >
      <Flex gap={8} wrap align="end">
        <Form.Item name="endedAt" label={t('incidents.obligation.endHandlingAt')} rules={[{ required: true }]}>
          <BeijingDateTimeInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.confirm')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
