import { Button, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { updateIncidentRecord } from '../../../db/incidents';
import { useText } from '../../../i18n/useText';
import { useIncidentAction } from '../useIncidentAction';
import { toFormValues, toPatch, type RecordFormValues } from './formValues';
import { ResponseFields } from './ResponseFields';
import { ScopeFields } from './ScopeFields';
import { WhatHappenedFields } from './WhatHappenedFields';

/**
 * The incident record (issue 7): every field a notice or report draws on.
 * Saving writes only what changed, each change logged (the timeline's
 * supplements). The form keeps the officer's unsaved edits while other
 * actions (grade, obligations) change the incident beside it.
 */
export function RecordForm({ incident }: { incident: Incident }) {
  const t = useText();
  const [form] = Form.useForm<RecordFormValues>();
  const [dirty, setDirty] = useState(false);
  const { run, busy } = useIncidentAction();

  const save = async (values: RecordFormValues) => {
    const saved = await run((db, actor) => updateIncidentRecord(db, incident.id, toPatch(values, incident), actor), t('incidents.record.saved'));
    if (saved) {
      form.setFieldsValue(toFormValues(saved));
      setDirty(false);
    }
  };

  return (
    <Form<RecordFormValues>
      form={form}
      name="incident-record"
      layout="vertical"
      initialValues={toFormValues(incident)}
      onValuesChange={() => setDirty(true)}
      onFinish={(values) => void save(values)}
      scrollToFirstError
    >
      <WhatHappenedFields />
      <ScopeFields />
      <ResponseFields />
      <Flex gap={12} align="center" style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '12px 0', borderTop: '1px solid #f0f0f0' }}>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('incidents.record.save')}
        </Button>
        {dirty ? <Typography.Text type="warning">{t('incidents.record.unsaved')}</Typography.Text> : null}
      </Flex>
    </Form>
  );
}
