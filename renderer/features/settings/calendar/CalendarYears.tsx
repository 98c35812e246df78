import { Button, Table, Tag } from 'antd';
import type { CalendarData, WorkingDayCalendar } from '../../../../shared/calendar';
import { useText } from '../../../i18n/useText';

interface YearRow {
  year: number;
  published: boolean;
  holidays: number;
  makeUpWorkdays: number;
}

/**
 * Every year the calendar has, plus this year and next (SPEC §3: a year
 * without the State Council's schedule is computed on weekdays alone, and
 * says so), each with its published state and the action that changes it.
 */
export function CalendarYears(props: { data: CalendarData; calendar: WorkingDayCalendar; thisYear: number; onPublish: (year: number, published: boolean) => void; disabled: boolean }) {
  const { data, calendar, thisYear, onPublish, disabled } = props;
  const t = useText();
  const years = [...new Set([...Object.keys(data.years).map(Number), thisYear, thisYear + 1])].sort((a, b) => a - b);
  const rows: YearRow[] = years.map((year) => {
    const schedule = data.years[String(year)];
    return { year, published: calendar.isPublishedYear(year), holidays: schedule?.holidays.length ?? 0, makeUpWorkdays: schedule?.makeUpWorkdays.length ?? 0 };
  });
  return (
    <Table<YearRow>
      size="small"
      rowKey="year"
      pagination={false}
      aria-label={t('settings.calendar.years')}
      dataSource={rows}
      columns={[
        { title: t('settings.calendar.year'), dataIndex: 'year', width: 70 },
        {
          title: t('settings.calendar.schedule'),
          key: 'published',
          render: (_, r) =>
            r.published ? <Tag color="green">{t('settings.calendar.published')}</Tag> : <Tag color="orange" style={{ whiteSpace: 'normal' }}>{t('settings.calendar.unpublished')}</Tag>,
        },
        { title: t('settings.calendar.holidayCount'), key: 'holidays', width: 90, render: (_, r) => t('settings.calendar.days', { n: r.holidays }) },
        { title: t('settings.calendar.makeUpCount'), key: 'makeUp', width: 110, render: (_, r) => t('settings.calendar.days', { n: r.makeUpWorkdays }) },
        {
          title: t('settings.calendar.actions'),
          key: 'action',
          width: 130,
          render: (_, r) => (
            <Button
              size="small"
              disabled={disabled}
              aria-label={r.published ? t('settings.calendar.markUnpublishedLabel', { year: r.year }) : t('settings.calendar.markPublishedLabel', { year: r.year })}
              onClick={() => onPublish(r.year, !r.published)}
            >
              {r.published ? t('settings.calendar.markUnpublished') : t('settings.calendar.markPublished')}
            </Button>
          ),
        },
      ]}
    />
  );
}
