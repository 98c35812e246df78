import type { Table, Transaction } from 'dexie';
import type { AuditEvent } from '../../../shared/domain/audit';
import { tableSealing } from '../../../shared/store/tableSealing';
import { appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';
import { newWorkstation, WORKSTATION_KEY } from '../workstation';

/** Rows re-sealed per batch, and named per baseline event: keeps each event a few hundred KB at most. */
const BATCH = 500;

/**
 * Version 1 → 2 (issue 11): every record is written again, so that the
 * encryption layer seals its personal fields and computes its blind indexes;
 * the single audit chain becomes this workstation's named chain, its events
 * kept as they were (version 1 hashes still verify); and baseline events
 * record the digest of every record as it stands, so that from here on a
 * record changed without its event is found. Runs inside Dexie's upgrade
 * transaction: all of it happens, or none.
 */
export async function migrateToVersion2(tx: Transaction, db: CaseDeskDatabase): Promise<void> {
  const workstation = newWorkstation();
  await tx.table('local').put({ key: WORKSTATION_KEY, value: workstation });
  db.chain = workstation.chain;

  // the old chain, renamed: same positions, same hashes
  const legacy = (await tx.table('audit').orderBy('seq').toArray()) as Omit<AuditEvent, 'chain'>[];
  if (legacy.length) await tx.table('auditLog').bulkAdd(legacy.map((event) => ({ ...event, chain: workstation.chain })));

  for (const name of Object.keys(tableSealing)) {
    // a table added by a later version (purgeLedger, version 3) is not in this upgrade's schema, and empty when it comes
    const table = tableOrUndefined(tx, name);
    if (!table) continue;
    const primaryKey = table.schema.primKey.keyPath as string;
    let last: unknown;
    for (;;) {
      const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(BATCH).toArray();
      if (!page.length) break;
      await table.bulkPut(page);
      last = (page.at(-1) as Record<string, unknown>)[primaryKey];
      await appendAudit(db, {
        actor: 'CaseDesk',
        action: 'audit.baseline',
        subject: 'store',
        summary: `baseline ${name} ${page.length}`,
      });
    }
  }
  await appendAudit(db, {
    actor: 'CaseDesk',
    action: 'store.upgraded',
    subject: 'store',
    summary: 'store version 2: personal data sealed (AES-GCM), blind indexes, audit chain named and authenticated',
    after: { version: 2, chain: workstation.chain, legacyEvents: legacy.length },
  });
}

function tableOrUndefined(tx: Transaction, name: string): Table | undefined {
  try {
    return tx.table(name);
  } catch {
    return undefined;
  }
}
