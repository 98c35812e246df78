import type { AuditEvent } from './audit';
import type { Case } from './case';
import { instantFromShanghai } from './time';

/**
 * A case's timeline: the legal milestones read from the case itself (when it
 * was received, verified, paused, resumed, closed — what the deadlines count
 * from) merged with the audit events (who did what, when).
 */
export type TimelineEntry =
  | {
      kind: 'milestone';
      at: string;
      milestone: 'received' | 'verified' | 'paused' | 'resumed' | 'closed';
      note?: string;
      /** pauses are recorded as days, not moments: show the date alone */
      dateOnly?: boolean;
    }
  | { kind: 'audit'; at: string; event: AuditEvent };

export function caseTimeline(record: Case, events: readonly AuditEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ kind: 'milestone', at: record.receivedAt, milestone: 'received' }];
  if (record.verifiedAt) entries.push({ kind: 'milestone', at: record.verifiedAt, milestone: 'verified' });
  for (const pause of record.pauses) {
    entries.push({ kind: 'milestone', at: instantFromShanghai(pause.from), milestone: 'paused', note: pause.reason, dateOnly: true });
    if (pause.to) entries.push({ kind: 'milestone', at: instantFromShanghai(pause.to), milestone: 'resumed', dateOnly: true });
  }
  if (record.closedAt) entries.push({ kind: 'milestone', at: record.closedAt, milestone: 'closed' });
  for (const event of events) entries.push({ kind: 'audit', at: event.at, event });
  // newest first, as an officer reads a history; equal times keep milestones before audit events
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at === b.entry.at ? a.index - b.index : a.entry.at < b.entry.at ? 1 : -1))
    .map(({ entry }) => entry);
}
