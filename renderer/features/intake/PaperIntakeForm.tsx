import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Space, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { requestTypeIds, type Channel, type RequestType } from '../../../shared/domain/requestTypes';
import { todayInShanghai } from '../../../shared/domain/time';
import { detectEea, suggestRequestType } from '../../../shared/intake';
import { database } from '../../db/database';
import { registerPaperIntake } from '../../db/intakePaper';
import { readAttachmentLimitMb } from '../../db/intakeSettings';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';
import { dateProblems, isValidEmail, isValidMainlandPhone, isValidPostcode } from './paperValidation';
import { RequesterChoice } from './RequesterChoice';
import { ScanField, type Scan } from './ScanField';

type PaperChannel = Exclude<Channel, 'email'>;
const PAPER_CHANNELS: PaperChannel[] = ['postal', 'phone', 'online-service', 'in-person'];

interface PaperValues {
  channel: PaperChannel;
  receivedDate?: Dayjs;
  receivedTime?: Dayjs;
  postmarkDate?: Dayjs;
  trackingNumber?: string;
  name?: string;
  address?: string;
  postcode?: string;
  phone?: string;
  email?: string;
  requestText?: string;
  subject?: string;
  requestType?: RequestType;
  gdpr?: boolean;
  requesterId?: string;
  scans?: Scan[];
}

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

/**
 * 邮寄 and the other channels (SPEC §1 Postal; issue 4): 签收日期 starts the
 * clock and cannot be in the future, the postmark is recorded apart, a postal
 * request needs its scans, a phone number must be a mainland one. The request
 * type is suggested from the text as it is typed and chosen by the officer.
 */
