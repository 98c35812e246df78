import type { CaseDeskDatabase } from '../database';

/**
 * When this workstation last made a backup (for the week-old reminder), in
 * the `local` table: a fact of this workstation, never in a backup itself.
 * Apart from createBackup.ts so the shell's reminder does not pull the
 * export library into the start-up bundle.
 */
export const LAST_BACKUP_KEY = 'lastBackup';

export interface LastBackup {
  at: string;
  fileName: string;
  bytes: number;
}

export async function readLastBackup(db: CaseDeskDatabase): Promise<LastBackup | undefined> {
  const value = (await db.local.get(LAST_BACKUP_KEY))?.value as LastBackup | undefined;
  return value && typeof value.at === 'string' ? value : undefined;
}
