import { Card, Skeleton, Typography } from 'antd';
import { useText } from '../../i18n/useText';
import { dashboardStateIds, type DashboardState, type StateCounts } from './dashboardQueries';

/** The state colours of SPEC §3, the same hues as the case page's state tag. */
export const STATE_COLOURS: Record<DashboardState, string> = {
  overdue: '#cf1322',
  'due-today': '#d46b08',
  'due-soon': '#ad8b00',
  paused: '#722ed1',
  'on-track': '#389e0d',
  answered: '#08979c',
};

interface Props {
  counts: StateCounts | undefined;
  selected: DashboardState | undefined;
  onSelect: (state: DashboardState) => void;
}

/** The counts of the cards; each is a button that opens the list of its cases. */
export function StateCards({ counts, selected, onSelect }: Props) {
  const t = useText();
  return (
    <section aria-labelledby="dashboard-counts-title">
      <Typography.Title level={2} id="dashboard-counts-title" className="casedesk-visually-hidden">
        {t('deadlines.dashboard.countsHeading')}
      </Typography.Title>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: 12 }}>
        {dashboardStateIds.map((state) => {
          const label = t(`deadlines.state.${state}`);
          const count = counts?.[state];
          const isSelected = selected === state;
          return (
            <button
              key={state}
              type="button"
              className="casedesk-dashboard-button"
              aria-pressed={isSelected}
              aria-label={count === undefined ? label : t('deadlines.dashboard.cardAction', { state: label, count })}
              onClick={() => onSelect(state)}
            >
              <Card
                size="small"
                hoverable
                style={{
                  borderTop: `4px solid ${STATE_COLOURS[state]}`,
                  boxShadow: isSelected ? `0 0 0 2px ${STATE_COLOURS[state]}` : undefined,
                  height: '100%',
                }}
              >
                <Typography.Text type="secondary">{label}</Typography.Text>
                {count === undefined ? (
                  <Skeleton.Input active size="small" style={{ display: 'block', marginTop: 8 }} />
                ) : (
                  <div data-testid={`count-${state}`} style={{ fontSize: 32, fontWeight: 600, lineHeight: 1.3, color: count > 0 ? STATE_COLOURS[state] : '#8c8c8c' }}>
                    {count}
                  </div>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`deadlines.dashboard.cardHint.${state}`)}
                </Typography.Text>
              </Card>
            </button>
          );
        })}
      </div>
      {counts && counts.undated > 0 ? (
        <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('deadlines.dashboard.undated', { count: counts.undated })}
        </Typography.Paragraph>
      ) : null}
    </section>
  );
}
