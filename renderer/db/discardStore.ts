import Dexie from 'dexie';
import type { StoreFailureKind } from './unlockStore';

/**
 * "从备份恢复" on the failure screen (issue 11): a store that cannot be read
 * — corrupted, or its key lost or not its own — is deleted, so that the app
 * starts on an empty store whose first-run page restores a backup. Offered
 * only where that is the way out: not while IndexedDB itself is missing, the
 * keychain refuses every key, the disk is full, or a newer CaseDesk wrote the
 * store (upgrading keeps it). The screen asks first, and offers to export
 * what can still be read.
 */
export function restoreIsTheWayOut(kind: StoreFailureKind): boolean {
  return kind === 'corrupted' || kind === 'wrong-key' || kind === 'key-missing';
}

export async function discardUnreadableStore(name: string): Promise<void> {
  await Dexie.delete(name);
}
