import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useId } from 'react';
import { monthDays, type MonthDay, type WorkingDayCalendar } from '../../../../shared/calendar';
import type { LocalDate } from '../../../../shared/domain/time';
import { useAppSelector } from '../../../app/store';
import { useText } from '../../../i18n/useText';
import { selectLocale } from '../../ui/uiSlice';
import { VisuallyHidden } from '../VisuallyHidden';
import { monthOf, shiftMonth, type YearMonth } from './yearMonth';

// Chinese wall calendars, and antd's zh-CN locale, start the week on Monday
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const HOLIDAY_RED = '#cf1322';
const MAKE_UP_BLUE = '#1f5fa8';
const CHANGED_ORANGE = '#d46b08';

function DayCell({ day, changed, today }: { day: MonthDay; changed: boolean; today: boolean }) {
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const listed = day.kind === 'holiday' || day.kind === 'make-up-workday';
  const name = day.name ? (locale === 'zh-CN' ? day.name.zh : day.name.en) : undefined;
  const off = day.kind === 'holiday' || day.kind === 'rest-day';
  const colour = day.kind === 'holiday' ? HOLIDAY_RED : day.kind === 'make-up-workday' ? MAKE_UP_BLUE : undefined;
  return (
    <td
      title={[day.date, t(`deadlines.dayKind.${day.kind}`), name].filter(Boolean).join(' · ')}
      style={{
        verticalAlign: 'top',
        height: 52,
        padding: 4,
        border: '1px solid #f0f0f0',
        background: day.kind === 'holiday' ? '#fff1f0' : day.kind === 'make-up-workday' ? '#e6f4ff' : off ? '#fafafa' : undefined,
        outline: changed ? `2px dashed ${CHANGED_ORANGE}` : undefined,
        outlineOffset: -3,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <span style={{ fontWeight: today ? 700 : 400, color: off && !colour ? '#8c8c8c' : undefined, textDecoration: today ? 'underline' : undefined }}>
          {Number(day.date.slice(8))}
        </span>
        {listed ? (
          <span aria-hidden style={{ color: '#fff', background: colour, borderRadius: 3, padding: '0 4px', fontSize: 12, lineHeight: '18px' }}>
            {day.kind === 'holiday' ? t('settings.month.holidayMark') : t('settings.month.makeUpMark')}
          </span>
        ) : null}
      </div>
      {name ? <div style={{ fontSize: 11, color: colour, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{name}</div> : null}
      {listed || changed ? (
        <VisuallyHidden>
          {listed ? t(`deadlines.dayKind.${day.kind}`) : ''}
          {changed ? ` ${t('settings.month.changed')}` : ''}
        </VisuallyHidden>
      ) : null}
    </td>
  );
}

/**
 * One month of the working-day calendar: holidays marked 休, make-up working
 * days 班, weekends greyed, and in a preview the days the change touches
 * outlined. A table, so that a screen reader can move by row and column.
 */
export function CalendarMonth(props: {
  calendar: WorkingDayCalendar;
  at: YearMonth;
  onChange: (at: YearMonth) => void;
  caption: string;
  today: LocalDate;
  changed?: ReadonlySet<LocalDate>;
}) {
  const { calendar, at, onChange, caption, today, changed } = props;
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const titleId = useId();
  const { value: days, unpublishedYears } = monthDays(calendar, at.year, at.month);
  const first = days[0];
  const lead = first ? (first.weekday + 6) % 7 : 0;
  const cells: (MonthDay | undefined)[] = [...Array.from({ length: lead }, () => undefined), ...days];
  while (cells.length % 7) cells.push(undefined);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const monthTitle = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(at.year, at.month - 1, 1));
  // 2024-01-07 was a Sunday: weekday w is that day plus w
  const weekdayName = (w: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + w));

  return (
    <section aria-label={t('settings.month.label')}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Text type="secondary">{caption}</Typography.Text>
        <Space size={4}>
          <Button size="small" icon={<LeftOutlined aria-hidden />} aria-label={t('settings.month.previous')} onClick={() => onChange(shiftMonth(at, -1))} />
          <Typography.Text strong id={titleId} style={{ minWidth: 96, display: 'inline-block', textAlign: 'center' }} aria-live="polite">
            {monthTitle}
          </Typography.Text>
          <Button size="small" icon={<RightOutlined aria-hidden />} aria-label={t('settings.month.next')} onClick={() => onChange(shiftMonth(at, 1))} />
          <Button size="small" onClick={() => onChange(monthOf(today))}>
            {t('settings.month.thisMonth')}
          </Button>
        </Space>
      </Space>
      <table aria-labelledby={titleId} style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <thead>
          <tr>
            {WEEK.map((w) => (
              <th key={w} scope="col" style={{ fontWeight: 400, color: '#8c8c8c', padding: 2, fontSize: 12 }}>
                {weekdayName(w)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((day, j) =>
                day ? <DayCell key={day.date} day={day} changed={changed?.has(day.date) ?? false} today={day.date === today} /> : <td key={`empty-${j}`} style={{ border: '1px solid #f0f0f0' }} />,
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Space size={16} wrap style={{ marginTop: 6, fontSize: 12 }}>
        <span>
          <span aria-hidden style={{ color: '#fff', background: HOLIDAY_RED, borderRadius: 3, padding: '0 4px' }}>{t('settings.month.holidayMark')}</span> {t('settings.month.legendHoliday')}
        </span>
        <span>
          <span aria-hidden style={{ color: '#fff', background: MAKE_UP_BLUE, borderRadius: 3, padding: '0 4px' }}>{t('settings.month.makeUpMark')}</span> {t('settings.month.legendMakeUp')}
        </span>
        {changed?.size ? (
          <span>
            <span aria-hidden style={{ display: 'inline-block', width: 14, height: 12, outline: `2px dashed ${CHANGED_ORANGE}`, outlineOffset: -2, verticalAlign: 'middle' }} /> {t('settings.month.legendChanged')}
          </span>
        ) : null}
      </Space>
      {unpublishedYears.length ? <Alert style={{ marginTop: 8 }} type="warning" showIcon title={t('settings.month.unpublished', { year: at.year })} /> : null}
    </section>
  );
}
