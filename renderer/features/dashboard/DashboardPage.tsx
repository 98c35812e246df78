import { CalendarOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Spin, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useText } from '../../i18n/useText';
import { BreakdownTable } from './BreakdownTable';
import { CaseListPanel } from './CaseListPanel';
import { formatSelection, LIST_PARAM, parseSelection, sameSelection, selectionSlug, type ListSelection } from './dashboardLists';
import { DueDateCalendar } from './DueDateCalendar';
import { IncidentClocks } from './IncidentClocks';
import { MonthlyCharts } from './MonthlyCharts';
import { StateCards } from './StateCards';
import { useDashboardBasis, useDueCounts, useResponseFigures, useSelectedCases, useShanghaiToday, useStateCounts, useWorkload } from './useDashboardData';
import { useDashboardExports } from './useDashboardExports';
import './dashboard.css';

/**
 * 期限看板 (SPEC §3), for the legal manager: what is overdue, due today, due
 * soon, paused or on track, each a click away from its cases; who carries
 * what; which requests; a month of due dates on the official calendar; and
 * the monthly on-time rate and response time.
 */
export function DashboardPage() {
  const t = useText();
  const today = useShanghaiToday();
  const basis = useDashboardBasis();
  const range = basis?.window;
  const counts = useStateCounts(range);
  const load = useWorkload(range);
  const figures = useResponseFigures(basis);
  const [[year, month], setMonth] = useState(() => [Number(today.slice(0, 4)), Number(today.slice(5, 7))] as const);
  const dueCounts = useDueCounts(year, month);
  const exports = useDashboardExports(today);

  // the open list lives in the URL: back returns to the previous one
  const [params, setParams] = useSearchParams();
  const selection = parseSelection(params.get(LIST_PARAM));
  const listed = useSelectedCases(selection, range);
  const rows = listed && selection && listed.key === formatSelection(selection) ? listed.rows : undefined;
  const select = (next: ListSelection | undefined) => setParams(next ? { [LIST_PARAM]: formatSelection(next) } : {});
  const toggle = (next: ListSelection) => select(sameSelection(selection, next) ? undefined : next);

  if (!basis) return <Spin />;

  const listTitle = (s: ListSelection): string => {
    switch (s.kind) {
      case 'state':
        return t('deadlines.dashboard.list.title.state', { state: t(`deadlines.state.${s.state}`) });
      case 'officer':
        return t('deadlines.dashboard.list.title.officer', { name: s.name || t('deadlines.dashboard.workload.unassigned') });
      case 'type':
        return t('deadlines.dashboard.list.title.type', { type: t(`requestType.${s.type}`) });
      case 'day':
        return t('deadlines.dashboard.list.title.day', { date: s.date });
    }
  };

  return (
    <section aria-labelledby="dashboard-title">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="start" wrap>
        <div>
          <Typography.Title level={3} id="dashboard-title" style={{ margin: 0 }}>
            {t('deadlines.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('deadlines.dashboard.today', { date: today })} · {t('deadlines.dashboard.calendarVersion', { version: basis.context.calendarData.version })}
          </Typography.Text>
        </div>
        <Tooltip title={t('deadlines.dashboard.export.icsHint')}>
          <Button icon={<CalendarOutlined />} onClick={() => void exports.exportDueDates()} loading={exports.busy === 'ics'}>
            {t('deadlines.dashboard.export.ics')}
          </Button>
        </Tooltip>
      </Space>

      <StateCards counts={counts} selected={selection?.kind === 'state' ? selection.state : undefined} onSelect={(state) => toggle({ kind: 'state', state })} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 0' }}>
        {t('deadlines.dashboard.countedBy')}
      </Typography.Paragraph>

      {selection ? (
        <CaseListPanel
          title={listTitle(selection)}
          rows={rows}
          calendar={basis.context.calendar}
          window={basis.window}
          today={today}
          onClose={() => select(undefined)}
          onExport={() => rows && void exports.exportList(rows.map((r) => r.case), selectionSlug(selection))}
          exporting={exports.busy === 'xlsx'}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('deadlines.dashboard.list.hint')}
        </Typography.Paragraph>
      )}

      <IncidentClocks calendar={basis.context.calendar} />

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 className="pane-title">{t('deadlines.dashboard.workload.heading')}</h2>}>
            <BreakdownTable
              rows={load?.byOfficer}
              keyTitle={t('deadlines.dashboard.workload.officer')}
              label={(name) => name || t('deadlines.dashboard.workload.unassigned')}
              showLabel={(name) => t('deadlines.dashboard.workload.show', { name })}
              selectedKey={selection?.kind === 'officer' ? selection.name : undefined}
              onSelect={(name) => toggle({ kind: 'officer', name })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 className="pane-title">{t('deadlines.dashboard.types.heading')}</h2>}>
            <BreakdownTable
              rows={load?.byType}
              keyTitle={t('deadlines.dashboard.types.type')}
              label={(type) => t(`requestType.${type}` as 'requestType.other')}
              showLabel={(type) => t('deadlines.dashboard.types.show', { type })}
              selectedKey={selection?.kind === 'type' ? selection.type : undefined}
              onSelect={(type) => {
                const parsed = parseSelection(`type:${type}`);
                if (parsed) toggle(parsed);
              }}
              withShare
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small">
            <DueDateCalendar
              calendar={basis.context.calendar}
              today={today}
              year={year}
              month={month}
              onMonthChange={(y, m) => setMonth([y, m])}
              counts={dueCounts}
              selectedDate={selection?.kind === 'day' ? selection.date : undefined}
              onSelect={(date) => toggle({ kind: 'day', date })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small">
            <MonthlyCharts figures={figures} rules={basis.context.rules} />
          </Card>
        </Col>
      </Row>
    </section>
  );
}
