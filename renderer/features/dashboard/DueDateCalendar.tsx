import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { monthDays, type MonthDay, type WorkingDayCalendar } from '../../../shared/calendar';
import type { LocalDate } from '../../../shared/domain/time';
import { useAppSelector } from '../../app/store';
import { useText } from '../../i18n/useText';
import { selectLocale } from '../ui/uiSlice';

interface Props {
  calendar: WorkingDayCalendar;
  today: LocalDate;
  year: number;
  month: number;
  onMonthChange: (year: number, month: number) => void;
  /** running cases due per day of the month; undefined while counting */
  counts: ReadonlyMap<LocalDate, number> | undefined;
  selectedDate: LocalDate | undefined;
  onSelect: (date: LocalDate) => void;
}

/** Monday first, as office calendars in China are printed. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

function weeksOf(days: readonly MonthDay[]): (MonthDay | undefined)[][] {
  const lead = ((days[0]?.weekday ?? 1) + 6) % 7;
  const cells: (MonthDay | undefined)[] = [...Array<undefined>(lead).fill(undefined), ...days];
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks: (MonthDay | undefined)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

function shift(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + month - 1 + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * 到期日历: the month's days with the official calendar's marks — 休 on a
 * statutory holiday, 班 on a make-up working day (调休) — and how many
 * running cases fall due on each; a day with cases opens their list.
 */
export function DueDateCalendar({ calendar, today, year, month, onMonthChange, counts, selectedDate, onSelect }: Props) {
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const { value: days, unpublishedYears } = monthDays(calendar, year, month);
  const monthTitle = t('deadlines.dashboard.calendar.month', { year, month });

  const dayLabel = (day: MonthDay, count: number) => {
    const special = day.kind === 'holiday' || day.kind === 'make-up-workday';
    const kind = special ? `${t(`deadlines.dayKind.${day.kind}`)}${day.name ? ` ${locale === 'zh-CN' ? day.name.zh : day.name.en}` : ''}` : '';
    return (
      t('deadlines.dashboard.calendar.dayLabel', { date: day.date, weekday: t(`deadlines.weekday.${day.weekday}` as 'deadlines.weekday.0') }) +
      (kind ? t('deadlines.dashboard.calendar.dayKind', { kind }) : '') +
      (count > 0 ? t('deadlines.dashboard.calendar.dayDue', { count }) : '')
    );
  };

  const cell = (day: MonthDay | undefined, i: number) => {
    if (!day) return <td key={`blank-${i}`} />;
    const count = counts?.get(day.date) ?? 0;
    const classes = [
      'casedesk-day',
      day.kind === 'rest-day' ? 'rest' : day.kind === 'holiday' ? 'holiday' : day.kind === 'make-up-workday' ? 'make-up' : '',
      day.date === today ? 'today' : '',
      day.date === selectedDate ? 'selected' : '',
    ].join(' ');
    const content = (
      <>
        <span aria-hidden>{Number(day.date.slice(8))}</span>
        {day.kind === 'holiday' ? (
          <span aria-hidden className="casedesk-day-mark holiday" title={day.name ? (locale === 'zh-CN' ? day.name.zh : day.name.en) : undefined}>
            {t('deadlines.dashboard.calendar.holiday')}
          </span>
        ) : day.kind === 'make-up-workday' ? (
          <span aria-hidden className="casedesk-day-mark make-up">
            {t('deadlines.dashboard.calendar.makeUp')}
          </span>
        ) : null}
        {count > 0 ? (
          <div aria-hidden>
            <span className={`casedesk-day-count${day.date < today ? ' overdue' : ''}`}>{t('deadlines.dashboard.calendar.dueCount', { count })}</span>
          </div>
        ) : null}
      </>
    );
    return (
      <td key={day.date}>
        {count > 0 ? (
          <button type="button" className={`casedesk-dashboard-button ${classes}`} style={{ width: '100%', borderRadius: 0 }} aria-label={dayLabel(day, count)} aria-pressed={day.date === selectedDate} onClick={() => onSelect(day.date)}>
            {content}
          </button>
        ) : (
          <div className={classes} role="img" aria-label={dayLabel(day, 0)}>
            {content}
          </div>
        )}
      </td>
    );
  };

  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return (
    <section aria-labelledby="dashboard-calendar-title">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={2} id="dashboard-calendar-title" style={{ fontSize: 16, margin: 0 }}>
          {t('deadlines.dashboard.calendar.heading')}
        </Typography.Title>
        <Space size={4}>
          <Button size="small" icon={<LeftOutlined />} aria-label={t('deadlines.dashboard.calendar.previous')} onClick={() => onMonthChange(...shift(year, month, -1))} />
          <Typography.Text strong aria-live="polite" style={{ minWidth: 96, textAlign: 'center', display: 'inline-block' }}>
            {monthTitle}
          </Typography.Text>
          <Button size="small" icon={<RightOutlined />} aria-label={t('deadlines.dashboard.calendar.next')} onClick={() => onMonthChange(...shift(year, month, 1))} />
          <Button size="small" autoInsertSpace={false} disabled={year === thisYear && month === thisMonth} onClick={() => onMonthChange(thisYear, thisMonth)}>
            {t('deadlines.dashboard.calendar.thisMonth')}
          </Button>
        </Space>
      </Space>
      {unpublishedYears.length > 0 ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('deadlines.dashboard.calendar.unpublished', { year })} /> : null}
      <table className="casedesk-month" aria-label={monthTitle}>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" abbr={t(`deadlines.weekday.${d}`)}>
                {t(`deadlines.dashboard.weekdayShort.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(days).map((week, w) => (
            <tr key={w}>{week.map((day, i) => cell(day, w * 7 + i))}</tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 6, marginBottom: 0 }}>
        {t('deadlines.dashboard.calendar.legend')}
      </Typography.Paragraph>
    </section>
  );
}
