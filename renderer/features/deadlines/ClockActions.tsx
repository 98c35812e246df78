import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { canExtend, canMarkAnswered, canReopen, canVoid, isVoided } from '../../../shared/cases/lifecycle';
import type { DeadlineRule } from '../../../shared/deadlines';
import type { Case } from '../../../shared/domain/case';
import { outcomeIds, type Outcome } from '../../../shared/domain/requestTypes';
import { instantFromShanghai, shanghaiDate, type LocalDate } from '../../../shared/domain/time';
import { closeCase, extendDeadline, markAnswered, pauseClock, reopenCase, resumeClock, setTargetDate, voidCase } from '../../db/caseClock';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';
import { validFields } from '../ui/validFields';
import { MergeCaseButton, MergedNote } from '../cases/MergeCase';

type Action = 'pause' | 'resume' | 'extend' | 'target' | 'close' | 'void' | 'reopen' | 'answered';

interface ClockForm {
  date?: Dayjs;
  reason?: string;
  amount?: number;
  noticeBy?: Dayjs;
  outcome?: Outcome;
  refusalReasons?: string;
}

const day = (d: Dayjs): LocalDate => d.format('YYYY-MM-DD');

/**
 * The officer's hold on a case's clock: pause (waiting for the requester),
 * resume (they answered), extend, internal target, close. Each opens a small
 * form; saving recomputes the due date and writes the audit event.
 */
