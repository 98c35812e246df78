import { Checkbox, Col, Form, Input, Row } from 'antd';
import { breachTypeIds } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';
import { FormSection } from './FormSection';
import { BeijingDateTimeInput } from '../BeijingDateTimeInput';

const { TextArea } = Input;

/** Title, moments, who found it, what happened, where, and its type (PIPL 57: 泄露、篡改、丢失). */
export function WhatHappenedFields() {
  const t = useText();
  return (
    <FormSection id="record-basic" title={t('incidents.record.section.basic')}>
      <Form.Item name="title" label={t('incidents.record.field.title')} rules={[{ required: true, whitespace: true, message: t('incidents.create.required', { field: t('incidents.record.field.title') }) }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="discoveredAt" label={t('incidents.record.field.discoveredAt')} rules={[{ required: true }]}>
            <BeijingDateTimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="occurredAt" label={t('incidents.record.field.occurredAt')}>
            <BeijingDateTimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="discoveredBy" label={t('incidents.record.field.discoveredBy')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={t('incidents.record.field.place')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('incidents.record.field.description')}>
        <TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="systems" label={t('incidents.record.field.systems')}>
        <TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
      </Form.Item>
      <Form.Item name="breachTypes" label={t('incidents.record.field.breachTypes')}>
        <Checkbox.Group aria-label={t('incidents.record.field.breachTypes')} options={breachTypeIds.map((id) => ({ value: id, label: t(`incidents.breachType.${id}`) }))} />
      </Form.Item>
    </FormSection>
  );
}
