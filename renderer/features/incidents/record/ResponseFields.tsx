import { Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useText } from '../../../i18n/useText';
import { FormSection } from './FormSection';
import type { RecordFormValues } from './formValues';

const { TextArea } = Input;
const area = { autoSize: { minRows: 2, maxRows: 8 }, maxLength: 20000 } as const;

/** Cause and response (the reporting measures' items), what individuals are told, whom to contact, and the flags that change the clocks. */
export function ResponseFields() {
  const t = useText();
  const form = Form.useFormInstance<RecordFormValues>();
  const regions = Form.useWatch('regions', form) ?? [];
  return (
    <>
      <FormSection id="record-handling" title={t('incidents.record.section.handling')}>
        <Form.Item name="cause" label={t('incidents.record.field.cause')}>
          <TextArea {...area} />
        </Form.Item>
        <Form.Item name="possibleHarm" label={t('incidents.record.field.possibleHarm')}>
          <TextArea {...area} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="measuresTaken" label={t('incidents.record.field.measuresTaken')}>
              <TextArea {...area} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="measuresEffect" label={t('incidents.record.field.measuresEffect')}>
              <TextArea {...area} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="measuresPlanned" label={t('incidents.record.field.measuresPlanned')}>
              <TextArea {...area} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="trend" label={t('incidents.record.field.trend')}>
              <TextArea {...area} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="supportRequested" label={t('incidents.record.field.supportRequested')} extra={t('incidents.record.help.supportRequested')}>
          <Input maxLength={4000} />
        </Form.Item>
      </FormSection>

      <FormSection id="record-individuals" title={t('incidents.record.section.individuals')}>
        <Form.Item name="adviceToIndividuals" label={t('incidents.record.field.adviceToIndividuals')}>
          <TextArea {...area} />
        </Form.Item>
        <Form.Item name="remediesOffered" label={t('incidents.record.field.remediesOffered')}>
          <TextArea {...area} />
        </Form.Item>
        {regions.includes('eea') ? (
          <Form.Item name="gdprDelayReasons" label={t('incidents.record.field.gdprDelayReasons')}>
            <TextArea {...area} />
          </Form.Item>
        ) : null}
      </FormSection>

      <FormSection id="record-contact" title={t('incidents.record.section.contact')}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['contact', 'name']} label={t('incidents.record.field.contactName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['contact', 'phone']} label={t('incidents.record.field.contactPhone')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['contact', 'email']} label={t('incidents.record.field.contactEmail')} rules={[{ type: 'email' }]}>
              <Input maxLength={320} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          {t('incidents.record.help.contact')}
        </Typography.Paragraph>
      </FormSection>

      <FormSection id="record-flags" title={t('incidents.record.section.flags')}>
        <Form.Item name="suspectedCrime" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{t('incidents.record.field.suspectedCrime')}</Checkbox>
        </Form.Item>
        <Form.Item name="criticalInfrastructure" valuePropName="checked">
          <Checkbox>{t('incidents.record.field.criticalInfrastructure')}</Checkbox>
        </Form.Item>
      </FormSection>
    </>
  );
}
