import { Button, Form, Input, Radio, Select, Typography } from 'antd';
import type { Incident } from '../../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../../shared/domain/time';
import { art34ExceptionIds, gdprRiskIds, type Art34Exception, type GdprRisk } from '../../../../shared/incidents';
import { decideArt34 } from '../../../db/incidents';
import { useText } from '../../../i18n/useText';
import { useIncidentAction } from '../useIncidentAction';

interface Values {
  risk: GdprRisk;
  exception: Art34Exception | 'none';
  justification: string;
}

/** GDPR Art. 34: is the risk high; if so, does one of Art. 34(3)'s exceptions apply, and why. */
export function Art34DecisionForm({ incident }: { incident: Incident }) {
  const t = useText();
  const { run, busy } = useIncidentAction();
  const [form] = Form.useForm<Values>();
  const risk = Form.useWatch('risk', form);
  const exception = Form.useWatch('exception', form);
  const current = incident.art34;
  return (
    <Form<Values>
      form={form}
      name="art34"
      layout="vertical"
      size="small"
      style={{ marginTop: 8 }}
      initialValues={{ risk: current?.risk ?? 'high', exception: current?.exception ?? 'none', justification: current?.justification ?? '' }}
      onFinish={(v) =>
        void run((db, actor) =>
          decideArt34(db, incident.id, { risk: v.risk, justification: v.justification, ...(v.risk === 'high' && v.exception !== 'none' ? { exception: v.exception } : {}) }, actor),
        )
      }
    >
      {current ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
          {t('incidents.decision.art34.current', { risk: t(`incidents.decision.art34.risks.${current.risk}`), by: current.by, at: shanghaiDateTime(current.at) })}
        </Typography.Text>
      ) : null}
      <Form.Item name="risk" label={t('incidents.decision.art34.title')} style={{ marginBottom: 8 }}>
        <Radio.Group aria-label={t('incidents.decision.art34.risk')} options={gdprRiskIds.map((r) => ({ value: r, label: t(`incidents.decision.art34.risks.${r}`) }))} />
      </Form.Item>
      {risk === 'high' ? (
        <Form.Item name="exception" label={t('incidents.decision.art34.exception')} style={{ marginBottom: 8 }}>
          <Select
            aria-label={t('incidents.decision.art34.exception')}
            options={(['none', ...art34ExceptionIds] as const).map((e) => ({ value: e, label: t(`incidents.decision.art34.exceptions.${e}`) }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="justification"
        label={t('incidents.decision.art34.justification')}
        rules={[{ required: risk === 'not-high' || (risk === 'high' && exception !== 'none'), whitespace: true, message: t('incidents.decision.art34.justificationRequired') }]}
        style={{ marginBottom: 8 }}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
      </Form.Item>
      <Button htmlType="submit" size="small" loading={busy}>
        {t('incidents.decision.art34.save')}
      </Button>
    </Form>
  );
}
