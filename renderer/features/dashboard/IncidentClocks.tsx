import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { WorkingDayCalendar } from '../../../shared/calendar';
import type { Incident } from '../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { deriveObligations, type Obligation } from '../../../shared/incidents';
import { database } from '../../db/database';
import { listIncidents } from '../../db/incidents';
import { useText } from '../../i18n/useText';
import { Countdown } from '../incidents/obligations/Countdown';
import { useNow } from '../incidents/useNow';
import '../cases/dueUrgency.css';

interface ClockRow {
  key: string;
  incident: Incident;
  obligation: Obligation;
}

/** Every open obligation of every incident, the first deadline first; those due "immediately" (no hour) after them. */
export function openIncidentClocks(incidents: readonly Incident[], calendar: WorkingDayCalendar, now: number): ClockRow[] {
  const rows: ClockRow[] = [];
  for (const incident of incidents) {
    for (const obligation of deriveObligations(incident, calendar, now)) {
      if (obligation.state === 'due' || obligation.state === 'late') rows.push({ key: `${incident.id}:${obligation.id}`, incident, obligation });
    }
  }
  const at = (r: ClockRow) => (r.obligation.dueAt ? Date.parse(r.obligation.dueAt) : Number.POSITIVE_INFINITY);
  return rows.sort((a, b) => at(a) - at(b) || a.incident.reference.localeCompare(b.incident.reference));
}

/**
 * 安全事件时限 beside the case deadlines (issue 14): a breach's report due at
 * 10:30 matters to the manager as much as a case due today. The clocks are
 * the incident page's own (shared/incidents), updated every minute. An office
 * has tens of incidents, not thousands: they are read whole.
 */
export function IncidentClocks({ calendar }: { calendar: WorkingDayCalendar }) {
  const t = useText();
  const now = useNow();
  const incidents = useLiveQuery(() => listIncidents(database()), []);
  const rows = useMemo(() => (incidents ? openIncidentClocks(incidents, calendar, now) : undefined), [incidents, calendar, now]);

  const columns: ColumnsType<ClockRow> = [
    { title: t('deadlines.dashboard.incidents.incident'), key: 'incident', width: 140, render: (_, r) => <Link to={`/incidents/${r.incident.id}`}>{r.incident.reference}</Link> },
    { title: t('deadlines.dashboard.incidents.obligation'), key: 'obligation', width: 260, render: (_, r) => t(`incidents.obligation.name.${r.obligation.id}`) },
    {
      title: t('deadlines.dashboard.incidents.dueAt'),
      key: 'dueAt',
      width: 150,
      render: (_, r) => (r.obligation.dueAt ? shanghaiDateTime(r.obligation.dueAt) : t('deadlines.dashboard.incidents.immediately')),
    },
    { title: t('deadlines.dashboard.incidents.left'), key: 'left', width: 180, render: (_, r) => <Countdown obligation={r.obligation} now={now} /> },
  ];

  return (
    <Card size="small" style={{ marginTop: 16 }} title={<h2 className="pane-title" id="dashboard-incidents-title">{t('deadlines.dashboard.incidents.heading')}</h2>}>
      <section aria-labelledby="dashboard-incidents-title">
        {rows && rows.length === 0 ? (
          <Typography.Text type="secondary">{t('deadlines.dashboard.incidents.none')}</Typography.Text>
        ) : (
          <Table<ClockRow>
            size="small"
            rowKey="key"
            columns={columns}
            dataSource={rows ?? []}
            loading={!rows}
            pagination={false}
            rowClassName={(r) => (r.obligation.state === 'late' ? 'casedesk-due-overdue' : '')}
            scroll={{ x: 730 }}
          />
        )}
      </section>
    </Card>
  );
}
