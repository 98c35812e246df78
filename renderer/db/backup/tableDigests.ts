import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../../shared/audit/chain';
import type { CaseDeskDatabase } from '../database';
import { backedUpTables } from './backupTables';

/**
 * A digest of every table a backup carries, over the records as the app
 * holds them (plain, in primary-key order): "restore into an empty profile
 * gives identical records" is this map being equal before and after.
 *
 * An audit event's `mac` is left out: like the ciphertext under it, it is
 * the seal of the store that holds the event (under that store's audit key),
 * and a restore into another profile seals the same events again under its
 * own key. The hash chain itself (hash, prevHash, content) is compared.
 * `leaveOutChain` leaves out one chain's events and head: the chain of the
 * workstation that restored, which goes on from the restore's own event.
 */
export type TableDigests = Record<string, { rows: number; sha256: string }>;

const SEAL_FIELDS: Record<string, readonly string[]> = { auditLog: ['mac'], auditHeads: ['mac'] };

export async function digestTables(
  db: CaseDeskDatabase,
  options: { tables?: readonly string[]; leaveOutChain?: string } = {},
): Promise<TableDigests> {
  const tables = options.tables ?? backedUpTables(db.tables.map((t) => t.name));
  const out: TableDigests = {};
  await db.transaction('r', [...tables], async () => {
    for (const name of tables) {
      const hash = sha256.create();
      let rows = 0;
      const leaveOut = SEAL_FIELDS[name] ?? [];
      await db.table(name).each((row: Record<string, unknown>) => {
        if (options.leaveOutChain !== undefined && (name === 'auditLog' || name === 'auditHeads') && row.chain === options.leaveOutChain) return;
        const record = leaveOut.length ? Object.fromEntries(Object.entries(row).filter(([k]) => !leaveOut.includes(k))) : row;
        hash.update(new TextEncoder().encode(canonicalJson(record) + '\n'));
        rows++;
      });
      out[name] = { rows, sha256: bytesToHex(hash.digest()) };
    }
  });
  return out;
}
