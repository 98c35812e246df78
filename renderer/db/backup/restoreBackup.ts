import { Dexie } from 'dexie';
import { importInto, peakImportFile } from 'dexie-export-import';
import { chainHead, eventMac, type ChainHead } from '../../../shared/audit/chain';
import { verifyChain } from '../../../shared/audit/verifyChain';
import { BackupError, decryptBackup, type BackupHeader } from '../../../shared/backup/backupFormat';
import type { AuditEvent } from '../../../shared/domain/audit';
import { appendAudit } from '../audit';
import { touchedRecords } from '../audit/recordTracking';
import type { CaseDeskDatabase } from '../database';
import { tallyStoredLiveCases } from '../liveTallies';
import { tallyStoredCases } from '../monthTallies';
import { readTeamSession } from '../sync/teamSession';
import { BackupRefusedError, createBackup, type MadeBackup } from './createBackup';
import { blobChunks, blobOf } from './blobStream';
import { DERIVED_TABLES, TABLES_LEFT_OUT, backedUpTables } from './backupTables';

/**
 * 恢复 (issue 11, SPEC §6: "restore checks integrity before it replaces
 * anything"). In this order:
 * 1. the whole file is decrypted and authenticated, frame by frame, into a
 *    Blob beside the store (Chromium keeps a large one on disk): a wrong
 *    passphrase, a truncated or altered file, a newer version is refused
 *    here and nothing has been touched;
 * 2. a store that holds cases is replaced only when the officer confirmed,
 *    and only after an automatic backup of it was taken and saved;
 * 3. in ONE transaction: the backed-up tables are cleared and refilled by
 *    dexie-export-import (through the DBCore stack, so every record is
 *    sealed again under this profile's key), the restored audit chains are
 *    checked and sealed again under this profile's audit key, the
 *    dashboard's tallies counted again, the purge ledger applied again, and
 *    the restore itself audited. Any failure rolls all of it back.
 */
export interface RestoreReport {
  header: BackupHeader;
  /** chains whose hashes, links and head were sound, now sealed with this store's audit key */
  chainsSealed: string[];
  /** chains that were not sound in the backup: kept as they were, unauthenticated, for the log's screen to report */
  chainsNotSealed: string[];
  purgesApplied: number;
  safetyBackup?: MadeBackup;
}

export interface RestoreOptions {
  passphrase: string;
  actor: string;
  /** the officer confirmed replacing a store that holds data */
  confirmedOverwrite: boolean;
  /** saves the automatic backup taken first (a download, a file): must resolve only once it is saved */
  saveSafetyBackup: (backup: MadeBackup) => Promise<void>;
  now?: Date;
  scrypt?: { N: number; r: number; p: number };
  /** the purge ledger applied again inside the restore's transaction (db/retention/) */
  reapplyPurges?: (db: CaseDeskDatabase, actor: string, at: string) => Promise<number>;
}

export async function storeHoldsData(db: CaseDeskDatabase): Promise<boolean> {
  const counts = await Promise.all([db.cases.count(), db.requesters.count(), db.incidents.count(), db.documents.count(), db.letters.count()]);
  return counts.some((n) => n > 0);
}

/** Step 1 alone: the plain export, every frame authenticated, or a BackupError. */
export async function openBackupFile(file: Blob, passphrase: string, currentAppSchema: number): Promise<{ plain: Blob; header: BackupHeader }> {
  let header: BackupHeader | undefined;
  const plain = await blobOf(decryptBackup(blobChunks(file), { passphrase, currentAppSchema, onHeader: (h) => (header = h) }), 'text/json');
  if (!header) throw new BackupError('not-a-backup', 'no header');
  try {
    const meta = await peakImportFile(plain);
    if (meta.formatName !== 'dexie') throw new Error(meta.formatName);
  } catch {
    // authenticated, so written by a CaseDesk, but not holding a store export
    throw new BackupError('not-a-backup', 'the decrypted content is not a store export');
  }
  return { plain, header };
}

