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
  'letter.signed',
  'letter.printed',
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
] as const;
export const auditActionSchema = z.enum(auditActionIds);
export type AuditAction = z.infer<typeof auditActionSchema>;

/**
 * One event of the append-only audit log. `hash` is SHA-256 over the previous
 * event's hash and this event's content, so that changing or removing any
 * event breaks the chain from there on (SPEC §6).
 */
export const auditEventSchema = z.object({
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
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const GENESIS_HASH = '0'.repeat(64);
