import { isVoided } from '../../shared/cases/lifecycle';
import { caseSchema } from '../../shared/domain/case';
import type { Outcome } from '../../shared/domain/requestTypes';
import type { Instant } from '../../shared/domain/time';
import { appendAudit } from './audit';
import { closeCase } from './caseClock';
import type { CaseDeskDatabase } from './database';
import { readLiveTallies } from './liveTallies';

/** Cases written to the store per transaction in a bulk action: small enough to keep a write short, big enough for a day's list. */
export const BULK_BATCH = 200;

export interface BulkReport {
  /** cases changed */
  done: number;
  /** cases left as they were (already so, closed, voided), by reference */
  skipped: string[];
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BULK_BATCH) out.push(items.slice(i, i + BULK_BATCH));
  return out;
}

/**
 * 分配 / 转办 (issue 14): gives cases to an officer. Each case changed gets
 * its own audit event naming from whom to whom (officers' names, never a
 * requester's); a batch is written in one transaction, so a failure leaves
 * the batch as it was. A closed or voided case is not reassigned.
 */
export async function assignCases(db: CaseDeskDatabase, caseIds: readonly string[], assignee: string, actor: string, now: Date = new Date()): Promise<BulkReport> {
  const to = assignee.trim();
  if (!to) throw new Error('an officer is required');
  const report: BulkReport = { done: 0, skipped: [] };
  for (const batch of batches(caseIds)) {
    await db.transaction('rw', [db.cases, db.auditLog], async () => {
      for (const c of await db.cases.bulkGet(batch)) {
        if (!c) continue;
        if (c.assignee === to || c.status === 'closed' || isVoided(c)) {
          if (c.assignee !== to) report.skipped.push(c.reference);
          continue;
        }
        const after = caseSchema.parse({ ...c, assignee: to, updatedAt: now.toISOString() });
        await db.cases.put(after);
        await appendAudit(db, {
          at: now.toISOString(),
          actor,
          action: 'case.assigned',
          subject: `case:${c.id}`,
          summary: `${c.reference} ${c.assignee || '—'} → ${to}`,
          before: { assignee: c.assignee },
          after: { assignee: to },
        });
        report.done++;
      }
    });
  }
  return report;
}

/**
 * 批量结案 (issue 14): closes each case with the same outcome, through the
 * same closing as one case (its own audit event, due date recomputed), a
 * batch per transaction. A refusal is never closed in bulk: PIPL 50 wants
 * each refusal's own reasons.
 */
export async function closeCases(
  db: CaseDeskDatabase,
  caseIds: readonly string[],
  closing: { outcome: Exclude<Outcome, 'refused'>; closedAt: Instant },
  actor: string,
  now: Date = new Date(),
): Promise<BulkReport> {
  const report: BulkReport = { done: 0, skipped: [] };
  for (const batch of batches(caseIds)) {
    await db.transaction('rw', [db.cases, db.settings, db.auditLog], async () => {
      for (const c of await db.cases.bulkGet(batch)) {
        if (!c) continue;
        if (c.status === 'closed' || isVoided(c)) {
          report.skipped.push(c.reference);
          continue;
        }
        await closeCase(db, c.id, closing, actor, now);
        report.done++;
      }
    });
  }
  return report;
}

/** The officers the store knows: those carrying live cases (the workload tallies, no case read), and the one signed in. */
export async function knownOfficers(db: CaseDeskDatabase, current?: string): Promise<string[]> {
  const { tallies } = await readLiveTallies(db);
  const names = new Set<string>();
  for (const tally of tallies) if (tally.key.startsWith('officer:') && tally.key.length > 'officer:'.length) names.add(tally.key.slice('officer:'.length));
  if (current) names.add(current);
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