export async function restoreBackup(db: CaseDeskDatabase, file: Blob, options: RestoreOptions): Promise<RestoreReport> {
  if (await readTeamSession(db)) throw new BackupRefusedError('team-mode');
  const { plain, header } = await openBackupFile(file, options.passphrase, db.verno);
  let safetyBackup: MadeBackup | undefined;
  if (await storeHoldsData(db)) {
    if (!options.confirmedOverwrite) throw new BackupRefusedError('needs-confirmation');
    try {
      safetyBackup = await createBackup(db, options.passphrase, options.actor, { reason: 'before-restore', ...(options.scrypt ? { scrypt: options.scrypt } : {}) });
      await options.saveSafetyBackup(safetyBackup);
    } catch (error) {
      if (error instanceof BackupRefusedError) throw error;
      throw new BackupRefusedError('safety-backup-failed');
    }
  }
  const at = (options.now ?? new Date()).toISOString();
  const restored = backedUpTables(db.tables.map((t) => t.name));
  const scope = [...new Set([...restored, ...DERIVED_TABLES, 'local', 'auditHeads'])];
  let result: { sealing: Awaited<ReturnType<typeof sealRestoredChains>>; purgesApplied: number } | undefined;
  // dexie-export-import reads the first chunk of the file, then opens its transaction over every table and reads
  // the rest inside it (Dexie.waitFor). Its transaction is made ours: the clearing before, and the sealing, the
  // tallies, the purges and the audit event after, all commit with the records or not at all. (Clearing first and
  // importing inside our own transaction does not work: the library's first read of the Blob is a browser task
  // that lets IndexedDB commit an idle transaction, and the rest would have written to a store already cleared.)
  const inOneTransaction = (_mode: string, _tables: unknown, importAll: () => Promise<void>) =>
    db.transaction('rw', scope, async (tx) => {
      // the purges this store made stay made, whatever the backup holds (issue 11)
      const keptLedger = await db.purgeLedger.toArray();
      for (const name of [...restored, ...DERIVED_TABLES]) await db.table(name).clear();
      await importAll();
      // the restored records come with their own events: the restore's event need not name each of them again
      for (const touched of touchedRecords(tx.idbtrans).values()) touched.answered = true;
      await db.purgeLedger.bulkPut(keptLedger);
      const sealing = await sealRestoredChains(db);
      for (const name of DERIVED_TABLES) await db.table(name).clear();
      await tallyStoredCases(tx);
      await tallyStoredLiveCases(tx);
      const purgesApplied = options.reapplyPurges ? await options.reapplyPurges(db, options.actor, at) : 0;
      await appendAudit(db, {
        actor: options.actor,
        at,
        action: 'backup.restored',
        subject: 'store',
        summary: `restored the backup of ${header.createdAt}; ${sealing.sealed.length} audit chains sealed, ${sealing.notSealed.length} not; ${purgesApplied} purges applied again`,
        after: { backupCreatedAt: header.createdAt, appSchema: header.appSchema, heads: sealing.heads, notSealed: sealing.notSealed, purgesApplied },
      });
      result = { sealing, purgesApplied };
    });
  const importer = new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') return inOneTransaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  await importInto(importer, plain, { acceptVersionDiff: true, acceptNameDiff: true, overwriteValues: true, skipTables: [...TABLES_LEFT_OUT] });
  if (!result) throw new Error('the restore did not run');
  return {
    header,
    chainsSealed: result.sealing.sealed,
    chainsNotSealed: result.sealing.notSealed,
    purgesApplied: result.purgesApplied,
    ...(safetyBackup ? { safetyBackup } : {}),
  };
}

/**
 * The restored events carry MACs under the audit key of the store that made
 * the backup, which this profile does not have. The backup file itself is
 * authenticated (only the passphrase could have made it), so a chain whose
 * hashes and links are whole and whose last events reach the head the backup
 * recorded is the chain that store verified: its events and head are sealed
 * again under this store's key. A chain that was already broken in the
 * backup is left as it was and without a head, so verification keeps
 * reporting it rather than this restore vouching for it.
 */
async function sealRestoredChains(db: CaseDeskDatabase): Promise<{ sealed: string[]; notSealed: string[]; heads: Pick<ChainHead, 'chain' | 'seq' | 'hash'>[] }> {
  const heads = await db.auditHeads.toArray();
  const sealed: string[] = [];
  const notSealed: string[] = [];
  const sealedHeads: Pick<ChainHead, 'chain' | 'seq' | 'hash'>[] = [];
  for (const head of heads) {
    const events: AuditEvent[] = await db.auditLog.where('[chain+seq]').between([head.chain, Dexie.minKey], [head.chain, Dexie.maxKey]).toArray();
    const report = verifyChain(head.chain, events);
    const last = events.at(-1);
    const atHead = events.find((e) => e.seq === head.seq);
    if (report.problems.length === 0 && last && atHead?.hash === head.hash) {
      await db.auditLog.bulkPut(events.map((e) => (e.v === 2 ? { ...e, mac: eventMac(db.keys.auditHead, e.chain, e.seq, e.hash) } : e)));
      await db.auditHeads.put(chainHead(db.keys.auditHead, last));
      sealed.push(head.chain);
      sealedHeads.push({ chain: last.chain, seq: last.seq, hash: last.hash });
    } else {
      await db.auditHeads.delete(head.chain);
      notSealed.push(head.chain);
    }
  }
  return { sealed, notSealed, heads: sealedHeads };
}
