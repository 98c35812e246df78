import { Button, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { festivalName, toDayNumber, type CalendarDayEdit, type WorkingDayCalendar } from '../../../../shared/calendar';
import { useText } from '../../../i18n/useText';

type EditKind = CalendarDayEdit['kind'];

interface DayEditValues {
  date?: Dayjs | null;
  kind: EditKind;
  nameZh?: string;
  nameEn?: string;
}

/**
 * One day set by hand: a holiday, a make-up working day (调休上班, a weekend
 * day that is worked) or back to an ordinary day. It only builds the edit;
 * validation and the preview come after, as for an import.
 */
export function DayEditForm({ calendar, onPreview, onCancel }: { calendar: WorkingDayCalendar; onPreview: (edit: CalendarDayEdit) => void; onCancel: () => void }) {
  const t = useText();
  const [form] = Form.useForm<DayEditValues>();
  const kind = Form.useWatch('kind', form);
  const named = kind === 'holiday' || kind === 'make-up-workday';

  // a listed day opens with what the calendar says of it, ready to be changed
  const fillFromCalendar = (date: Dayjs | null) => {
    if (!date) return;
    const listed = calendar.specialDay(toDayNumber(date.format('YYYY-MM-DD')));
    form.setFieldsValue(listed ? { kind: listed.kind, nameZh: listed.entry.name.zh, nameEn: listed.entry.name.en } : { kind: 'ordinary', nameZh: '', nameEn: '' });
  };
  // 国庆节 → National Day: the English name of a known festival need not be typed
  const completeEnglish = () => {
    const zh = form.getFieldValue('nameZh')?.trim();
    if (!zh || form.getFieldValue('nameEn')?.trim()) return;
    const name = festivalName(zh);
    if (name.en !== zh) form.setFieldValue('nameEn', name.en);
  };

  return (
    <section aria-labelledby="day-edit-title" style={{ marginTop: 16 }}>
      <h3 id="day-edit-title" className="pane-title" style={{ marginBottom: 8 }}>
        {t('settings.dayEdit.title')}
      </h3>
      <Typography.Paragraph type="secondary">{t('settings.dayEdit.hint')}</Typography.Paragraph>
      <Form<DayEditValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'holiday' }}
        onFinish={(values) => {
          if (!values.date) return;
          const date = values.date.format('YYYY-MM-DD');
          const name = { zh: values.nameZh?.trim() ?? '', en: values.nameEn?.trim() ?? '' };
          onPreview(values.kind === 'ordinary' ? { date, kind: 'ordinary' } : { date, kind: values.kind, name });
        }}
      >
        <Form.Item name="date" label={t('settings.dayEdit.date')} rules={[{ required: true, message: t('settings.dayEdit.dateRequired') }]}>
          <DatePicker format="YYYY-MM-DD" onChange={fillFromCalendar} />
        </Form.Item>
        <Form.Item name="kind" label={<span id="day-edit-kind">{t('settings.dayEdit.kind')}</span>}>
          <Radio.Group aria-labelledby="day-edit-kind">
            <Space orientation="vertical" size={2}>
              <Radio value="holiday">{t('settings.dayEdit.kindHoliday')}</Radio>
              <Radio value="make-up-workday">{t('settings.dayEdit.kindMakeUp')}</Radio>
              <Radio value="ordinary">{t('settings.dayEdit.kindOrdinary')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {named ? (
          <Space wrap align="start">
            <Form.Item name="nameZh" label={t('settings.dayEdit.nameZh')} rules={[{ required: true, whitespace: true, message: t('settings.dayEdit.nameRequired') }, { max: 100 }]}>
              <Input onBlur={completeEnglish} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="nameEn" label={t('settings.dayEdit.nameEn')} rules={[{ required: true, whitespace: true, message: t('settings.dayEdit.nameRequired') }, { max: 100 }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
          </Space>
        ) : null}
        <Space>
          <Button type="primary" htmlType="submit">
            {t('settings.dayEdit.preview')}
          </Button>
          <Button onClick={onCancel}>{t('settings.dayEdit.cancel')}</Button>
        </Space>
      </Form>
    </section>
  );
}
