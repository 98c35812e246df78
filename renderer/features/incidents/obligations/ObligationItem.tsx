import { Flex, Typography } from 'antd';
import type { Incident } from '../../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../../shared/domain/time';
import type { Obligation } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';
import { Art34DecisionForm } from './Art34DecisionForm';
import { Countdown } from './Countdown';
import { EndHandlingForm } from './EndHandlingForm';
import { MarkDoneForm } from './MarkDoneForm';
import { NoticeDecisionForm } from './NoticeDecisionForm';
import { ObligationStateTag } from './ObligationStateTag';

/** One obligation: what, why (its rule), by when, its live clock and state, and what can be done about it here. */
export function ObligationItem({ incident, obligation, now }: { incident: Incident; obligation: Obligation; now: number }) {
  const t = useText();
  const name = t(`incidents.obligation.name.${obligation.id}`);
  const headingId = `obligation-${obligation.id}`;
  const late = obligation.state === 'late';
  const due = obligation.dueAt
    ? t('incidents.obligation.due', { at: shanghaiDateTime(obligation.dueAt) })
    : obligation.id === 'gdpr-art34'
      ? t('incidents.obligation.dueWithoutDelay')
      : t('incidents.obligation.dueImmediately');
  const open = obligation.state === 'due' || obligation.state === 'late';

  return (
    <article
      aria-labelledby={headingId}
      data-state={obligation.state}
      style={{ padding: '10px 12px', borderLeft: `3px solid ${late ? '#cf1322' : open ? '#d48806' : '#d9d9d9'}`, background: late ? '#fff1f0' : undefined, marginBottom: 10 }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <h3 id={headingId} className="pane-title" style={{ margin: 0 }}>
          {name}
        </h3>
        <ObligationStateTag state={obligation.state} />
      </Flex>
      <Flex gap={12} wrap style={{ marginTop: 4 }}>
        {obligation.state !== 'pending' && obligation.state !== 'waived' ? <Typography.Text>{due}</Typography.Text> : null}
        <Countdown obligation={obligation} now={now} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {t(`incidents.basis.${obligation.basis}`)}
      </Typography.Paragraph>
      {obligation.pendingReason ? <Typography.Text type="secondary">{t(`incidents.obligation.pending.${obligation.pendingReason}`)}</Typography.Text> : null}
      {obligation.done ? (
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {t('incidents.obligation.doneAt', { at: shanghaiDateTime(obligation.done.doneAt), by: obligation.done.by })}
          {obligation.done.note ? ` ${t('incidents.obligation.doneNote', { note: obligation.done.note })}` : ''}
        </Typography.Paragraph>
      ) : null}
      {obligation.waiver ? (
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {t(`incidents.obligation.waived.${obligation.waiver.reason}`, { by: obligation.waiver.by })}
          {obligation.waiver.justification ? ` ${t('incidents.obligation.justification', { text: obligation.waiver.justification })}` : ''}
        </Typography.Paragraph>
      ) : null}
      {obligation.unpublishedYears.length ? <Typography.Text type="warning">{t('incidents.obligation.unpublished', { years: obligation.unpublishedYears.join(t('incidents.listSeparator')) })}</Typography.Text> : null}
      {obligation.drafts.length && !obligation.done ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
          {t('incidents.obligation.drafts', { drafts: obligation.drafts.map((d) => t(`incidents.drafts.kind.${d}`)).join(t('incidents.listSeparator')) })}
        </Typography.Paragraph>
      ) : null}
      {open ? (
        <div style={{ marginTop: 6 }}>
          <MarkDoneForm incidentId={incident.id} obligation={obligation.id} label={name} />
        </div>
      ) : null}
      {obligation.id === 'individual-notice' && !obligation.done ? <NoticeDecisionForm incident={incident} /> : null}
      {obligation.id === 'gdpr-art34' && !obligation.done ? <Art34DecisionForm incident={incident} /> : null}
      {obligation.id === 'summary-report' && !incident.handlingEndedAt ? <EndHandlingForm incidentId={incident.id} /> : null}
      {obligation.id === 'summary-report' && incident.handlingEndedAt ? (
        <Typography.Text type="secondary">{t('incidents.obligation.handlingEnded', { at: shanghaiDateTime(incident.handlingEndedAt) })}</Typography.Text>
      ) : null}
    </article>
  );
}
