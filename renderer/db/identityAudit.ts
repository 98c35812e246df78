import type { AuditAction } from '../../shared/domain/audit';
import type { Case } from '../../shared/domain/case';
import { maskIdNumber } from '../../shared/domain/requester';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';

/**
 * The audit events of the identity feature. Every one is about the case
 * (`case:<id>`), so the case's timeline lists it.
 *
 * SPEC §2, issue 5: a full ID number never enters the audit log. Free text an
 * officer typed (a reason, a file name) may contain one, so it is passed
 * through redactIdNumbers before it is written.
 */

/** 18-character numbers (the last may be X) and legacy 15-digit ones, not inside a longer run of digits. */
const ID_NUMBER_LIKE = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])/g;

/** Masks anything that looks like a resident ID number: `…330106199001011234…` → `…3301**********1234…`. */
export function redactIdNumbers(text: string): string {
  // full-width digits from a Chinese input method count too (each stays one character)
  const halfWidth = text.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return halfWidth.replace(ID_NUMBER_LIKE, (number) => maskIdNumber(number.toUpperCase()));
}

export interface IdentityEvent {
  action: AuditAction;
  actor: string;
  at: string;
  /** a short statement after the case reference; redacted before writing */
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one event about `c`; must run inside the transaction of the change it records. */
export function appendIdentityEvent(db: CaseDeskDatabase, c: Pick<Case, 'id' | 'reference'>, event: IdentityEvent) {
  return appendAudit(db, {
    at: event.at,
    actor: event.actor,
    action: event.action,
    subject: `case:${c.id}`,
    summary: redactIdNumbers(`${c.reference} ${event.summary}`.trim()),
    ...(event.before !== undefined ? { before: event.before } : {}),
    ...(event.after !== undefined ? { after: event.after } : {}),
  });
}
