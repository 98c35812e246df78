import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useText } from '../../i18n/useText';
import type { Breakdown } from './dashboardQueries';
import { STATE_COLOURS } from './StateCards';

interface Props {
  rows: readonly Breakdown[] | undefined;
  /** the first column's title: officer or request type */
  keyTitle: string;
  label: (key: string) => string;
  /** the accessible name of the button that opens a row's list */
  showLabel: (label: string) => string;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  /** draw each row's size as a bar under its name */
  withShare?: boolean;
}

/** A figure that is zero fades; one that needs attention takes its state's colour. */
function figure(value: number, colour?: string) {
  return <span style={{ color: value === 0 ? '#bfbfbf' : colour, fontWeight: value > 0 && colour ? 600 : undefined }}>{value}</span>;
}

/** Live cases per officer or per request type: running, paused, and the urgent among them. */
export function BreakdownTable({ rows, keyTitle, label, showLabel, selectedKey, onSelect, withShare }: Props) {
  const t = useText();
  const largest = Math.max(0, ...(rows ?? []).map((r) => r.open + r.paused));
  const columns: ColumnsType<Breakdown> = [
    {
      title: keyTitle,
      key: 'key',
      render: (_, row) => {
        const text = label(row.key);
        const share = largest === 0 ? 0 : (row.open + row.paused) / largest;
        return (
          <>
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', fontWeight: row.key === selectedKey ? 600 : undefined }}
              aria-label={showLabel(text)}
              aria-pressed={row.key === selectedKey}
              onClick={() => onSelect(row.key)}
            >
              {text}
            </Button>
            {withShare ? (
              // the row's size against the largest row, for the eye; the figures beside it say it in words
              <div aria-hidden style={{ background: '#f0f0f0', borderRadius: 2, height: 4, marginTop: 2 }}>
                <div style={{ background: '#1f5fa8', borderRadius: 2, height: 4, width: `${Math.round(share * 100)}%` }} />
              </div>
            ) : null}
          </>
        );
      },
    },
    // 88px: 72 broke the English "Overdue" inside the word (issue 14)
    { title: t('deadlines.dashboard.workload.open'), key: 'open', align: 'right', width: 88, render: (_, r) => figure(r.open) },
    { title: t('deadlines.dashboard.workload.paused'), key: 'paused', align: 'right', width: 88, render: (_, r) => figure(r.paused, STATE_COLOURS.paused) },
    { title: t('deadlines.dashboard.workload.overdue'), key: 'overdue', align: 'right', width: 88, render: (_, r) => figure(r.overdue, STATE_COLOURS.overdue) },
    { title: t('deadlines.dashboard.workload.dueToday'), key: 'dueToday', align: 'right', width: 88, render: (_, r) => figure(r.dueToday, STATE_COLOURS['due-today']) },
    { title: t('deadlines.dashboard.workload.dueSoon'), key: 'dueSoon', align: 'right', width: 112, render: (_, r) => figure(r.dueSoon, STATE_COLOURS['due-soon']) },
  ];
  return (
    <Table<Breakdown>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows as Breakdown[] | undefined}
      loading={!rows}
      pagination={false}
      tableLayout="fixed"
      locale={{ emptyText: <Typography.Text type="secondary">{t('deadlines.dashboard.workload.empty')}</Typography.Text> }}
    />
  );
}
