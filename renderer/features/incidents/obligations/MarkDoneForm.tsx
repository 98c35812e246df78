import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import type { ObligationId } from '../../../../shared/incidents';
import { markObligationDone } from '../../../db/incidents';
import { useText } from '../../../i18n/useText';
import { fromInputValue, toInputValue } from '../dateInput';
import { useIncidentAction } from '../useIncidentAction';
import { BeijingDateTimeInput } from '../BeijingDateTimeInput';

/** Records an obligation as met: when it really was (it may be entered later), and how (channel, receipt number). */
export function MarkDoneForm({ incidentId, obligation, label }: { incidentId: string; obligation: ObligationId; label: string }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const { run, busy } = useIncidentAction();
  if (!open) {
    return (
      <Button size="small" onClick={() => setOpen(true)} aria-label={t('incidents.obligation.markDoneFor', { name: label })}>
        {t('incidents.obligation.markDone')}
      </Button>
    );
  }
  return (
    <Form
      name={`done-${obligation}`}
      layout="vertical"
      size="small"
      initialValues={{ doneAt: toInputValue(new Date().toISOString()), note: '' }}
      onFinish={async (v: { doneAt: string; note: string }) => {
        const doneAt = fromInputValue(v.doneAt);
        if (doneAt && (await run((db, actor) => markObligationDone(db, incidentId, obligation, { doneAt, note: v.note }, actor)))) setOpen(false);
      }}
      style={{ marginTop: 8 }}
    >
      <Flex gap={8} wrap>
        <Form.Item name="doneAt" label={t('incidents.obligation.doneAtLabel')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
          <BeijingDateTimeInput />
        </Form.Item>
        <Form.Item name="note" label={t('incidents.obligation.noteLabel')} style={{ marginBottom: 8, flex: 1, minWidth: 180 }}>
          <Input maxLength={2000} />
        </Form.Item>
      </Flex>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={busy} aria-label={t('incidents.obligation.saveDoneFor', { name: label })}>
          {t('incidents.obligation.saveDone')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
