import type { PrintMark, PrintQueueItem } from '../../shared/sync/printing';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';

/**
 * The print staff's side of the team store (issue 10): the signed letters to
 * print with their envelope addresses, as the print database delivers them,
 * and the record of each print, which goes back to the officers.
 */
export function printQueue(db: CaseDeskDatabase): Promise<PrintQueueItem[]> {
  return db.printQueue.orderBy('signedAt').reverse().toArray();
}

export function printMarksOf(db: CaseDeskDatabase, letterId: string): Promise<PrintMark[]> {
  return db.printMarks.where('letterId').equals(letterId).sortBy('at');
}

/** Records a print of a letter or its envelope, once the platform says it printed; audited in the printer's chain. */
export async function markPrinted(db: CaseDeskDatabase, item: Pick<PrintQueueItem, 'letterId' | 'reference'>, what: PrintMark['what'], actor: string, now = new Date()): Promise<PrintMark> {
  const mark: PrintMark = { id: crypto.randomUUID(), letterId: item.letterId, what, at: now.toISOString(), by: actor };
  await db.transaction('rw', [db.printMarks, db.auditLog], async () => {
    await db.printMarks.add(mark);
    await appendAudit(db, {
      actor,
      at: mark.at,
      action: 'letter.printed',
      subject: `letter:${item.letterId}`,
      summary: `${item.reference} ${what}`,
      after: { letterId: item.letterId, what },
    });
  });
  return mark;
}
