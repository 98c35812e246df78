import { Empty, Timeline, Typography } from 'antd';
import type { AuditEvent } from '../../../shared/domain/audit';
import { incidentRecordFieldIds, type IncidentRecordField } from '../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { useText } from '../../i18n/useText';

const RECORD_FIELDS: ReadonlySet<string> = new Set(incidentRecordFieldIds);

/** What a supplement changed, as the record form names the fields. */
function changedFields(event: AuditEvent): IncidentRecordField[] {
  if (event.action !== 'incident.updated' || typeof event.after !== 'object' || event.after === null) return [];
  return Object.keys(event.after).filter((k): k is IncidentRecordField => RECORD_FIELDS.has(k));
}

/** The incident's history from the audit log, newest first: every action and supplement, who and when (issue 7). */
export function IncidentTimeline({ events }: { events: AuditEvent[] }) {
  const t = useText();
  if (!events.length) return <Empty description={t('incidents.timeline.none')} />;
  return (
    <Timeline
      items={events.map((event) => {
        const fields = changedFields(event);
        return {
          key: event.seq,
          color: event.action === 'incident.obligation-done' || event.action === 'incident.draft-ready' ? 'green' : 'blue',
          children: (
            <>
              <Typography.Text strong>{t(`auditAction.${event.action}`)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {shanghaiDateTime(event.at)} · {event.actor}
              </Typography.Text>
              {fields.length ? <div>{t('incidents.timeline.fields', { fields: fields.map((f) => t(`incidents.record.field.${f}`)).join(t('incidents.listSeparator')) })}</div> : null}
            </>
          ),
        };
      })}
    />
  );
}
