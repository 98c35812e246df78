import { z } from 'zod';
import { sha256Hex } from '../audit/chain';
import type { Case } from '../domain/case';
import { shanghaiDate, type LocalDate } from '../domain/time';

/**
 * Retention (privacy policy 5.5.1, SPEC §6): a closed case is kept at least
 * N years after it was closed (default 3, "以备争议"), then its personal data
 * is deleted or anonymised, "源数据及备份数据" — the store's and, through the
 * purge ledger, every backup restored later.
 */
export const DEFAULT_RETENTION_YEARS = 3;
export const retentionYearsSchema = z.number().int().min(1).max(30);

/** The first Shanghai day on which a case closed on `closedAt` may be purged: the same day N years on (29 Feb → 28 Feb). */
export function retentionEndsOn(closedAt: string, years: number): LocalDate {
  const closed = shanghaiDate(closedAt);
  const [y, m, d] = closed.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastOfMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, lastOfMonth);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

export function pastRetention(c: Pick<Case, 'status' | 'closedAt' | 'purgedAt'>, years: number, today: LocalDate): boolean {
  if (c.status !== 'closed' || !c.closedAt || c.purgedAt) return false;
  return retentionEndsOn(c.closedAt, years) <= today;
}

/**
 * The name a purged requester keeps: the same for the same requester (so
 * figures per requester still add up), and telling nothing of the person.
 */
export function pseudonymOf(requesterId: string): string {
  return `ANON-${sha256Hex(`casedesk-pseudonym\n${requesterId}`).slice(0, 10).toUpperCase()}`;
}

/**
 * A purge recorded for good (issue 11: "purges are recorded in a ledger that
 * a restore applies again"). It names records by id only, never a person:
 * what was purged, when, by whom (an officer's account), so it can be kept
 * and replayed without itself becoming personal data to purge.
 */
export const purgeLedgerEntrySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['retention', 'identity-evidence']),
  /** the case the purge concerns */
  caseId: z.string().min(1),
  reference: z.string().max(40).optional(),
  /** documents whose bytes and names were purged */
  documentIds: z.array(z.string()).max(10000),
  /** raw messages rewritten without a purged attachment */
  redactedDocumentIds: z.array(z.string()).max(10000).default([]),
  /** the requester made a pseudonym (retention, when none of their cases is kept) */
  requesterId: z.string().optional(),
  at: z.string(),
  by: z.string().max(100),
});
export type PurgeLedgerEntry = z.infer<typeof purgeLedgerEntrySchema>;
