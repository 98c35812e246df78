import { Dexie } from 'dexie';
import { z } from 'zod';
import { formatCaseReference } from '../../../shared/domain/case';
import {
  blockDocId,
  heldBlock,
  numbersInHand,
  PROVISIONAL_PATTERN,
  provisionalReference,
  RESERVE,
  takeNumber,
  type HeldBlock,
  type ReferenceKind,
} from '../../../shared/sync/referenceBlocks';
import { appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';
import { readWorkstation } from '../workstation';

/**
 * The blocks of reference numbers this workstation holds in a team (issue 10;
 * shared/sync/referenceBlocks.ts), kept in the local table, issued inside the
 * transaction that saves the case, and topped up from the server by the sync
 * engine while it is online.
 */
const BLOCKS_KEY = 'references.blocks';
const PROVISIONAL_KEY = 'references.provisional';
const heldSchema = z.array(
  z.object({ kind: z.enum(['case', 'incident']), year: z.number().int(), block: z.number().int().nonnegative(), next: z.number().int(), last: z.number().int() }),
);

export async function readHeldBlocks(db: CaseDeskDatabase): Promise<HeldBlock[]> {
  const parsed = heldSchema.safeParse((await db.local.get(BLOCKS_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

const PREFIX: Record<ReferenceKind, 'CL' | 'INC'> = { case: 'CL', incident: 'INC' };
const format = (kind: ReferenceKind, year: number, sequence: number) =>
  kind === 'case' ? formatCaseReference(year, sequence) : `INC-${year}-${String(sequence).padStart(4, '0')}`;

/**
 * The next reference in a team: from the blocks in hand, else provisional.
 * Runs inside the transaction that saves the record (every write
 * transaction includes the local table); `exists` is the store's own check.
 */
export async function issueTeamReference(db: CaseDeskDatabase, kind: ReferenceKind, year: number, exists: (reference: string) => Promise<boolean>): Promise<string> {
  if (!Dexie.currentTransaction) throw new Error('a reference is issued inside the transaction that saves the record');
  let blocks = await readHeldBlocks(db);
  for (;;) {
    const taken = takeNumber(blocks, kind, year);
    if (!taken) break;
    blocks = taken.blocks;
    const reference = format(kind, year, taken.sequence);
    if (await exists(reference)) continue;
    await db.local.put({ key: BLOCKS_KEY, value: blocks });
    return reference;
  }
  await db.local.put({ key: BLOCKS_KEY, value: blocks });
  const counter = (((await db.local.get(PROVISIONAL_KEY))?.value as number | undefined) ?? 0) + 1;
  await db.local.put({ key: PROVISIONAL_KEY, value: counter });
  const tag = ((await readWorkstation(db))?.id ?? '0000').replace(/-/g, '').slice(0, 4);
  return provisionalReference(PREFIX[kind], year, tag, counter);
}

/** What the sync engine needs of the server to claim a block: create a document, list the claimed ones. */
export interface BlockClaimer {
  create(id: string, body: Record<string, unknown>): Promise<'created' | 'taken'>;
  lastClaimed(prefix: string): Promise<string | undefined>;
}

/** Claims blocks until each kind has its reserve for this year (and next year from December). */
export async function topUpBlocks(db: CaseDeskDatabase, claimer: BlockClaimer, username: string, now = new Date()): Promise<number> {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  const years = shanghai.getUTCMonth() === 11 ? [year, year + 1] : [year];
  let claimed = 0;
  for (const kind of ['case', 'incident'] as const) {
    for (const y of years) {
      while (numbersInHand(await readHeldBlocks(db), kind, y) < RESERVE[kind]) {
        const prefix = `refblock:${kind}:${y}:`;
        const last = await claimer.lastClaimed(prefix);
        let block = last ? Number(last.slice(prefix.length)) + 1 : 0;
        for (;;) {
          const answer = await claimer.create(blockDocId(kind, y, block), { by: username, chain: db.chain, at: now.toISOString() });
          if (answer === 'created') break;
          block++;
        }
        await db.transaction('rw', [db.local], async () => {
          await db.local.put({ key: BLOCKS_KEY, value: [...(await readHeldBlocks(db)), heldBlock(kind, y, block)] });
        });
        claimed++;
      }
    }
  }
  return claimed;
}

/** Cases that got a provisional reference offline get a final one, audited, once blocks are in hand. */
export async function finaliseProvisional(db: CaseDeskDatabase, actor: string): Promise<number> {
  const provisional = (await db.cases.toArray()).filter((c) => PROVISIONAL_PATTERN.test(c.reference));
  let done = 0;
  for (const c of provisional) {
    const year = Number(c.reference.slice(3, 7));
    await db.transaction('rw', [db.cases, db.auditLog], async () => {
      const reference = await issueTeamReference(db, 'case', year, async (r) => (await db.cases.where('reference').equals(r).count()) > 0);
      if (PROVISIONAL_PATTERN.test(reference)) return; // still none in hand
      await db.cases.update(c.id, { reference, updatedAt: new Date().toISOString() });
      await appendAudit(db, {
        actor,
        action: 'case.updated',
        subject: `case:${c.id}`,
        summary: `${c.reference} → ${reference}`,
        before: { reference: c.reference },
        after: { reference },
      });
      done++;
    });
  }
  return done;
}
