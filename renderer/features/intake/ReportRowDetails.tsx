import { Button, Flex, Tag, Typography } from 'antd';
import type { Case } from '../../../shared/domain/case';
import type { IntakeWarning } from '../../../shared/intake';
import { resumeClock } from '../../db/caseClock';
import { useText } from '../../i18n/useText';
import { CreatedReview } from './CreatedReview';
import type { ReportRow } from './importReport';
import { useReviewAction } from './useReviewAction';

function Warnings({ warnings }: { warnings: readonly IntakeWarning[] }) {
  const t = useText();
  if (!warnings.length) return null;
  return (
    <details>
      <summary>
        <Typography.Text type="warning">
          {t('intake.report.warningsCount', { count: warnings.length })}
        </Typography.Text>
      </summary>
      <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
        {warnings.map((w, i) => (
          <li key={i}>{t(`intake.warning.${w.code}`, w.params)}</li>
        ))}
      </ul>
    </details>
  );
}

/** An answer from the requester to a paused case: the officer may resume its clock on the day of the answer (SPEC §3). */
function ResumeClock({ row, record }: { row: Extract<ReportRow, { outcome: 'joined' }>; record: Case | undefined }) {
  const t = useText();
  const { run, busy, ready } = useReviewAction();
  if (!record) return null;
  if (record.status !== 'paused') return row.resumesClock ? <Typography.Text type="success">{t('intake.report.resumed', { reference: row.reference })}</Typography.Text> : null;
  // an answer older than the pause does not answer it (a late import of old mail)
  const running = record.pauses.find((p) => !p.to);
  if (!running || running.from > row.answeredOn) return null;
  return (
    <span>
      <Button
        size="small"
        type="primary"
        loading={busy}
        disabled={!ready}
        aria-label={t('intake.report.resumeLabel', { reference: row.reference, date: row.answeredOn })}
        onClick={() => void run((db, actor) => resumeClock(db, row.caseId, row.answeredOn, actor), t('intake.report.resumed', { reference: row.reference }))}
      >
        {t('intake.report.resume')}
      </Button>
    </span>
  );
}

/** What became of one message, in the officer's words, with what to review (SPEC §1). */
export function ReportRowDetails({ row, record }: { row: ReportRow; record: Case | undefined }) {
  const t = useText();
  switch (row.outcome) {
    case 'created':
      return (
        <Flex vertical gap={4}>
          <CreatedReview row={row} record={record} />
          <Warnings warnings={row.warnings} />
        </Flex>
      );
    case 'joined':
      return (
        <Flex vertical gap={4}>
          <Typography.Text>
            {t('intake.report.joinedTo', { reference: row.reference })} · {t('intake.report.joinedVia', { via: t(`intake.joinedVia.${row.via}`) })} · {t('intake.report.documentsAdded', { count: row.documents })}
          </Typography.Text>
          {row.outgoing ? (
            <span>
              <Tag>{t('intake.outgoing')}</Tag>
            </span>
          ) : null}
          {row.resumesClock ? <Typography.Text type="warning">{t('intake.resumesClock')}</Typography.Text> : null}
          {row.messageIdReused ? <Typography.Text type="warning">{t('intake.report.messageIdReused')}</Typography.Text> : null}
          {row.resumesClock || record?.status === 'paused' ? <ResumeClock row={row} record={record} /> : null}
          <Warnings warnings={row.warnings} />
        </Flex>
      );
    case 'duplicate':
      return (
        <Flex vertical gap={2}>
          <Typography.Text>{t(`intake.duplicateBy.${row.by}`)}</Typography.Text>
          <Typography.Text type="secondary">{row.reference ? t('intake.report.duplicateOf', { reference: row.reference }) : row.inBatch ? t('intake.report.duplicateInBatch') : null}</Typography.Text>
        </Flex>
      );
    case 'failed':
      return (
        <Flex vertical gap={2}>
          <Typography.Text type="danger">{t(`intake.failure.${row.code}`)}</Typography.Text>
          <Typography.Text>{t('intake.keptRaw')}</Typography.Text>
          {row.detail ? <Typography.Text type="secondary">{row.detail}</Typography.Text> : null}
        </Flex>
      );
    case 'unsorted':
      return (
        <Flex vertical gap={2}>
          <Typography.Text>{t(`intake.failure.${row.code}`)}</Typography.Text>
          <Typography.Text type="secondary">{t('intake.report.unsortedRow')}</Typography.Text>
        </Flex>
      );
    case 'not-saved':
      return <Typography.Text type="danger">{t('intake.report.notSaved', { detail: row.detail })}</Typography.Text>;
  }
}
