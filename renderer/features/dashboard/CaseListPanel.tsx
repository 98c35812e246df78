import { CloseOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { workingDaysBetween, type WorkingDayCalendar } from '../../../shared/calendar';
import type { Case } from '../../../shared/domain/case';
import { maskName } from '../../../shared/domain/requester';
import { shanghaiDateTime, type LocalDate } from '../../../shared/domain/time';
import type { Translate } from '../../../shared/i18n/messages';
import { useText } from '../../i18n/useText';
import type { CaseListRow } from '../../db/caseList';
import { StatusTag } from '../cases/StatusTag';
import { DueUrgencyTag, dueRowClassName } from '../cases/DueUrgencyTag';
import { dueUrgency, type DueWindow } from './dashboardQueries';

/** Above this many rows the table renders only what is on screen. */
const VIRTUAL_FROM = 300;

interface Props {
  title: string;
  rows: readonly CaseListRow[] | undefined;
  calendar: WorkingDayCalendar;
  window: DueWindow;
  today: LocalDate;
  onClose: () => void;
  onExport: () => void;
  exporting: boolean;
}

/** 剩余 n 个工作日 / 今日到期 / 逾期 n 个工作日, counted to the legal date; a paused clock shows none. */
function daysLeftText(c: Case, calendar: WorkingDayCalendar, today: LocalDate, t: Translate): string {
  if (c.status !== 'open' || c.stage === 'answered' || c.dueDate === undefined) return '—';
  if (c.dueDate === today) return t('deadlines.daysLeft.today');
  const n = workingDaysBetween(calendar, today, c.dueDate).value;
  return c.dueDate < today ? t('deadlines.daysLeft.overdue', { n: Math.max(1, -n) }) : t('deadlines.daysLeft.left', { n });
}

/** The cases behind a count, an officer, a type or a day: each a link to its case, exportable for auditors. */
export function CaseListPanel({ title, rows, calendar, window, today, onClose, onExport, exporting }: Props) {
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  // a list opened from further down the page (the calendar) comes into view, and the reader's focus with it
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, [title]);

  const columns: ColumnsType<CaseListRow> = [
    {
      title: t('deadlines.dashboard.list.reference'),
      key: 'reference',
      width: 140,
      render: (_, { case: c }) => <Link to={`/cases/${c.id}`}>{c.reference}</Link>,
    },
    // issue 14: who asked and when, beside the date (the requester masked, as in the auditors' export)
    { title: t('deadlines.dashboard.list.requester'), key: 'requester', width: 110, ellipsis: true, render: (_, r) => maskName(r.requesterName) || '—' },
    { title: t('deadlines.dashboard.list.receivedAt'), key: 'receivedAt', width: 140, render: (_, { case: c }) => shanghaiDateTime(c.receivedAt) },
    {
      title: t('deadlines.dashboard.list.dueDate'),
      key: 'dueDate',
      width: 240,
      render: (_, { case: c }) => (
        <Space size={4} wrap>
          <span>{c.dueDate ?? '—'}</span>
          <DueUrgencyTag urgency={dueUrgency(c, window)} />
          {c.stage === 'answered' ? <Tag color="cyan">{t('deadlines.state.answered')}</Tag> : null}
          {c.status === 'paused' ? <Tag color="purple">{t('deadlines.dashboard.list.provisional')}</Tag> : null}
          {c.targetDate && (!c.dueDate || c.targetDate < c.dueDate) ? <Tag>{t('deadlines.dashboard.list.targetDate', { date: c.targetDate })}</Tag> : null}
        </Space>
      ),
    },
    { title: t('deadlines.dashboard.list.daysLeft'), key: 'daysLeft', width: 150, render: (_, { case: c }) => daysLeftText(c, calendar, today, t) },
    { title: t('deadlines.dashboard.list.assignee'), key: 'assignee', width: 100, render: (_, { case: c }) => c.assignee || t('deadlines.dashboard.workload.unassigned') },
    { title: t('deadlines.dashboard.list.type'), key: 'type', width: 160, ellipsis: true, render: (_, { case: c }) => t(`requestType.${c.requestType}`) },
    { title: t('deadlines.dashboard.list.status'), key: 'status', width: 100, render: (_, { case: c }) => <StatusTag status={c.status} stage={c.stage} merged={c.mergedInto !== undefined} /> },
  ];

  return (
    <Card size="small" style={{ marginTop: 16 }}>
      <section aria-labelledby="dashboard-list-title">
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
          <Space align="baseline" size="middle">
            <Typography.Title level={2} id="dashboard-list-title" ref={heading} tabIndex={-1} style={{ fontSize: 16, margin: 0, outline: 'none' }}>
              {title}
            </Typography.Title>
            <Typography.Text type="secondary" aria-live="polite" data-testid="list-count">
              {rows ? t('deadlines.dashboard.list.count', { count: rows.length }) : t('common.loading')}
            </Typography.Text>
          </Space>
          <Space>
            <Button icon={<FileExcelOutlined />} onClick={onExport} loading={exporting} disabled={!rows || rows.length === 0}>
              {t('deadlines.dashboard.export.xlsx')}
            </Button>
            <Button icon={<CloseOutlined />} aria-label={t('deadlines.dashboard.list.close')} onClick={onClose} />
          </Space>
        </Space>
        <Table<CaseListRow>
          size="small"
          rowKey={(r) => r.case.id}
          columns={columns}
          dataSource={rows as CaseListRow[] | undefined}
          loading={!rows}
          pagination={false}
          rowClassName={(r) => dueRowClassName(dueUrgency(r.case, window))}
          virtual={(rows?.length ?? 0) > VIRTUAL_FROM}
          scroll={{ x: 1160, y: 420 }}
          locale={{ emptyText: t('deadlines.dashboard.list.empty') }}
        />
      </section>
    </Card>
  );
}
