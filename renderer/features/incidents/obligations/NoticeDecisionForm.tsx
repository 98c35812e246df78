import { Button, Form, Input, Radio, Typography } from 'antd';
import type { Incident } from '../../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../../shared/domain/time';
import { individualNoticeModeIds, type IndividualNoticeMode } from '../../../../shared/incidents';
import { decideIndividualNotice } from '../../../db/incidents';
import { useText } from '../../../i18n/useText';
import { useIncidentAction } from '../useIncidentAction';

interface Values {
  mode: IndividualNoticeMode;
  justification: string;
}

/**
 * PIPL 57: tell each person; or announce where that is impracticable
 * (policy 5.4.1); or, with the justification on record, not tell them
 * because the measures effectively avoid harm (the authority may still
 * require notice).
 */
export function NoticeDecisionForm({ incident }: { incident: Incident }) {
  const t = useText();
  const { run, busy } = useIncidentAction();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const current = incident.individualNotice;
  return (
    <Form<Values>
      form={form}
      name="individual-notice"
      layout="vertical"
      size="small"
      style={{ marginTop: 8 }}
      initialValues={{ mode: current?.mode ?? 'individual', justification: current?.justification ?? '' }}
      onFinish={(v) => void run((db, actor) => decideIndividualNotice(db, incident.id, v, actor))}
    >
      {current ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
          {t('incidents.decision.individual.current', { mode: t(`incidents.decision.individual.modes.${current.mode}`), by: current.by, at: shanghaiDateTime(current.at) })}
        </Typography.Text>
      ) : null}
      <Form.Item name="mode" label={t('incidents.decision.individual.title')} style={{ marginBottom: 8 }}>
        <Radio.Group
          aria-label={t('incidents.decision.individual.mode')}
          style={{ display: 'flex', flexDirection: 'column', gap: 2 }}
          options={individualNoticeModeIds.map((m) => ({ value: m, label: t(`incidents.decision.individual.modes.${m}`) }))}
        />
      </Form.Item>
      {mode && mode !== 'individual' ? (
        <Form.Item
          name="justification"
          label={t('incidents.decision.individual.justification')}
          rules={[{ required: true, whitespace: true, message: t('incidents.decision.individual.justificationRequired') }]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
        </Form.Item>
      ) : null}
      <Button htmlType="submit" size="small" loading={busy}>
        {t('incidents.decision.individual.save')}
      </Button>
    </Form>
  );
}
