import { App, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { companyDetailsSchema, DEFAULT_COMPANY_DETAILS, letterLanguageIds, type CompanyDetails } from '../../../shared/letters';
import type { TextKey } from '../../../shared/i18n/messages';
import { database } from '../../db/database';
import { DEFAULT_SIGNATORY_TITLE, saveCompanyDetails, saveSignatoryTitle, type SignatoryTitle } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';
import { validFields } from '../ui/validFields';
import { useOfficerName } from '../ui/useOfficer';
import { useLetterSettings } from './useLetterSettings';

const BILINGUAL: { name: 'name' | 'address' | 'court' | 'regulator' | 'regulatorChannel' | 'signingLocation'; label: TextKey }[] = [
  { name: 'name', label: 'letters.settings.companyName' },
  { name: 'address', label: 'letters.settings.companyAddress' },
  { name: 'court', label: 'letters.settings.court' },
  { name: 'regulator', label: 'letters.settings.regulator' },
  { name: 'regulatorChannel', label: 'letters.settings.regulatorChannel' },
  { name: 'signingLocation', label: 'letters.settings.signingLocation' },
];
/** printed only where set (GDPR Art. 27, 37) */
const OPTIONAL_BILINGUAL: { name: 'euRepresentative' | 'dpo'; label: TextKey }[] = [
  { name: 'euRepresentative', label: 'letters.settings.euRepresentative' },
  { name: 'dpo', label: 'letters.settings.dpo' },
];
const ACCESS_ITEMS = ['purposes', 'categories', 'recipients', 'retention', 'source', 'automatedDecisions', 'transferSafeguards'] as const;
const SINGLE: { name: 'email' | 'hotline' | 'website'; label: TextKey }[] = [
  { name: 'email', label: 'letters.settings.companyEmail' },
  { name: 'hotline', label: 'letters.settings.companyHotline' },
  { name: 'website', label: 'letters.settings.companyWebsite' },
];

/** The company as every letter prints it (letterhead, remedies, signature), pre-filled from the privacy policy. */
export function CompanyCard() {
  const t = useText();
  const { message } = App.useApp();
  const actor = useOfficerName();
  const settings = useLetterSettings();
  const [form] = Form.useForm<CompanyDetails>();
  const [titleForm] = Form.useForm<SignatoryTitle>();
  useEffect(() => {
    if (!settings) return;
    form.setFieldsValue(settings.company);
    titleForm.setFieldsValue(settings.signatoryTitle);
  }, [form, titleForm, settings]);

  const save = async () => {
    // issue 14: a field left empty is shown by the form; it must not escape as an uncaught page error
    const values = await validFields(form);
    if (!values || !actor) return;
    const parsed = companyDetailsSchema.safeParse(values);
    if (!parsed.success) return void message.error(t('letters.settings.companyInvalid'));
    await saveCompanyDetails(database(), parsed.data, actor);
    void message.success(t('letters.settings.saved'));
  };
  const saveTitle = async () => {
    if (!actor) return;
    const title = await validFields(titleForm);
    if (!title) return;
    await saveSignatoryTitle(database(), title, actor);
    void message.success(t('letters.settings.saved'));
  };
  const language = (l: (typeof letterLanguageIds)[number]) => t(`letters.language.${l}`);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={<h2 className="pane-title">{t('letters.settings.title')}</h2>}>
        <Typography.Paragraph type="secondary">{t('letters.settings.titleIntro')}</Typography.Paragraph>
        <Form form={titleForm} layout="inline" name="letters-title" initialValues={DEFAULT_SIGNATORY_TITLE} onFinish={() => void saveTitle()}>
          {letterLanguageIds.map((l) => (
            <Form.Item key={l} name={l} label={t('letters.settings.titleIn', { language: language(l) })} rules={[{ max: 100 }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
          ))}
          <Form.Item name="romanisedName" label={t('letters.settings.romanisedName')} rules={[{ max: 100 }]}>
            <Input style={{ width: 200 }} placeholder="Wang Min" />
          </Form.Item>
          <Button htmlType="submit">{t('common.save')}</Button>
        </Form>
      </Card>
      <Card size="small" title={<h2 className="pane-title">{t('letters.settings.company')}</h2>}>
        <Typography.Paragraph type="secondary">{t('letters.settings.companyIntro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="letters-company" initialValues={DEFAULT_COMPANY_DETAILS} onFinish={() => void save()}>
          {BILINGUAL.map((f) => (
            <Row key={f.name} gutter={16}>
              {letterLanguageIds.map((l) => (
                <Col key={l} xs={24} lg={12}>
                  <Form.Item name={[f.name, l]} label={t('letters.settings.inLanguage', { field: t(f.label), language: language(l) })} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
                    <Input />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          ))}
          <Row gutter={16}>
            {SINGLE.map((f) => (
              <Col key={f.name} xs={24} lg={8}>
                <Form.Item name={f.name} label={t(f.label)} rules={f.name === 'website' ? [{ max: 200 }] : [{ required: true, whitespace: true }, { min: 3 }]}>
                  <Input />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('letters.settings.gdprSection')}
          </Typography.Title>
          <Form.Item name="internationalPhone" label={t('letters.settings.internationalPhone')} rules={[{ max: 40 }, { pattern: /^(\+[0-9][0-9 ()-]{5,38})?$/, message: t('letters.settings.internationalPhone') }]}>
            <Input style={{ maxWidth: 320 }} placeholder="+86 …" />
          </Form.Item>
          {OPTIONAL_BILINGUAL.map((f) => (
            <Row key={f.name} gutter={16}>
              {letterLanguageIds.map((l) => (
                <Col key={l} xs={24} lg={12}>
                  <Form.Item name={[f.name, l]} label={t('letters.settings.inLanguage', { field: t(f.label), language: language(l) })} rules={[{ max: 500 }]}>
                    <Input />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          ))}
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('letters.settings.accessInformation')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('letters.settings.accessInformationIntro')}</Typography.Paragraph>
          {ACCESS_ITEMS.map((item) => (
            <Row key={item} gutter={16}>
              {letterLanguageIds.map((l) => (
                <Col key={l} xs={24} lg={12}>
                  <Form.Item
                    name={['accessInformation', item, l]}
                    label={t('letters.settings.inLanguage', { field: t(`letters.settings.access.${item}`), language: language(l) })}
                    rules={[{ required: true, whitespace: true }, { max: 3000 }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          ))}
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.save')}
            </Button>
            <Button onClick={() => form.setFieldsValue(DEFAULT_COMPANY_DETAILS)}>{t('letters.settings.restoreDefaults')}</Button>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
