import { Col, Row, Skeleton, Typography } from 'antd';
import type { DeadlineRule } from '../../../shared/deadlines';
import type { UiLocale } from '../../../shared/platform/contract';
import { useAppSelector } from '../../app/store';
import { useText } from '../../i18n/useText';
import { selectLocale } from '../ui/uiSlice';
import { MonthChart, type MonthPoint } from './MonthChart';
import type { MonthFigures } from './responseFigures';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const days = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function monthName(month: string, locale: UiLocale): string {
  const date = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date);
}

/** The period the median is measured against: the rights-request rule, when it counts working days. */
function referencePeriod(rules: readonly DeadlineRule[]): number | undefined {
  const rule = rules.find((r) => r.id === 'rights-request');
  return rule?.unit === 'working-days' ? rule.amount : undefined;
}

interface Props {
  figures: readonly MonthFigures[] | undefined;
  rules: readonly DeadlineRule[];
}

/** On-time rate and median working days to respond, this month and the 12 before it. */
export function MonthlyCharts({ figures, rules }: Props) {
  const t = useText();
  const locale = useAppSelector(selectLocale);
  if (!figures) return <Skeleton active />;

  const points = (value: (f: MonthFigures) => number | undefined, text: (v: number) => string): MonthPoint[] =>
    figures.map((f, i) => {
      const v = value(f);
      return {
        month: f.month,
        // the first month shown and every January carry their year
        label: i === 0 || f.month.endsWith('-01') ? `${monthName(f.month, locale)} ${f.month.slice(0, 4)}` : monthName(f.month, locale),
        ...(v !== undefined ? { value: v } : {}),
        text: v === undefined ? '' : text(v),
        partial: f.partial,
      };
    });
  const summary = (title: string, value: (f: MonthFigures) => string | undefined) =>
    t('deadlines.dashboard.figures.summary', {
      title,
      data: figures
        .map((f) => {
          const month = f.partial ? t('deadlines.dashboard.figures.partialMonth', { month: f.month }) : f.month;
          return t('deadlines.dashboard.figures.point', { month, value: value(f) ?? t('deadlines.dashboard.figures.noneClosed') });
        })
        .join(locale === 'zh-CN' ? '；' : '; '),
    });

  const onTimeTitle = t('deadlines.dashboard.figures.onTimeRate');
  const medianTitle = t('deadlines.dashboard.figures.median');
  const reference = referencePeriod(rules);
  const highest = Math.max(0, ...figures.map((f) => f.medianWorkingDays ?? 0));
  const medianMax = Math.max(10, Math.ceil((Math.max(highest, reference ?? 0) * 1.15) / 5) * 5);
  const current = figures.at(-1);

  return (
    <section aria-labelledby="dashboard-figures-title">
      <Typography.Title level={2} id="dashboard-figures-title" style={{ fontSize: 16, marginTop: 0 }}>
        {t('deadlines.dashboard.figures.heading')}
      </Typography.Title>
      <Typography.Paragraph>
        {current && current.closed > 0
          ? t('deadlines.dashboard.figures.thisMonth', { count: current.closed, rate: percent(current.onTimeRate ?? 0), median: days(current.medianWorkingDays ?? 0) })
          : t('deadlines.dashboard.figures.thisMonthNone')}
      </Typography.Paragraph>
      <Row gutter={[24, 8]}>
        <Col span={24}>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {onTimeTitle}
          </Typography.Title>
          <MonthChart
            title={onTimeTitle}
            fileName="CaseDesk-on-time-rate"
            points={points((f) => f.onTimeRate, percent)}
            max={1}
            ticks={[0, 0.5, 1]}
            tickText={percent}
            colour="#389e0d"
            summary={summary(onTimeTitle, (f) => (f.onTimeRate === undefined ? undefined : t('deadlines.dashboard.figures.withCount', { value: percent(f.onTimeRate), count: f.closed })))}
          />
        </Col>
        <Col span={24}>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {medianTitle}
          </Typography.Title>
          <MonthChart
            title={medianTitle}
            fileName="CaseDesk-median-working-days"
            points={points((f) => f.medianWorkingDays, days)}
            max={medianMax}
            ticks={Array.from({ length: medianMax / 5 + 1 }, (_, i) => i * 5)}
            tickText={String}
            colour="#1f5fa8"
            summary={summary(medianTitle, (f) => (f.medianWorkingDays === undefined ? undefined : t('deadlines.dashboard.figures.workingDays', { n: days(f.medianWorkingDays) })))}
            {...(reference !== undefined ? { reference: { value: reference, label: t('deadlines.dashboard.figures.reference', { n: reference }) } } : {})}
          />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {t('deadlines.dashboard.figures.medianExplained')}
      </Typography.Paragraph>
    </section>
  );
}
