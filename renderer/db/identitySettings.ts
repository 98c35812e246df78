import { z } from 'zod';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';

/**
 * SPEC §2: after "insufficient", how many days without an answer before the
 * case proposes closing as unanswered (default 30). Kept under its own key
 * with its own schema, parsed on every read like the other settings.
 */
export const UNANSWERED_DAYS_KEY = 'identity.unansweredDays';
export const DEFAULT_UNANSWERED_DAYS = 30;
export const unansweredDaysSchema = z.number().int().min(1).max(365);

export async function readUnansweredDays(db: CaseDeskDatabase): Promise<number> {
  const parsed = unansweredDaysSchema.safeParse((await db.settings.get(UNANSWERED_DAYS_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_UNANSWERED_DAYS;
}

export async function writeUnansweredDays(db: CaseDeskDatabase, days: number, actor: string): Promise<void> {
  const value = unansweredDaysSchema.parse(days);
  await db.transaction('rw', [db.settings, db.auditLog], async () => {
    const before = (await db.settings.get(UNANSWERED_DAYS_KEY))?.value;
    await db.settings.put({ key: UNANSWERED_DAYS_KEY, value });
    await appendAudit(db, { actor, action: 'settings.updated', subject: `settings:${UNANSWERED_DAYS_KEY}`, summary: UNANSWERED_DAYS_KEY, before, after: value });
  });
}