export function PaperIntakeForm() {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficerName();
  const limitMb = useLiveQuery(() => readAttachmentLimitMb(database()));
  const [form] = Form.useForm<PaperValues>();
  const [typeTouched, setTypeTouched] = useState(false);
  const [gdprTouched, setGdprTouched] = useState(false);
  const [saved, setSaved] = useState<{ id: string; reference: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const channel = Form.useWatch('channel', form) ?? 'postal';
  const text = Form.useWatch('requestText', form) ?? '';
  const email = Form.useWatch('email', form);
  const phone = Form.useWatch('phone', form);
  const name = Form.useWatch('name', form);
  const suggestion = useMemo(() => suggestRequestType(text), [text]);
  const eea = useMemo(() => detectEea({ text, ...(email ? { fromAddress: email } : {}) }), [text, email]);
  const postal = channel === 'postal';
  const today = todayInShanghai(Date.now());
  const required = (field: string) => ({ required: true, whitespace: true, message: t('intake.validation.required', { field }) });

  const onValuesChange = (changed: Partial<PaperValues>) => {
    if ('requestText' in changed && !typeTouched) form.setFieldValue('requestType', suggestRequestType(changed.requestText ?? '').type);
    if (('requestText' in changed || 'email' in changed) && !gdprTouched) {
      const values = form.getFieldsValue();
      form.setFieldValue('gdpr', detectEea({ text: values.requestText ?? '', ...(values.email ? { fromAddress: values.email } : {}) }).eea);
    }
  };

  const submit = async (values: PaperValues) => {
    if (!officer || !values.receivedDate || !values.requestType) return;
    setSaving(true);
    try {
      const record = await registerPaperIntake(
        database(),
        {
          channel: values.channel,
          receivedDate: day(values.receivedDate)!,
          ...(values.receivedTime ? { receivedTime: values.receivedTime.format('HH:mm') } : {}),
          ...(postal && values.postmarkDate ? { postmarkDate: day(values.postmarkDate)! } : {}),
          ...(postal && values.trackingNumber?.trim() ? { trackingNumber: values.trackingNumber } : {}),
          name: values.name ?? '',
          ...(values.address ? { address: values.address } : {}),
          ...(values.postcode ? { postcode: values.postcode } : {}),
          ...(values.phone ? { phone: values.phone } : {}),
          ...(values.email ? { email: values.email } : {}),
          ...(values.subject ? { subject: values.subject } : {}),
          requestText: values.requestText ?? '',
          requestType: values.requestType,
          gdpr: values.gdpr ?? false,
          ...(values.requesterId ? { existingRequesterId: values.requesterId } : {}),
          scans: (values.scans ?? []).map((s) => ({ name: s.name, mimeType: s.mimeType, bytes: s.bytes })),
        },
        officer,
      );
      setSaved({ id: record.id, reference: record.reference });
      void message.success(t('intake.paper.saved', { reference: record.reference }));
      form.resetFields();
      setTypeTouched(false);
      setGdprTouched(false);
    } catch (error) {
      void message.error(t('intake.errorDetail', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={<h2 className="pane-title">{t('intake.paper.title')}</h2>} style={{ maxWidth: 1100 }}>
      {saved ? (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSaved(null)}
          style={{ marginBottom: 16 }}
          title={
            <Space>
              {t('intake.paper.saved', { reference: saved.reference })}
              <Link to={`/cases/${saved.id}`} aria-label={t('intake.paper.openSaved', { reference: saved.reference })}>
                {saved.reference}
              </Link>
            </Space>
          }
        />
      ) : null}
      <Form<PaperValues> form={form} name="paper-intake" layout="vertical" initialValues={{ channel: 'postal', requestType: 'other', gdpr: false, scans: [] }} onValuesChange={onValuesChange} onFinish={(v) => void submit(v)}>
        <Form.Item name="channel" label={t('intake.paper.channel')}>
          <Radio.Group optionType="button" options={PAPER_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="receivedDate"
              label={postal ? t('intake.paper.receivedDate') : t('intake.paper.receivedDateOther')}
              extra={postal ? t('intake.paper.receivedDateHint') : undefined}
              rules={[
                { required: true, message: t('intake.validation.required', { field: postal ? t('intake.paper.receivedDate') : t('intake.paper.receivedDateOther') }) },
                { validator: async (_, v?: Dayjs) => (dateProblems(day(v), undefined, today).length ? Promise.reject(new Error(t('intake.validation.receivedInFuture'))) : undefined) },
              ]}
            >
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="receivedTime" label={t('intake.paper.receivedTime')}>
              <TimePicker format="HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {postal ? (
            <>
              <Col xs={24} md={6}>
                <Form.Item
                  name="postmarkDate"
                  label={t('intake.paper.postmarkDate')}
                  dependencies={['receivedDate']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_, v?: Dayjs) => {
                        const problem = dateProblems(day(getFieldValue('receivedDate') as Dayjs | undefined), day(v), today).find((p) => p !== 'receivedInFuture');
                        if (problem) throw new Error(t(`intake.validation.${problem}`));
                      },
                    }),
                  ]}
                >
                  <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="trackingNumber" label={t('intake.paper.trackingNumber')} rules={[{ max: 100 }]}>
                  <Input />
                </Form.Item>
              </Col>
            </>
          ) : null}
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="name" label={postal ? t('intake.paper.senderName') : t('intake.paper.requesterName')} rules={[required(postal ? t('intake.paper.senderName') : t('intake.paper.requesterName')), { max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="phone"
              label={t('intake.paper.phone')}
              rules={[
                ...(channel === 'phone' ? [{ required: true, whitespace: true, message: t('intake.validation.phoneRequired') }] : []),
                { validator: async (_, v?: string) => (v?.trim() && !isValidMainlandPhone(v) ? Promise.reject(new Error(t('intake.validation.phone'))) : undefined) },
              ]}
            >
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="email" label={t('intake.paper.email')} rules={[{ validator: async (_, v?: string) => (v?.trim() && !isValidEmail(v) ? Promise.reject(new Error(t('intake.validation.email'))) : undefined) }]}>
              <Input inputMode="email" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="address" label={t('intake.paper.address')} rules={[...(postal ? [required(t('intake.paper.address'))] : []), { max: 500 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="postcode" label={t('intake.paper.postcode')} rules={[{ validator: async (_, v?: string) => (v?.trim() && !isValidPostcode(v) ? Promise.reject(new Error(t('intake.validation.postcode'))) : undefined) }]}>
              <Input inputMode="numeric" maxLength={6} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="requesterId" noStyle>
          <RequesterChoice name={name} phone={phone} email={email} />
        </Form.Item>
        <Form.Item name="requestText" label={t('intake.paper.requestText')} rules={[required(t('intake.paper.requestText')), { max: 20000 }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        <Form.Item name="subject" label={t('intake.paper.subject')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Row gutter={16} align="top">
          <Col xs={24} md={10}>
            <Form.Item
              name="requestType"
              label={t('intake.paper.requestType')}
              extra={
                suggestion.confidence === 'none'
                  ? t('intake.confidence.none')
                  : `${t('intake.paper.suggested', { type: t(`requestType.${suggestion.type}`), confidence: t(`intake.confidence.${suggestion.confidence}`) })} · ${t('intake.suggestion.triggers', { words: suggestion.triggers.join(t('intake.listSeparator')) })}`
              }
            >
              <Select<RequestType> onChange={() => setTypeTouched(true)} options={requestTypeIds.map((id) => ({ value: id, label: t(`requestType.${id}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="gdpr" valuePropName="checked" label=" " extra={eea.reasons.map((r) => t(`intake.eeaReason.${r.code}`, { evidence: r.evidence })).join(t('intake.listSeparator')) || undefined}>
              <Checkbox onChange={() => setGdprTouched(true)}>{t('intake.paper.gdpr')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="scans"
          label={t('intake.paper.scans')}
          dependencies={['channel']}
          rules={[({ getFieldValue }) => ({ validator: async (_, v?: Scan[]) => (getFieldValue('channel') === 'postal' && !v?.length ? Promise.reject(new Error(t('intake.validation.scanRequired'))) : undefined) })]}
        >
          <ScanField limitMb={limitMb ?? 50} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} disabled={!officer}>
            {t('intake.paper.submit')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setTypeTouched(false);
              setGdprTouched(false);
            }}
          >
            {t('intake.paper.reset')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
