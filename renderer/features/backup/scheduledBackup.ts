import { filesToRotate, passphraseProblem, scheduledBackupDue } from '../../../shared/backup/backupPolicy';
import type { PlatformApi } from '../../../shared/platform/contract';
import { createBackup } from '../../db/backup/createBackup';
import type { CaseDeskDatabase } from '../../db/database';
import { readSetting } from '../../db/settings';
import { readTeamSession } from '../../db/sync/teamSession';
import { writeBackupInPieces, type BackupWriter } from './writeBackupInPieces';

/** The keychain entry of the scheduled backups' passphrase (never in the store or a setting). */
export const SCHEDULE_PASSPHRASE_SECRET = 'backup.passphrase';

export type ScheduledOutcome = 'off' | 'team' | 'no-folder' | 'not-due' | 'no-passphrase' | 'write-failed' | 'made';

/**
 * One turn of the desktop's scheduled backups (issue 11, SPEC §6): when a
 * schedule is set, a folder chosen and a backup due by the shared rule, a
 * backup under the passphrase kept in the keychain is written to the folder,
 * and the files past the number to keep are removed (ours only).
 */
export async function runScheduledBackup(
  db: CaseDeskDatabase,
  platform: Pick<PlatformApi, 'backupFolderList' | 'backupFolderRemove' | 'secretGet'> & BackupWriter,
  actor: string,
  now: Date = new Date(),
  scrypt?: { N: number; r: number; p: number },
): Promise<ScheduledOutcome> {
  const schedule = await readSetting(db, 'backupSchedule');
  if (!schedule) return 'off';
  if (await readTeamSession(db)) return 'team';
  const listed = await platform.backupFolderList({});
  if (!listed.ok || !listed.value.folder) return 'no-folder';
  if (!scheduledBackupDue(listed.value.files, schedule, now)) return 'not-due';
  const secret = await platform.secretGet({ name: SCHEDULE_PASSPHRASE_SECRET });
  const passphrase = secret.ok ? secret.value.value : null;
  if (!passphrase || passphraseProblem(passphrase)) return 'no-passphrase';
  const made = await createBackup(db, passphrase, actor, { now, ...(scrypt ? { scrypt } : {}) });
  const written = await writeBackupInPieces(platform, made.blob, { fileName: made.fileName, to: 'folder', title: '' });
  if (!written.ok) return 'write-failed';
  const rotate = filesToRotate(written.value.files, schedule);
  if (rotate.length) await platform.backupFolderRemove({ fileNames: rotate });
  return 'made';
}
