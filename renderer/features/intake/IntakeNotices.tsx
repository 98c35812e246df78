import { Alert, Button, Flex, Input, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Case } from '../../../shared/domain/case';
import { instantFromShanghai, shanghaiDateTime } from '../../../shared/domain/time';
import { database } from '../../db/database';
import { confirmReceiptTime } from '../../db/intakeReview';
import { useText } from '../../i18n/useText';
import { useReviewAction } from './useReviewAction';

/** `2026-03-09T09:00:00.000Z` → `2026-03-09T17:00` (Asia/Shanghai), the value of a datetime-local field. */
function shanghaiLocal(instant: string): string {
  return shanghaiDateTime(instant).replace(' ', 'T').slice(0, 16);
}

/**
 * Issue 12: the time of receipt came from the file, not from any server, and
 * the legal due date counts from it. The officer confirms it as it is or
 * corrects it (audited); until then the due date is provisional.
 */
function ReceiptToConfirm({ record }: { record: Case }) {
  const t = useText();
  const { run, busy, ready } = useReviewAction();
  const [value, setValue] = useState(shanghaiLocal(record.receivedAt));
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value);
  return (
    <Alert
      type="warning"
      showIcon
      title={t('intake.notice.receiptTitle', { time: shanghaiDateTime(record.receivedAt), due: record.dueDate ?? '—' })}
      description={
        <Flex vertical gap={6}>
          <Typography.Text>{t('intake.notice.receiptHelp')}</Typography.Text>
          <Flex gap={8} wrap align="center">
            <Input type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} aria-label={t('intake.notice.receiptField')} style={{ width: 220 }} />
            <Button
              type="primary"
              disabled={!ready || !valid}
              loading={busy}
              onClick={() => void run((db, actor) => confirmReceiptTime(db, record.id, instantFromShanghai(value.slice(0, 10), value.slice(11, 16)), actor), t('intake.notice.receiptConfirmed'))}
            >
              {t('intake.notice.receiptConfirm')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}

/** Issue 12: the message named another case, whose requester its sender is not; the officer decides whether it belongs there. */
function Cites({ cites }: { cites: NonNullable<Case['cites']> }) {
  const t = useText();
  const cited = useLiveQuery(() => database().cases.where('reference').equals(cites.reference).first(), [cites.reference]);
  return (
    <Alert
      type="info"
      showIcon
      title={t('intake.notice.citesTitle', { reference: cites.reference, via: t(`intake.joinedVia.${cites.via}`) })}
      description={
        <Flex gap={8} wrap>
          <Typography.Text>{t('intake.notice.citesHelp')}</Typography.Text>
          {cited ? <Link to={`/cases/${cited.id}`}>{t('intake.report.citesLink', { reference: cites.reference })}</Link> : null}
        </Flex>
      }
    />
  );
}

/** What intake left for the officer to decide on a case (shown above its details). */
export function IntakeNotices({ record }: { record: Case }) {
  if (!record.receiptUnconfirmed && !record.cites) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      {record.receiptUnconfirmed ? <ReceiptToConfirm record={record} /> : null}
      {record.cites ? <Cites cites={record.cites} /> : null}
    </Flex>
  );
}
