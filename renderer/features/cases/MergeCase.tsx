import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { canBeMergeTarget, canMerge } from '../../../shared/cases/merge';
import type { Case } from '../../../shared/domain/case';
import { shanghaiDate } from '../../../shared/domain/time';
import { mergeCase } from '../../db/caseMerge';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';
import { validFields } from '../ui/validFields';
import { CasePicker } from './CasePicker';

interface MergeForm {
  targetId?: string;
  reason?: string;
}

/** 合并到其他案件… (issue 14): offered on a live case; asks for the target and a reason, then merges in one step. */
export function MergeCaseButton({ record }: { record: Case }) {
  const t = useText();
  const { message } = App.useApp();
  const actor = useOfficerName();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<MergeForm>();
  const accept = useCallback((c: Case) => c.id !== record.id && canBeMergeTarget(c), [record.id]);
  if (!canMerge(record, undefined).allowed) return null;

  const save = async () => {
    const values = await validFields(form);
    if (!values || !actor) return;
    setSaving(true);
    try {
      const { target } = await mergeCase(database(), record.id, values.targetId!, values.reason!, actor);
      void message.success(t('cases.merge.saved', { reference: target.reference }));
      setOpen(false);
    } catch (error) {
      void message.error(t('cases.merge.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        danger
        type="dashed"
        onClick={() => {
          form.resetFields();
          setOpen(true);
        }}
      >
        {t('cases.merge.button')}
      </Button>
      <Modal
        open={open}
        title={t('cases.merge.title', { reference: record.reference })}
        okText={t('cases.merge.confirm')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('cases.merge.explained')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.Item name="targetId" label={t('cases.merge.target')} rules={[{ required: true, message: t('cases.merge.required') }]}>
            <CasePicker accept={accept} placeholder={t('cases.merge.targetPlaceholder')} ariaLabel={t('cases.merge.target')} />
          </Form.Item>
          <Form.Item name="reason" label={t('cases.merge.reason')} rules={[{ required: true, whitespace: true, message: t('cases.merge.required') }, { max: 2000 }]}>
            <Input.TextArea rows={2} placeholder={t('cases.merge.reasonHint')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** On a merged case: where it went, when, by whom and why, with a link to the target. */
export function MergedNote({ record }: { record: Case }) {
  const t = useText();
  if (!record.mergedInto || !record.voided) return null;
  return (
    <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
      {t('cases.merge.mergedInto', { reference: record.mergedInto.reference, at: shanghaiDate(record.voided.at), by: record.voided.by, reason: record.voided.reason })}{' '}
      <Link to={`/cases/${record.mergedInto.caseId}`}>{t('cases.merge.openTarget', { reference: record.mergedInto.reference })}</Link>
    </Typography.Paragraph>
  );
}
