import { z } from 'zod';
import { isSealed, openBytes, sealBytes, SealError } from '../../shared/crypto/aead';
import { chainIdSchema } from '../../shared/domain/audit';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';

/**
 * This workstation's identity in the store: the name of the audit chain it
 * writes (issue 10: in a team each workstation keeps its own hash chain).
 * Made once, when the store is created, and kept in the `local` table, which
 * never replicates.
 */
export const workstationSchema = z.object({
  id: z.string().uuid(),
  chain: chainIdSchema,
  createdAt: z.string(),
});
export type Workstation = z.infer<typeof workstationSchema>;

export const WORKSTATION_KEY = 'workstation';

export function newWorkstation(now = new Date()): Workstation {
  const id = crypto.randomUUID();
  return { id, chain: `ws-${id}`, createdAt: now.toISOString() };
}

export async function readWorkstation(db: CaseDeskDatabase): Promise<Workstation | undefined> {
  const parsed = workstationSchema.safeParse((await db.local.get(WORKSTATION_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

export const KEY_CHECK_KEY = 'keyCheck';
const KEY_CHECK_TEXT = 'casedesk-store-key-check';

/** The key the keychain gave is not the one this store was sealed with (a profile copied from another machine, a keychain reset). */
export class StoreKeyMismatchError extends Error {
  constructor() {
    super('the store key does not open this store');
    this.name = 'StoreKeyMismatchError';
  }
}

/**
 * The chain this workstation writes; a new store records its creation as the
 * chain's first event. Also proves the key: a sealed canary made with the
 * store must open, or the store is refused whole rather than failing record
 * by record.
 */
export async function ensureWorkstation(db: CaseDeskDatabase): Promise<string> {
  return db.transaction('rw', [db.local, db.auditLog], async () => {
    const check = (await db.local.get(KEY_CHECK_KEY))?.value;
    if (isSealed(check)) {
      try {
        openBytes(db.keys.records, check, KEY_CHECK_KEY);
      } catch (error) {
        if (error instanceof SealError) throw new StoreKeyMismatchError();
        throw error;
      }
    } else {
      await db.local.put({ key: KEY_CHECK_KEY, value: sealBytes(db.keys.records, new TextEncoder().encode(KEY_CHECK_TEXT), KEY_CHECK_KEY) });
    }
    const existing = await readWorkstation(db);
    if (existing) return existing.chain;
    const workstation = newWorkstation();
    await db.local.put({ key: WORKSTATION_KEY, value: workstation });
    db.chain = workstation.chain;
    await appendAudit(db, { actor: 'CaseDesk', action: 'store.created', subject: 'store', summary: 'store created' });
    return workstation.chain;
  });
}
