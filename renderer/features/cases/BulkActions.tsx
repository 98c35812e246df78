import { App, Button, DatePicker, Form, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { outcomeIds, type Outcome } from '../../../shared/domain/requestTypes';
import { instantFromShanghai, type LocalDate } from '../../../shared/domain/time';
import { closeCases } from '../../db/caseAssignment';
import type { CaseListRow } from '../../db/caseList';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { useDashboardExports } from '../dashboard/useDashboardExports';
import { useOfficerName } from '../ui/useOfficer';
import { validFields } from '../ui/validFields';
import { AssignModal } from './AssignModal';

type BulkOutcome = Exclude<Outcome, 'refused'>;

/**
 * What the officer does to the cases ticked in the list (issue 14): assign
 * them, close them with one outcome (each with its own audit event; a
 * refusal is closed case by case, PIPL 50), or export them for an auditor.
 */
export function BulkActions({ selected, today, onDone }: { selected: readonly CaseListRow[]; today: LocalDate; onDone: () => void }) {
  const t = useText();
  const { message } = App.useApp();
  const actor = useOfficerName();
  const exports = useDashboardExports(today);
  const [dialog, setDialog] = useState<'assign' | 'close'>();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ outcome?: BulkOutcome; date?: Dayjs }>();
  const ids = selected.map((r) => r.case.id);

  const close = async () => {
    const values = await validFields(form);
    if (!values?.outcome || !values.date || !actor) return;
    setSaving(true);
    try {
      const day = values.date.format('YYYY-MM-DD');
      const closedAt = day === today ? new Date().toISOString() : instantFromShanghai(day, '17:00');
      const report = await closeCases(database(), ids, { outcome: values.outcome, closedAt }, actor);
      void message.success(t('cases.bulk.closed', { count: report.done }));
      if (report.skipped.length) void message.warning(t('cases.bulk.skipped', { references: report.skipped.join('、') }));
      setDialog(undefined);
      onDone();
    } catch (error) {
      void message.error(t('clock.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-label={t('cases.bulk.label')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong aria-live="polite">
          {t('cases.bulk.selected', { count: selected.length })}
        </Typography.Text>
        <Button onClick={() => setDialog('assign')}>{t('cases.bulk.assign')}</Button>
        <Button
          danger
          onClick={() => {
            form.setFieldsValue({ date: dayjs(today) });
            setDialog('close');
          }}
        >
          {t('cases.bulk.close')}
        </Button>
        <Button loading={exports.busy === 'xlsx'} onClick={() => void exports.exportList(selected.map((r) => r.case), 'selection')}>
          {t('cases.bulk.export')}
        </Button>
        <Button type="link" onClick={onDone}>
          {t('cases.bulk.clear')}
        </Button>
      </Space>
      <AssignModal
        caseIds={ids}
        open={dialog === 'assign'}
        onClose={(assigned) => {
          setDialog(undefined);
          if (assigned) onDone();
        }}
      />
      <Modal
        open={dialog === 'close'}
        title={t('cases.bulk.closeTitle', { count: selected.length })}
        okText={t('clock.close')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        onOk={() => void close()}
        onCancel={() => setDialog(undefined)}
        forceRender
      >
        <Typography.Paragraph>{t('cases.bulk.closeExplained')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.Item name="outcome" label={t('clock.outcome')} rules={[{ required: true, message: t('clock.required') }]}>
            <Select<BulkOutcome> options={outcomeIds.filter((o): o is BulkOutcome => o !== 'refused').map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
          </Form.Item>
          <Form.Item
            name="date"
            label={t('clock.closedAt')}
            rules={[
              { required: true, message: t('clock.required') },
              { validator: (_: unknown, v?: Dayjs) => (v && v.format('YYYY-MM-DD') > today ? Promise.reject(new Error(t('clock.dateInFuture'))) : Promise.resolve()) },
            ]}
          >
            <DatePicker allowClear={false} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
