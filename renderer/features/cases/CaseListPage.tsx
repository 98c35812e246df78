import { Button, Checkbox, Flex, Input, Select, Space, Table, Tag, Typography, type InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ColumnsType } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { caseStatusIds } from '../../../shared/domain/case';
import { requestTypeIds } from '../../../shared/domain/requestTypes';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { useAppDispatch, useAppSelector } from '../../app/store';
import type { CaseListRow, CaseListSortColumn } from '../../db/caseList';
import { useViewportHeight } from '../../hooks/useViewportHeight';
import { useText } from '../../i18n/useText';
import { knownOfficers } from '../../db/caseAssignment';
import { database } from '../../db/database';
import { useOfficerName } from '../ui/useOfficer';
import { BulkActions } from './BulkActions';
import {
  assigneeFilterChanged,
  filtersCleared,
  overdueFilterToggled,
  requestTypeFilterChanged,
  searchTextChanged,
  selectCaseListFilter,
  sortChanged,
  statusFilterChanged,
  type CaseListFilter,
} from './caseListSlice';
import { dueUrgency, dueWindow, type DueWindow } from '../dashboard/dashboardQueries';
import { useDeadlineContext, useShanghaiToday } from '../deadlines/useDeadlineContext';
import { DueUrgencyTag, dueRowClassName } from './DueUrgencyTag';
import { StatusTag } from './StatusTag';
import { useCaseList } from './useCaseList';

const ALL = '\u0000all';
const UNASSIGNED = '\u0000unassigned';

/** A position in the list: its row once read, or a placeholder that asks for its window when shown. */
type ListItem = { index: number; row?: CaseListRow };

/** Shown for a row not read yet; asking for its window whenever the list changes while it is on screen. */
function PendingRow({ index, requestRow, listVersion }: { index: number; requestRow: (index: number) => void; listVersion: unknown }) {
  useEffect(() => requestRow(index), [index, requestRow, listVersion]);
  return <Typography.Text type="secondary">…</Typography.Text>;
}

/**
 * 案件: every case, filtered and sorted through the store's indexes and read
 * in windows as the officer scrolls (renderer/db/caseList.ts): the list never
 * holds every row, so it opens and scrolls the same at 200 or 50,000 cases.
 */
