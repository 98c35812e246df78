/**
 * The rules around backups that need no store (issue 11): the passphrase, the
 * file's name, the week-old reminder, and the desktop's scheduled backups to
 * a folder with rotation.
 */

export const MIN_PASSPHRASE_LENGTH = 10;
export const BACKUP_EXTENSION = 'cdbackup';
/** "a reminder when the last backup is older than a week" */
export const REMINDER_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PassphraseProblem = 'too-short' | 'mismatch' | null;

export function passphraseProblem(passphrase: string, repeated?: string): PassphraseProblem {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (repeated !== undefined && repeated !== passphrase) return 'mismatch';
  return null;
}

/** `casedesk-backup-20261202-103000Z.cdbackup`: sorts by time, says it is UTC, holds no personal data. */
export function backupFileName(at: Date, prefix = 'casedesk-backup'): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}Z`;
  return `${prefix}-${stamp}.${BACKUP_EXTENSION}`;
}

const NAME_PATTERN = new RegExp(`^casedesk-backup-(\\d{8})-(\\d{6})Z\\.${BACKUP_EXTENSION}$`);

/** When a file of ours was made, from its name; undefined for any other file (never rotated away). */
export function backupTimeOf(fileName: string): number | undefined {
  const m = NAME_PATTERN.exec(fileName);
  if (!m?.[1] || !m[2]) return undefined;
  const [d, t] = [m[1], m[2]];
  const ms = Date.parse(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Whether to remind the officer to make a backup: the last one (or, never
 * having made one, the store's creation) is more than a week old.
 */
export function backupReminderDue(lastBackupAt: string | undefined, storeCreatedAt: string | undefined, now: Date): boolean {
  const since = Date.parse(lastBackupAt ?? storeCreatedAt ?? '');
  if (Number.isNaN(since)) return lastBackupAt === undefined && storeCreatedAt === undefined;
  return now.getTime() - since > REMINDER_AFTER_DAYS * DAY_MS;
}

export interface BackupSchedule {
  /** a backup every this many days */
  everyDays: number;
  /** how many of our files to keep in the folder */
  keep: number;
}

export const DEFAULT_SCHEDULE: BackupSchedule = { everyDays: 1, keep: 14 };

/**
 * The desktop's scheduled backup (SPEC §6: "on a schedule to a chosen
 * folder"): is one due now, given the files already in the folder, and
 * which of our files to delete after writing the new one. Only files with
 * our name pattern are counted or removed; anything else in the folder is
 * left alone. A file dated in the future (a clock set back) proves nothing
 * about the present and is not counted, so it never stops backups.
 */
export function scheduledBackupDue(folderFiles: readonly string[], schedule: BackupSchedule, now: Date): boolean {
  const times = folderFiles.map(backupTimeOf).filter((t): t is number => t !== undefined && t <= now.getTime());
  if (times.length === 0) return true;
  return now.getTime() - Math.max(...times) >= schedule.everyDays * DAY_MS;
}

/** The files to delete once a new backup is written: all but the newest `keep` of ours (the new one included in `folderFiles`). */
export function filesToRotate(folderFiles: readonly string[], schedule: BackupSchedule): string[] {
  const ours = folderFiles
    .map((name) => ({ name, at: backupTimeOf(name) }))
    .filter((f): f is { name: string; at: number } => f.at !== undefined)
    .sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
  return ours.slice(Math.max(1, schedule.keep)).map((f) => f.name);
}
