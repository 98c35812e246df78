import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Incident } from '../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { deriveObligations, effectiveGrade, groupDigits, gradingCount, nextDeadline } from '../../../shared/incidents';
import { database } from '../../db/database';
import { listIncidents } from '../../db/incidents';
import { useText } from '../../i18n/useText';
import { useDeadlineContext } from '../deadlines/useDeadlineContext';
import { GradeTag } from './GradeTag';
import { NewIncidentModal } from './NewIncidentModal';
import { Countdown } from './obligations/Countdown';
import { useNow } from './useNow';

/** 安全事件: every incident, newest first, with the deadline that comes next and its live clock. */
export function IncidentListPage() {
  const t = useText();
  const incidents = useLiveQuery(() => listIncidents(database()), []);
  const context = useDeadlineContext();
  const now = useNow();
  const [creating, setCreating] = useState(false);

  const cellRole = () => ({ role: 'cell' });
  const columns: ColumnsType<Incident> = [
    { title: t('incidents.list.column.reference'), key: 'reference', width: 140, onCell: cellRole, render: (_, i) => <Link to={`/incidents/${i.id}`}>{i.reference}</Link> },
    { title: t('incidents.list.column.title'), key: 'title', ellipsis: true, onCell: cellRole, render: (_, i) => i.title },
    { title: t('incidents.list.column.discoveredAt'), key: 'discoveredAt', width: 150, onCell: cellRole, render: (_, i) => shanghaiDateTime(i.discoveredAt) },
    { title: t('incidents.list.column.grade'), key: 'grade', width: 150, onCell: cellRole, render: (_, i) => <GradeTag grade={effectiveGrade(i)} confirmed={!!i.gradeDecision} /> },
    {
      title: t('incidents.list.column.people'),
      key: 'people',
      width: 130,
      onCell: cellRole,
      render: (_, i) => {
        const count = gradingCount(i.peopleAffected);
        return count === undefined ? '—' : groupDigits(count);
      },
    },
    {
      title: t('incidents.list.column.next'),
      key: 'next',
      width: 300,
      onCell: cellRole,
      render: (_, i) => {
        if (!context) return null;
        const next = nextDeadline(deriveObligations(i, context.calendar, now));
        if (!next) return <Typography.Text type="secondary">{t('incidents.list.noDeadline')}</Typography.Text>;
        return (
          <Space size={6} wrap>
            <Tag>{t(`incidents.obligation.name.${next.id}`)}</Tag>
            <Countdown obligation={next} now={now} />
          </Space>
        );
      },
    },
  ];

  return (
    <section aria-labelledby="incident-list-title">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} id="incident-list-title" style={{ margin: 0 }}>
          {t('incidents.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('incidents.list.new')}
        </Button>
      </Space>
      <Table<Incident>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={incidents ?? []}
        loading={incidents === undefined}
        pagination={false}
        locale={{ emptyText: t('incidents.list.empty') }}
      />
      <NewIncidentModal open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}