export function CaseListPage() {
  const t = useText();
  const dispatch = useAppDispatch();
  const filter = useAppSelector(selectCaseListFilter);
  // typing stays responsive: the query catches up with the search text a moment later
  const [text, setText] = useState(filter.text);
  const deferredText = useDeferredValue(text);
  useEffect(() => {
    if (deferredText !== filter.text) dispatch(searchTextChanged(deferredText));
  }, [deferredText, filter.text, dispatch]);
  const viewportHeight = useViewportHeight();
  // "/" goes to the search box, as in mail clients and code hosts (issue 14), unless the officer is typing somewhere
  const searchBox = useRef<InputRef>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '');
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      searchBox.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // issue 14: overdue, due today and due soon are coloured (with their word), counted on the official calendar
  const deadlineContext = useDeadlineContext();
  const today = useShanghaiToday();
  const query = useMemo(() => ({ ...filter, ...(filter.overdue ? { overdueBefore: today } : {}) }), [filter, today]);
  const { state: list, requestRow } = useCaseList(query);
  const actor = useOfficerName();
  const officers = useLiveQuery(() => knownOfficers(database(), actor), [actor]) ?? [];
  // ticked rows, by case id; a new filter starts with none
  const [selected, setSelected] = useState<ReadonlyMap<string, CaseListRow>>(new Map());
  const filterKey = JSON.stringify({ ...filter, text: undefined });
  const [selectedFor, setSelectedFor] = useState(filterKey);
  if (selectedFor !== filterKey) {
    setSelectedFor(filterKey);
    setSelected(new Map());
  }
  const dueRange = useMemo<DueWindow | undefined>(() => (deadlineContext ? dueWindow(deadlineContext.calendar, today) : undefined), [deadlineContext, today]);
  const urgencyOf = (row: CaseListRow | undefined) => (row && dueRange ? dueUrgency(row.case, dueRange) : undefined);

  const items = useMemo<ListItem[]>(() => (list ? Array.from({ length: list.shown }, (_, index) => ({ index, row: list.rows.get(index) })) : []), [list]);

  const cellRole = () => ({ role: 'cell' });
  const sortOrder = (column: CaseListSortColumn) => (filter.sort.column === column ? filter.sort.order : null);
  const columns: ColumnsType<ListItem> = [
    {
      title: t('cases.column.reference'),
      key: 'reference',
      onCell: cellRole,
      width: 150,
      sorter: true,
      sortOrder: sortOrder('reference'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (_, { index, row }) =>
        row ? <Link to={`/cases/${row.case.id}`}>{row.case.reference}</Link> : <PendingRow index={index} requestRow={requestRow} listVersion={list} />,
    },
    {
      title: t('cases.column.receivedAt'),
      key: 'receivedAt',
      onCell: cellRole,
      width: 150,
      sorter: true,
      sortOrder: sortOrder('receivedAt'),
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (_, { row }) => (row ? shanghaiDateTime(row.case.receivedAt) : null),
    },
    {
      title: t('cases.column.requester'),
      key: 'requester',
      onCell: cellRole,
      width: 180,
      // no cell ellipsis: it clipped the 需人工复核 tag (issue 14); a long name is cut, the tags wrap below it
      render: (_, { row }) =>
        row ? (
          <Flex wrap gap={4} align="center" data-testid="requester-cell">
            <Typography.Text ellipsis={{ tooltip: row.requesterName }} style={{ maxWidth: '100%' }}>
              {row.requesterName}
            </Typography.Text>
            {row.case.gdpr ? <Tag color="blue">{t('cases.gdpr')}</Tag> : null}
            {row.case.needsReview ? <Tag color="red">{t('cases.needsReview')}</Tag> : null}
          </Flex>
        ) : null,
    },
    { title: t('cases.column.type'), key: 'type', onCell: cellRole, width: 160, ellipsis: true, render: (_, { row }) => (row ? t(`requestType.${row.case.requestType}`) : null) },
    { title: t('cases.column.status'), key: 'status', onCell: cellRole, width: 100, render: (_, { row }) => (row ? <StatusTag status={row.case.status} stage={row.case.stage} merged={row.case.mergedInto !== undefined} /> : null) },
    { title: t('cases.column.stage'), key: 'stage', onCell: cellRole, width: 140, render: (_, { row }) => (row ? t(`caseStage.${row.case.stage}`) : null) },
    { title: t('cases.column.assignee'), key: 'assignee', onCell: cellRole, width: 100, render: (_, { row }) => row?.case.assignee },
    {
      title: t('cases.column.dueDate'),
      key: 'dueDate',
      onCell: cellRole,
      width: 220,
      sorter: true,
      sortOrder: sortOrder('dueDate'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (_, { row }) =>
        row ? (
          <Flex wrap gap={4} align="center">
            <span>{row.case.dueDate ?? '—'}</span>
            <DueUrgencyTag urgency={urgencyOf(row)} />
          </Flex>
        ) : null,
    },
  ];

  const status = !list
    ? t('common.loading')
    : list.searching
      ? t('cases.searching', { found: list.shown, scanned: list.scanned, total: list.total })
      : t('cases.shown', { shown: list.shown, total: list.total });

  return (
    <section aria-labelledby="case-list-title">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} id="case-list-title" style={{ margin: 0 }}>
          {t('cases.title')}
        </Typography.Title>
        <Typography.Text type="secondary" aria-live="polite">
          {status}
        </Typography.Text>
      </Space>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          ref={searchBox}
          allowClear
          aria-label={t('cases.searchLabel')}
          placeholder={t('cases.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 380 }}
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
        <Select<string>
          aria-label={t('cases.officerFilter')}
          value={filter.assignee === undefined ? ALL : filter.assignee === '' ? UNASSIGNED : filter.assignee}
          onChange={(v) => dispatch(assigneeFilterChanged(v === ALL ? undefined : v === UNASSIGNED ? '' : v))}
          style={{ width: 180 }}
          options={[
            { value: ALL, label: t('cases.allOfficers') },
            ...(actor ? [{ value: actor, label: t('cases.myCases') }] : []),
            ...officers.filter((name) => name !== actor).map((name) => ({ value: name, label: name })),
            { value: UNASSIGNED, label: t('deadlines.dashboard.workload.unassigned') },
          ]}
        />
        <Checkbox checked={filter.overdue} onChange={(e) => dispatch(overdueFilterToggled(e.target.checked))}>
          {t('cases.overdueOnly')}
        </Checkbox>
        <Button
          onClick={() => {
            setText('');
            dispatch(filtersCleared());
          }}
        >
          {t('cases.clearFilters')}
        </Button>
      </Space>
      {selected.size > 0 ? <BulkActions selected={[...selected.values()]} today={today} onDone={() => setSelected(new Map())} /> : null}
      <Table<ListItem>
        // a new filter starts at the top
        key={JSON.stringify({ ...filter, text: undefined })}
        virtual
        // the virtualised body renders plain elements: give rows and cells their table roles back
        onRow={({ row }) => ({ role: 'row', className: dueRowClassName(urgencyOf(row)) })}
        size="small"
        rowKey={({ index, row }) => row?.case.id ?? `pending-${index}`}
        rowSelection={{
          selectedRowKeys: [...selected.keys()],
          columnWidth: 40,
          getCheckboxProps: ({ row }) => ({ disabled: !row, 'aria-label': row ? t('cases.bulk.select', { reference: row.case.reference }) : undefined }),
          onChange: (_keys, items) => setSelected(new Map(items.flatMap(({ row }) => (row ? [[row.case.id, row] as const] : [])))),
        }}
        columns={columns}
        dataSource={items}
        loading={!list}
        pagination={false}
        showSorterTooltip={false}
        onChange={(_pagination, _filters, sorter) => {
          const { columnKey, order } = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<ListItem>;
          dispatch(sortChanged(order && (columnKey === 'receivedAt' || columnKey === 'dueDate' || columnKey === 'reference') ? { column: columnKey, order } : undefined));
        }}
        scroll={{ x: 1200, y: Math.max(240, viewportHeight - 250) }}
        locale={{ emptyText: t('cases.empty') }}
      />
    </section>
  );
}
