import { Checkbox, Col, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { incidentRegionIds, personalInfoCategoryIds, SENSITIVE_BY_POLICY, type PersonalInfoCategory } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';
import { FormSection } from './FormSection';
import type { RecordFormValues } from './formValues';


/** A label that the drafts use mid-sentence (lower case in English), as a control's label starts. */
const sentenceCase = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** What personal information, whose, how many, and where (the grading and the EEA clocks read these). */
export function ScopeFields() {
  const t = useText();
  const form = Form.useFormInstance<RecordFormValues>();
  const categories = Form.useWatch('categories', form) ?? [];
  const peopleKind = Form.useWatch('peopleKind', form);
  const regions = Form.useWatch('regions', form) ?? [];
  const sensitiveByPolicy = categories.filter((c: PersonalInfoCategory) => SENSITIVE_BY_POLICY.has(c));
  const number = { min: 0, precision: 0, style: { width: '100%' } } as const;

  return (
    <FormSection id="record-data" title={t('incidents.record.section.data')}>
      <Form.Item name="categories" label={t('incidents.record.field.categories')} extra={t('incidents.record.help.categories')}>
        <Checkbox.Group aria-label={t('incidents.record.field.categories')} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 4 }}>
          {personalInfoCategoryIds.map((id) => (
            <Checkbox key={id} value={id}>
              {sentenceCase(t(`incidents.category.${id}`))}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="categoriesOther" label={t('incidents.record.field.categoriesOther')}>
        <Input maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="sensitive"
            label={t('incidents.record.field.sensitiveInvolved')}
            extra={sensitiveByPolicy.length ? t('incidents.record.help.sensitiveSuggested', { categories: sensitiveByPolicy.map((c) => t(`incidents.category.${c}`)).join(t('incidents.listSeparator')) }) : undefined}
          >
            <Radio.Group aria-label={t('incidents.record.field.sensitiveInvolved')} options={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(`incidents.record.sensitive.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="sensitiveWhich" label={t('incidents.record.field.sensitiveWhich')}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="peopleKind" label={t('incidents.record.field.peopleAffected')} extra={t('incidents.record.help.people')} style={{ marginBottom: 8 }}>
        <Radio.Group aria-label={t('incidents.record.field.peopleAffected')} options={(['exact', 'estimate', 'unknown'] as const).map((v) => ({ value: v, label: t(`incidents.record.peopleKind.${v}`) }))} />
      </Form.Item>
      <Row gutter={16}>
        {peopleKind === 'exact' ? (
          <Col xs={24} md={8}>
            <Form.Item name="peopleExact" label={t('incidents.record.field.peopleExact')}>
              <InputNumber {...number} />
            </Form.Item>
          </Col>
        ) : null}
        {peopleKind === 'estimate' ? (
          <>
            <Col xs={12} md={8}>
              <Form.Item name="peopleLow" label={t('incidents.record.field.peopleLow')}>
                <InputNumber {...number} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="peopleHigh"
                label={t('incidents.record.field.peopleHigh')}
                dependencies={['peopleLow']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, high: number | null) => {
                      const low = getFieldValue('peopleLow') as number | null;
                      return low != null && high != null && low > high ? Promise.reject(new Error(t('incidents.record.invalidRange'))) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <InputNumber {...number} />
              </Form.Item>
            </Col>
          </>
        ) : null}
        <Col xs={24} md={8}>
          <Form.Item name="recordsAffected" label={t('incidents.record.field.recordsAffected')}>
            <InputNumber {...number} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="subjectCategories" label={t('incidents.record.field.subjectCategories')}>
        <Input maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="regions" label={t('incidents.record.field.regions')}>
            <Checkbox.Group aria-label={t('incidents.record.field.regions')} options={incidentRegionIds.map((id) => ({ value: id, label: t(`incidents.region.${id}`) }))} />
          </Form.Item>
        </Col>
        {regions.includes('eea') ? (
          <Col xs={24} md={8}>
            <Form.Item name="eeaPeopleAffected" label={t('incidents.record.field.eeaPeopleAffected')}>
              <InputNumber {...number} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      {regions.includes('eea') ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('incidents.record.help.translate')}
        </Typography.Paragraph>
      ) : null}
    </FormSection>
  );
}
