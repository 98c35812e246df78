import { Typography } from 'antd';
import { countdown, elapsedSince, type Obligation } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';

/**
 * The live clock of an open obligation: hours and minutes left (or, red,
 * overdue); for one due "immediately", the time since discovery, since the
 * law gives no hour to count down to.
 */
export function Countdown({ obligation, now }: { obligation: Obligation; now: number }) {
  const t = useText();
  if (obligation.state !== 'due' && obligation.state !== 'late') return null;
  if (obligation.dueAt) {
    const left = countdown(obligation.dueAt, now);
    return (
      <Typography.Text strong type={left.late ? 'danger' : undefined} role="timer" aria-live="off">
        {t(left.late ? 'incidents.obligation.overdue' : 'incidents.obligation.remaining', { hours: left.hours, minutes: left.minutes })}
      </Typography.Text>
    );
  }
  if (!obligation.startsAt) return null;
  const since = elapsedSince(obligation.startsAt, now);
  return (
    <Typography.Text type="warning" role="timer" aria-live="off">
      {t('incidents.obligation.elapsed', { hours: since.hours, minutes: since.minutes })}
    </Typography.Text>
  );
}
