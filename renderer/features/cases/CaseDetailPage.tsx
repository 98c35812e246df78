import { AssignButton } from './AssignButton';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Result, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { shanghaiDate, shanghaiDateTime } from '../../../shared/domain/time';
import { requestTypes } from '../../../shared/domain/requestTypes';
import { caseTimeline } from '../../../shared/domain/caseTimeline';
import { CaseConflictBanner } from '../team/CaseConflictBanner';
import { useText } from '../../i18n/useText';
import { citationText } from '../../../shared/i18n/citation';
import { useAppSelector } from '../../app/store';
import { selectLocale } from '../ui/uiSlice';
import { DeadlinePanel } from '../deadlines/DeadlinePanel';
import { IdentityPanel } from '../identity/IdentityPanel';
import { CaseLettersPane } from '../letters/CaseLettersPane';
import { IntakeNotices } from '../intake/IntakeNotices';
import { MailDocumentLink } from '../intake/MailDocumentLink';
import { RevealableIdNumber } from '../identity/RevealableIdNumber';
import { MarkEvidenceButton } from '../identity/MarkEvidenceButton';
import { StatusTag } from './StatusTag';
import { useCaseRecord } from './useCaseRecord';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A case: header, requester, timeline, documents and letters (each pane grows with its own issue). */
export function CaseDetailPage() {
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const { caseId } = useParams();
  const data = useCaseRecord(caseId);
  if (data === undefined) return <Spin />;
  if (data === null)
    return (
      <Result status="404" title={t('cases.caseNotFound')} extra={<Link to="/cases">{t('cases.backToList')}</Link>} />
    );
  const { record: c, requester, documents, events } = data;
  const timeline = caseTimeline(c, events);

  return (
    <article aria-labelledby="case-title">
      <Space align="center" style={{ marginBottom: 12 }} wrap>
        <Link to="/cases" aria-label={t('cases.backToList')}>
          <Button icon={<ArrowLeftOutlined />} tabIndex={-1} />
        </Link>
        <Typography.Title level={3} id="case-title" style={{ margin: 0 }}>
          {c.reference}
        </Typography.Title>
        <span data-testid="case-status">
          <StatusTag status={c.status} stage={c.stage} merged={c.mergedInto !== undefined} />
        </span>
        <Tag>{t(`requestType.${c.requestType}`)}</Tag>
        {c.gdpr ? <Tag color="blue">{t('cases.gdpr')}</Tag> : null}
        {/* a message that could not be parsed was kept raw: an officer must read it (SPEC §1) */}
        {c.needsReview ? <Tag color="red">{t('cases.needsReview')}</Tag> : null}
      </Space>
      <CaseConflictBanner caseId={c.id} />
      {c.purgedAt ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('retention.purgedCase', { at: shanghaiDate(c.purgedAt) })} /> : null}
      <Typography.Paragraph strong>{c.subject}</Typography.Paragraph>
      <IntakeNotices record={c} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('cases.header.channel')}>{t(`channel.${c.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.header.receivedAt')}>{shanghaiDateTime(c.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.header.receivedAtSource')}>{t(`receivedAtSource.${c.receivedAtSource}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.header.verifiedAt')}>{c.verifiedAt ? shanghaiDateTime(c.verifiedAt) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.header.dueDate')}>
            {c.dueDate ?? t('cases.header.notComputed')}
            {/* issue 12: counted from a time of receipt no server stated, until an officer confirms it */}
            {c.receiptUnconfirmed && c.dueDate ? <Tag color="orange" style={{ marginInlineStart: 6 }}>{t('intake.notice.provisional')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.header.assignee')}>
            {c.assignee} <AssignButton record={c} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.column.stage')}>{t(`caseStage.${c.stage}`)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.column.type')}>
            {t(`requestType.${c.requestType}`)} <Typography.Text type="secondary">{t('cases.header.typeSource', { source: citationText(requestTypes[c.requestType].source, locale) })}</Typography.Text>
          </Descriptions.Item>
          {c.outcome ? <Descriptions.Item label={t('cases.header.outcome')}>{t(`outcome.${c.outcome}`)}</Descriptions.Item> : null}
          {c.mergedFrom?.length ? (
            <Descriptions.Item label={t('cases.merge.mergedFrom')}>
              <span>
                {c.mergedFrom.map((m, i) => (
                  <span key={m.caseId}>
                    {i ? t('intake.listSeparator') : ''}
                    <Link to={`/cases/${m.caseId}`}>{m.reference}</Link>
                  </span>
                ))}
              </span>
            </Descriptions.Item>
          ) : null}
          {c.closedAt ? <Descriptions.Item label={t('cases.header.closedAt')}>{shanghaiDateTime(c.closedAt)}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 className="pane-title">{t('cases.pane.requester')}</h2>} style={{ marginBottom: 16 }}>
            {requester ? (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('cases.requester.name')}>{requester.name}</Descriptions.Item>
                <Descriptions.Item label={t('cases.requester.kind')}>{t(`requesterKind.${requester.kind}`)}</Descriptions.Item>
                {requester.organisation ? <Descriptions.Item label={t('cases.requester.organisation')}>{requester.organisation}</Descriptions.Item> : null}
                <Descriptions.Item label={t('cases.requester.email')}>{requester.email ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('cases.requester.phone')}>{requester.phone ?? '—'}</Descriptions.Item>
                {/* ID numbers are shown masked; revealing is an audited action (SPEC §2) */}
                <Descriptions.Item label={t('cases.requester.idNumber')}>{requester.idNumber ? <RevealableIdNumber caseId={c.id} requesterId={requester.id} idNumber={requester.idNumber} /> : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('cases.requester.region')}>{t(`cases.region.${requester.region}`)}</Descriptions.Item>
                {requester.address ? <Descriptions.Item label={t('cases.requester.address')}>{requester.address}</Descriptions.Item> : null}
              </Descriptions>
            ) : (
              <Empty />
            )}
          </Card>
          <IdentityPanel caseId={c.id} />
          <Card size="small" title={<h2 className="pane-title">{t('cases.pane.summary')}</h2>} style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.summary}</Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <DeadlinePanel record={c} />
          <Card size="small" title={<h2 className="pane-title">{t('cases.pane.timeline')}</h2>} style={{ marginBottom: 16 }}>
            {timeline.length ? (
              <Timeline
                items={timeline.map((entry, i) => ({
                  key: i,
                  color: entry.kind === 'milestone' ? 'blue' : 'gray',
                  children: (
                    <>
                      <Typography.Text strong={entry.kind === 'milestone'}>
                        {entry.kind === 'milestone' ? t(`cases.timeline.milestone.${entry.milestone}`) : t(`auditAction.${entry.event.action}`)}
                      </Typography.Text>{' '}
                      <Typography.Text type="secondary">
                        {entry.kind === 'milestone' && entry.dateOnly ? shanghaiDate(entry.at) : shanghaiDateTime(entry.at)}
                        {entry.kind === 'audit' ? ` · ${entry.event.actor}` : ''}
                      </Typography.Text>
                      {entry.kind === 'milestone' && entry.note ? <div>{entry.note}</div> : null}
                    </>
                  ),
                }))}
              />
            ) : (
              <Empty description={t('cases.timeline.none')} />
            )}
          </Card>
          <Card size="small" title={<h2 className="pane-title">{t('cases.pane.documents')}</h2>} style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={documents}
              locale={{ emptyText: t('cases.documents.none') }}
              columns={[
                { title: t('cases.documents.name'), key: 'fileName', ellipsis: true, render: (_, d) => <MailDocumentLink document={d} /> },
                { title: t('cases.documents.kind'), key: 'kind', render: (_, d) => t(`documentKind.${d.kind}`) },
                { title: t('cases.documents.size'), key: 'size', render: (_, d) => (d.purgedAt ? t('cases.documents.purged') : formatSize(d.size)) },
                { title: t('cases.documents.sha256'), key: 'sha', render: (_, d) => <Typography.Text code>{d.sha256.slice(0, 12)}…</Typography.Text> },
                { title: t('cases.documents.evidence'), key: 'evidence', render: (_, d) => <MarkEvidenceButton document={d} /> },
              ]}
            />
          </Card>
          <Card size="small" title={<h2 className="pane-title">{t('cases.pane.letters')}</h2>}>
            <CaseLettersPane caseId={c.id} />
          </Card>
        </Col>
      </Row>
    </article>
  );
}
