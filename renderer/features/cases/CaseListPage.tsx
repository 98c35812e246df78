import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { caseStatusIds } from '../../../shared/domain/case';
import { requestTypeIds } from '../../../shared/domain/requestTypes';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { useAppDispatch, useAppSelector } from '../../app/store';
import type { CaseListRow } from '../../db/cases';
import { useViewportHeight } from '../../hooks/useViewportHeight';
import { useText } from '../../i18n/useText';
import {
  filtersCleared,
  requestTypeFilterChanged,
  searchTextChanged,
  selectCaseListFilter,
  statusFilterChanged,
  type CaseListFilter,
} from './caseListSlice';
import { filterCaseRows } from './filterCases';
import { StatusTag } from './StatusTag';
import { useCaseList } from './useCaseList';

/** 案件: every case, filterable, in a virtualised table that stays smooth at 50,000 rows. */
export function CaseListPage() {
  const t = useText();
  const dispatch = useAppDispatch();
  const filter = useAppSelector(selectCaseListFilter);
  const list = useCaseList();
  const rows = list?.rows;
  const viewportHeight = useViewportHeight();
  // typing stays responsive: the table catches up with the search text a frame later
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => (rows ? filterCaseRows(rows, deferredFilter) : []), [rows, deferredFilter]);

  const cellRole = () => ({ role: 'cell' });
  const columns: ColumnsType<CaseListRow> = [
    {
      title: t('cases.column.reference'),
      key: 'reference',
      onCell: cellRole,
      width: 150,
      render: (_, row) => <Link to={`/cases/${row.case.id}`}>{row.case.reference}</Link>,
    },
    { title: t('cases.column.receivedAt'), key: 'receivedAt', onCell: cellRole, width: 150, render: (_, row) => shanghaiDateTime(row.case.receivedAt) },
    {
      title: t('cases.column.requester'),
      key: 'requester',
      onCell: cellRole,
      width: 180,
      ellipsis: true,
      render: (_, row) => (
        <Space size={4}>
          {row.requesterName}
          {row.case.gdpr ? <Tag color="blue">{t('cases.gdpr')}</Tag> : null}
          {row.case.needsReview ? <Tag color="red">{t('cases.needsReview')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('cases.column.type'), key: 'type', onCell: cellRole, width: 160, ellipsis: true, render: (_, row) => t(`requestType.${row.case.requestType}`) },
    { title: t('cases.column.status'), key: 'status', onCell: cellRole, width: 100, render: (_, row) => <StatusTag status={row.case.status} /> },
    { title: t('cases.column.stage'), key: 'stage', onCell: cellRole, width: 140, render: (_, row) => t(`caseStage.${row.case.stage}`) },
    { title: t('cases.column.assignee'), key: 'assignee', onCell: cellRole, width: 100, render: (_, row) => row.case.assignee },
    { title: t('cases.column.dueDate'), key: 'dueDate', onCell: cellRole, width: 120, render: (_, row) => row.case.dueDate ?? '—' },
  ];

  return (
    <section aria-labelledby="case-list-title">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} id="case-list-title" style={{ margin: 0 }}>
          {t('cases.title')}
        </Typography.Title>
        <Typography.Text type="secondary" aria-live="polite">
          {list ? (list.complete ? t('cases.shown', { shown: shown.length, total: list.total }) : t('cases.loadingMore', { loaded: list.rows.length, total: list.total })) : t('common.loading')}
        </Typography.Text>
      </Space>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          aria-label={t('cases.searchLabel')}
          placeholder={t('cases.searchPlaceholder')}
          value={filter.text}
          onChange={(e) => dispatch(searchTextChanged(e.target.value))}
          style={{ width: 320 }}
        />
        <Select<CaseListFilter['status']>
          aria-label={t('cases.statusFilter')}
          value={filter.status}
          onChange={(v) => dispatch(statusFilterChanged(v))}
          style={{ width: 140 }}
          options={[{ value: 'all', label: t('cases.all') }, ...caseStatusIds.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))]}
        />
        <Select<CaseListFilter['requestType']>
          aria-label={t('cases.typeFilter')}
          value={filter.requestType}
          onChange={(v) => dispatch(requestTypeFilterChanged(v))}
          style={{ width: 200 }}
          options={[{ value: 'all', label: t('cases.all') }, ...requestTypeIds.map((r) => ({ value: r, label: t(`requestType.${r}`) }))]}
        />
        <Button onClick={() => dispatch(filtersCleared())}>{t('cases.clearFilters')}</Button>
      </Space>
      <Table<CaseListRow>
        virtual
        // the virtualised body renders plain elements: give rows and cells their table roles back
        onRow={() => ({ role: 'row' })}
        size="small"
        rowKey={(row) => row.case.id}
        columns={columns}
        dataSource={shown as CaseListRow[]}
        loading={!rows}
        pagination={false}
        scroll={{ x: 1100, y: Math.max(240, viewportHeight - 250) }}
        locale={{ emptyText: t('cases.empty') }}
      />
    </section>
  );
}
