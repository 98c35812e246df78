import { z } from 'zod';
import { instantSchema } from './time';

/** What an audit event records (SPEC §6). */
export const auditActionIds = [
  'case.created',
  'case.updated',
  'case.status-changed',
  'case.assigned',
  'clock.paused',
  'clock.resumed',
  'clock.extended',
  'clock.recomputed',
  'identity.checked',
  'identity.revealed',
  'document.added',
  'document.purged',
  'document.marked-evidence',
  'letter.signed',
  'letter.printed',
  // issue 14: the web host opened its print dialog; whether it printed, a browser cannot tell
  'letter.print-dialog-opened',
  'letter.sent',
  'incident.created',
  'incident.updated',
  'incident.graded',
  'incident.decided',
  'incident.obligation-done',
  'incident.handling-ended',
  'incident.draft-saved',
  'incident.draft-ready',
  'incident.people-imported',
  'incident.exported',
  'calendar.updated',
  'settings.updated',
  'data.sample-loaded',
  'data.deleted',
  'backup.created',
  'backup.restored',
  // issue 11: the store as a system of record
  'store.created',
  'store.upgraded',
  'audit.baseline',
  'audit.exported',
  'retention.purged',
  'purge.reapplied',
  // issue 10: the team's store
  'sync.joined',
  'sync.conflict-detected',
  'sync.conflict-resolved',
  'sync.refused',
  // issue 14: nothing irreversible by one click
  'case.voided',
  'case.reopened',
  // issue 14: the signing certificate and its PIN (fingerprints only)
  'signing.certificate-imported',
  'signing.certificate-removed',
  'signing.pin-set',
  // a signature refused for a wrong PIN or while locked: who tried, on which letter, never the PIN
  'signing.refused',
  // issue 14: merging a duplicate; the tray of files that are not mail
  'case.merged',
  'unsorted.added',
  'unsorted.attached',
  'unsorted.discarded',
  // issue 14: the case file (案卷) saved as one PDF — a disclosure of the case's personal data, by whom and which file
  'case.file-exported',
] as const;
export const auditActionSchema = z.enum(auditActionIds);
export type AuditAction = z.infer<typeof auditActionSchema>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** A workstation's chain (a UUID's first part) or a team user's on a workstation (`wangmin.3f2a9c1d`, teamSession.ts). */
export const chainIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/);

/**
 * The digests of one record before and after the change an event records
 * (issue 11: "every change … writes an event with the digests of the record
 * before and after"); `null` where the record did not exist. `ref` is
 * `<table>:<primary key>`.
 */
export const auditRecordDigestSchema = z.object({
  ref: z.string().min(1).max(300),
  before: hex64.nullable(),
  after: hex64.nullable(),
});
export type AuditRecordDigest = z.infer<typeof auditRecordDigestSchema>;

/**
 * One event of the append-only audit log. `hash` is SHA-256 over the previous
 * event's hash and this event's content, so that changing or removing any
 * event breaks the chain from there on (SPEC §6). From version 2 each event
 * also names its chain, the records it changed (with digests), and carries a
 * MAC of its hash under the workstation's audit key, which lives outside the
 * profile (keychain): an event rewritten with a recomputed hash has no valid
 * MAC. Events of version 1 (before issue 11) have neither.
 */
export const auditEventSchema = z.object({
  chain: chainIdSchema,
  /** position in the chain, from 1 */
  seq: z.number().int().positive(),
  at: instantSchema,
  actor: z.string().min(1),
  action: auditActionSchema,
  /** what the event concerns: `case:<id>`, `document:<id>`, `settings` … */
  subject: z.string().max(200),
  /** a short statement; never a full ID number or a secret */
  summary: z.string().max(2000),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  records: z.array(auditRecordDigestSchema).optional(),
  /** the subject and every record ref, for the index that answers "the history of this record" */
  refs: z.array(z.string().max(300)).optional(),
  /** 2 from issue 11 on; absent on the events written before */
  v: z.literal(2).optional(),
  prevHash: hex64,
  hash: hex64,
  /** HMAC-SHA-256 of the hash under this workstation's audit key (v2) */
  mac: hex64.optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const GENESIS_HASH = '0'.repeat(64);
