import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { Case } from '../../../shared/domain/case';
import { useAppDispatch } from '../../app/store';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import type { ImportReport, ReportRow } from './importReport';
import { importReportCleared } from './intakeSlice';
import { ReportRowDetails } from './ReportRowDetails';
import { confirmRequestTypes } from '../../db/intakeReview';
import { clearImportReport } from '../../db/intakeReports';
import { useReviewAction } from './useReviewAction';
import { isVoided } from '../../../shared/cases/lifecycle';

const OUTCOME_COLOURS: Record<ReportRow['outcome'], string> = {
  created: 'green',
  joined: 'blue',
  duplicate: 'default',
  failed: 'orange',
  unsorted: 'gold',
  'not-saved': 'red',
};

/**
 * The end of an import (SPEC "Quality": "a summary of what was created,
 * linked, duplicated or failed"): the four numbers, then one row per message
 * with its case and what the officer should review.
 */
export function ImportSummary({ report }: { report: ImportReport }) {
  const t = useText();
  const dispatch = useAppDispatch();
  const caseIds = [...new Set(report.rows.flatMap((r) => ('caseId' in r && r.caseId ? [r.caseId] : [])))];
  // the cases as they are now: the review below changes them
  const cases = useLiveQuery(async () => {
    const found = await database().cases.bulkGet(caseIds);
    return new Map(found.filter((c): c is Case => c !== undefined).map((c) => [c.id, c]));
  }, [caseIds.join(',')]);
  const { counts } = report;
  const review = useReviewAction();
  // the new cases whose type nobody confirmed yet: each as it stands now (the suggestion, or the officer's change)
  const unconfirmed = report.rows.flatMap((r) => {
    const record = r.outcome === 'created' ? cases?.get(r.caseId) : undefined;
    return record && !record.typeConfirmed && !isVoided(record) ? [{ caseId: record.id, requestType: record.requestType }] : [];
  });

  const columns: ColumnsType<ReportRow> = [
    {
      title: t('intake.report.column.file'),
      key: 'file',
      width: 220,
      render: (_, row) => (
        <Typography.Text style={{ wordBreak: 'break-all' }}>
          {row.fileName}
          {row.mboxIndex !== undefined ? <Typography.Text type="secondary"> · {t('intake.report.mboxItem', { n: row.mboxIndex + 1 })}</Typography.Text> : null}
        </Typography.Text>
      ),
    },
    {
      title: t('intake.report.column.message'),
      key: 'message',
      width: 260,
      render: (_, row) =>
        row.outcome === 'failed' || row.outcome === 'unsorted' || (row.outcome === 'not-saved' && row.subject === undefined) ? (
          '—'
        ) : (
          <Flex vertical>
            <Typography.Text>{row.subject || t('intake.report.noSubject')}</Typography.Text>
            {row.from ? <Typography.Text type="secondary">{row.from}</Typography.Text> : null}
          </Flex>
        ),
    },
    {
      title: t('intake.report.column.outcome'),
      key: 'outcome',
      width: 150,
      render: (_, row) => <Tag color={OUTCOME_COLOURS[row.outcome]}>{row.outcome === 'not-saved' ? t('common.error') : t(`intake.outcome.${row.outcome}`)}</Tag>,
    },
    {
      title: t('intake.report.column.case'),
      key: 'case',
      width: 130,
      render: (_, row) => ('reference' in row && row.caseId && row.reference ? <Link to={`/cases/${row.caseId}`}>{row.reference}</Link> : '—'),
    },
    {
      title: t('intake.report.column.review'),
      key: 'review',
      render: (_, row) => <ReportRowDetails row={row} record={'caseId' in row && row.caseId ? cases?.get(row.caseId) : undefined} />,
    },
  ];

  const stats = [
    { key: 'created', value: counts.created },
    { key: 'joined', value: counts.joined },
    { key: 'duplicates', value: counts.duplicates },
    { key: 'failed', value: counts.failed },
  ] as const;
  const unsortedKinds = (['pdf', 'image', 'other'] as const).filter((k) => counts.unsorted[k] > 0);
  const unsortedTotal = counts.unsorted.pdf + counts.unsorted.image + counts.unsorted.other;

  return (
    <Card
      size="small"
      title={<h2 className="pane-title">{t('intake.report.title')}</h2>}
      extra={
        <Button
          // the stored copy goes first: the screen, once idle, would otherwise load it again
          onClick={() => void clearImportReport(database()).finally(() => dispatch(importReportCleared()))}
        >
          {t('intake.report.clear')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      <Row gutter={16} style={{ marginBottom: 8 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} md={6}>
            <div data-testid={`import-count-${s.key}`} aria-label={`${t(`intake.report.stat.${s.key}`)}: ${s.value}`} role="group">
              <Statistic title={t(`intake.report.stat.${s.key}`)} value={s.value} />
            </div>
          </Col>
        ))}
      </Row>
      {unconfirmed.length > 1 ? (
        <Button
          style={{ marginBottom: 12 }}
          disabled={!review.ready}
          loading={review.busy}
          onClick={() => void review.run((db, actor) => confirmRequestTypes(db, unconfirmed, actor), t('intake.review.confirmedAll', { count: unconfirmed.length }))}
        >
          {t('intake.review.confirmAll', { count: unconfirmed.length })}
        </Button>
      ) : null}
      <Flex gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('intake.report.duration', { messages: counts.messages, seconds: (report.durationMs / 1000).toFixed(1) })}</Typography.Text>
        {/* issue 14: a file that is not mail is counted as what it is, never as a message */}
        {unsortedTotal ? (
          <Typography.Text type="warning" data-testid="import-unsorted">
            {t('intake.report.unsortedCount', {
              count: unsortedTotal,
              kinds: unsortedKinds.map((k) => t(`intake.report.unsortedKind.${k}`, { count: counts.unsorted[k] })).join(t('intake.listSeparator')),
            })}
          </Typography.Text>
        ) : null}
        {counts.needsReview ? <Typography.Text type="warning">{t('intake.report.needsReview', { count: counts.needsReview })}</Typography.Text> : null}
        {counts.attachmentsRefused ? <Typography.Text type="warning">{t('intake.report.attachmentsRefused', { count: counts.attachmentsRefused })}</Typography.Text> : null}
        {counts.notSaved ? <Typography.Text type="danger">{t('intake.report.notSavedCount', { count: counts.notSaved })}</Typography.Text> : null}
      </Flex>
      {report.cancelled ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('intake.report.cancelled', { count: report.cancelled.filesNotImported.length, files: report.cancelled.filesNotImported.slice(0, 20).join(t('intake.listSeparator')) })}
        />
      ) : null}
      {report.resumed ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('intake.report.resumedImport')} /> : null}
      <Table<ReportRow>
        size="small"
        rowKey="index"
        columns={columns}
        dataSource={report.rows}
        pagination={report.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 1100 }}
      />
    </Card>
  );
}