export function ClockActions({ record, today, rules }: { record: Case; today: LocalDate; rules: readonly DeadlineRule[] }) {
  const t = useText();
  const { message } = App.useApp();
  const actor = useOfficerName();
  const [action, setAction] = useState<Action | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<ClockForm>();
  const running = record.pauses.find((p) => !p.to);
  const closed = record.status === 'closed';
  const voided = isVoided(record);
  // issue 14: an action the rule does not allow is disabled with its reason, never "saved" without effect
  const extend = canExtend(record, rules);
  const mayVoid = canVoid(record).allowed;
  const mayReopen = canReopen(record).allowed;
  const mayAnswer = canMarkAnswered(record).allowed;

  const open = (next: Action) => {
    form.resetFields();
    const initial: ClockForm = {};
    if (next === 'pause' || next === 'resume' || next === 'close') initial.date = dayjs(today);
    if (next === 'target' && record.targetDate) initial.date = dayjs(record.targetDate);
    if (next === 'extend') initial.amount = extend.allowed ? extend.left : 1;
    form.setFieldsValue(initial);
    setAction(next);
  };

  const save = async () => {
    const values = await validFields(form);
    if (!values) return;
    // nothing is saved without knowing who acts (the audit event names them)
    if (!actor) return;
    const db = database();
    setSaving(true);
    try {
      if (action === 'pause') await pauseClock(db, record.id, day(values.date!), values.reason!.trim(), actor);
      if (action === 'resume') await resumeClock(db, record.id, day(values.date!), actor);
      if (action === 'extend')
        await extendDeadline(db, record.id, { amount: values.amount!, reason: values.reason!.trim(), ...(values.noticeBy ? { noticeBy: day(values.noticeBy) } : {}) }, actor);
      if (action === 'void') await voidCase(db, record.id, values.reason!.trim(), actor);
      if (action === 'reopen') await reopenCase(db, record.id, values.reason!.trim(), actor);
      if (action === 'answered') await markAnswered(db, record.id, actor);
      if (action === 'target') await setTargetDate(db, record.id, values.date ? day(values.date) : undefined, actor);
      if (action === 'close')
        await closeCase(
          db,
          record.id,
          {
            outcome: values.outcome!,
            // a closing date entered by hand is taken as the end of that working day in Shanghai
            closedAt: day(values.date!) === today ? new Date().toISOString() : instantFromShanghai(day(values.date!), '17:00'),
            ...(values.refusalReasons ? { refusalReasons: values.refusalReasons } : {}),
          },
          actor,
        );
      void message.success(t(action === 'void' ? 'clock.voidedSaved' : action === 'reopen' ? 'clock.reopenedSaved' : action === 'answered' ? 'clock.answeredSaved' : 'clock.saved'));
      setAction(null);
    } catch (error) {
      void message.error(t('clock.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const notFuture = { validator: (_: unknown, v?: Dayjs) => (v && day(v) > today ? Promise.reject(new Error(t('clock.dateInFuture'))) : Promise.resolve()) };
  const titles: Record<Action, string> = {
    pause: t('clock.pause'),
    resume: t('clock.resume'),
    extend: t('clock.extend'),
    target: t('clock.setTarget'),
    close: t('clock.close'),
    void: t('clock.void'),
    reopen: t('clock.reopen'),
    answered: t('clock.markAnswered'),
  };

  return (
    <>
      <Space wrap>
        {!closed && !running ? <Button onClick={() => open('pause')}>{t('clock.pause')}</Button> : null}
        {running ? (
          <Button type="primary" onClick={() => open('resume')}>
            {t('clock.resume')}
          </Button>
        ) : null}
        {!closed ? (
          <Button disabled={!extend.allowed} aria-describedby={extend.allowed ? undefined : 'extend-refused'} onClick={() => open('extend')}>
            {t('clock.extend')}
          </Button>
        ) : null}
        {!closed ? <Button onClick={() => open('target')}>{t('clock.setTarget')}</Button> : null}
        {mayAnswer ? <Button onClick={() => open('answered')}>{t('clock.markAnswered')}</Button> : null}
        {!closed ? (
          <Button danger onClick={() => open('close')}>
            {t('clock.close')}
          </Button>
        ) : null}
        {mayReopen ? <Button onClick={() => open('reopen')}>{t('clock.reopen')}</Button> : null}
        {mayVoid ? (
          <Button danger type="dashed" onClick={() => open('void')}>
            {t('clock.void')}
          </Button>
        ) : null}
        <MergeCaseButton record={record} />
      </Space>
      {!closed && !extend.allowed ? (
        <Typography.Paragraph id="extend-refused" type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t(`clock.extendRefused.${extend.why}`)}
        </Typography.Paragraph>
      ) : null}
      <MergedNote record={record} />
      {voided && record.voided && !record.mergedInto ? (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>{t('clock.voidedNote', { at: shanghaiDate(record.voided.at), by: record.voided.by, reason: record.voided.reason })}</Typography.Paragraph>
      ) : null}
      <Modal
        open={action !== null}
        title={action ? titles[action] : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        onOk={() => void save()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false}>
          {action === 'pause' ? (
            <>
              <Form.Item name="date" label={t('clock.pauseFrom')} rules={[{ required: true, message: t('clock.required') }, notFuture]}>
                <DatePicker allowClear={false} />
              </Form.Item>
              <Form.Item name="reason" label={t('clock.pauseReason')} rules={[{ required: true, whitespace: true, message: t('clock.required') }, { max: 2000 }]}>
                <Input.TextArea rows={2} placeholder={t('clock.pauseReasonHint')} />
              </Form.Item>
            </>
          ) : null}
          {action === 'resume' && running ? (
            <Form.Item
              name="date"
              label={t('clock.resumeOn')}
              rules={[
                { required: true, message: t('clock.required') },
                notFuture,
                { validator: (_: unknown, v?: Dayjs) => (v && day(v) < running.from ? Promise.reject(new Error(t('clock.resumeBeforePause', { from: running.from }))) : Promise.resolve()) },
              ]}
            >
              <DatePicker allowClear={false} />
            </Form.Item>
          ) : null}
          {action === 'extend' ? (
            <>
              <Form.Item name="amount" label={t('clock.extensionAmount')} rules={[{ required: true, message: t('clock.required') }]}>
                <InputNumber min={1} max={extend.allowed ? extend.left : 1} />
              </Form.Item>
              <Form.Item name="reason" label={t('clock.extensionReason')} rules={[{ required: true, whitespace: true, message: t('clock.required') }, { max: 2000 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              {record.gdpr ? (
                <Form.Item name="noticeBy" label={t('clock.noticeBy')}>
                  <DatePicker />
                </Form.Item>
              ) : null}
            </>
          ) : null}
          {action === 'void' || action === 'reopen' ? (
            <>
              <Typography.Paragraph>{t(action === 'void' ? 'clock.voidExplained' : 'clock.reopenExplained')}</Typography.Paragraph>
              <Form.Item name="reason" label={t(action === 'void' ? 'clock.voidReason' : 'clock.reopenReason')} rules={[{ required: true, whitespace: true, message: t('clock.required') }, { max: 2000 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          ) : null}
          {action === 'answered' ? <Typography.Paragraph>{t('clock.markAnsweredExplained')}</Typography.Paragraph> : null}
          {action === 'target' ? (
            <Form.Item name="date" label={t('clock.targetDate')} extra={t('clock.clearTarget')}>
              <DatePicker />
            </Form.Item>
          ) : null}
          {action === 'close' ? (
            <>
              <Form.Item name="outcome" label={t('clock.outcome')} rules={[{ required: true, message: t('clock.required') }]}>
                <Select options={outcomeIds.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
              </Form.Item>
              <Form.Item name="date" label={t('clock.closedAt')} rules={[{ required: true, message: t('clock.required') }, notFuture]}>
                <DatePicker allowClear={false} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
                {({ getFieldValue }) =>
                  getFieldValue('outcome') === 'refused' ? (
                    // PIPL 50: a refusal states its reasons; the form will not close without them
                    <Form.Item
                      name="refusalReasons"
                      label={t('clock.refusalReasons')}
                      rules={[{ required: true, whitespace: true, message: t('clock.refusalReasonsRequired') }, { max: 20000 }]}
                    >
                      <Input.TextArea rows={4} />
                    </Form.Item>
                  ) : null
                }
              </Form.Item>
            </>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
