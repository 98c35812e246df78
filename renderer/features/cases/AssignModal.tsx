import { App, AutoComplete, Form, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { assignCases } from '../../db/caseAssignment';
import { knownOfficers } from '../../db/caseAssignment';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';
import { validFields } from '../ui/validFields';

/**
 * 分配 / 转办 one case or a selection (issue 14): to one of the officers the
 * store knows (those carrying cases, and the one signed in), or a name typed
 * on a solo workstation. Each case changed gets its audit event (from → to).
 */
export function AssignModal({ caseIds, open, onClose, current }: { caseIds: readonly string[]; open: boolean; onClose: (assigned: boolean) => void; current?: string }) {
  const t = useText();
  const { message } = App.useApp();
  const actor = useOfficerName();
  const officers = useLiveQuery(() => knownOfficers(database(), actor), [actor]) ?? [];
  const [form] = Form.useForm<{ assignee?: string }>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const values = await validFields(form);
    if (!values?.assignee || !actor) return;
    setSaving(true);
    try {
      const report = await assignCases(database(), caseIds, values.assignee, actor);
      void message.success(t('cases.assign.saved', { count: report.done, name: values.assignee.trim() }));
      if (report.skipped.length) void message.warning(t('cases.bulk.skipped', { references: report.skipped.join('、') }));
      onClose(true);
    } catch (error) {
      void message.error(t('clock.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={caseIds.length > 1 ? t('cases.assign.titleMany', { count: caseIds.length }) : t('cases.assign.title')}
      okText={t('cases.assign.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {current !== undefined ? <Typography.Paragraph>{t('cases.assign.current', { name: current || t('deadlines.dashboard.workload.unassigned') })}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="assignee" label={t('cases.assign.officer')} rules={[{ required: true, whitespace: true, message: t('clock.required') }, { max: 100 }]}>
          <AutoComplete
            aria-label={t('cases.assign.officer')}
            options={officers.map((name) => ({ value: name, label: name === actor ? t('cases.assign.me', { name }) : name }))}
            filterOption={(input, option) => String(option?.value ?? '').includes(input)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
