import { describe, expect, it } from 'vitest';
import { backupFileName, backupReminderDue, backupTimeOf, filesToRotate, passphraseProblem, scheduledBackupDue } from './backupPolicy';

const at = (iso: string) => new Date(iso);
const name = (iso: string) => backupFileName(at(iso));

describe('backup file names', () => {
  it('say when (UTC) and read back', () => {
    expect(name('2026-12-02T10:30:05.123Z')).toBe('casedesk-backup-20261202-103005Z.cdbackup');
    expect(backupTimeOf(name('2026-12-02T10:30:05.000Z'))).toBe(Date.parse('2026-12-02T10:30:05.000Z'));
    expect(backupTimeOf('holiday-photos.cdbackup')).toBeUndefined();
  });
});

describe('the week-old reminder', () => {
  const now = at('2026-12-10T12:00:00Z');
  it('reminds after more than 7 days since the last backup', () => {
    expect(backupReminderDue('2026-12-03T11:59:00Z', undefined, now)).toBe(true);
    expect(backupReminderDue('2026-12-03T12:01:00Z', undefined, now)).toBe(false);
  });
  it('counts from the store’s creation when no backup was ever made', () => {
    expect(backupReminderDue(undefined, '2026-12-09T00:00:00Z', now)).toBe(false);
    expect(backupReminderDue(undefined, '2026-11-01T00:00:00Z', now)).toBe(true);
  });
});

describe('scheduled backups to a folder', () => {
  const schedule = { everyDays: 1, keep: 3 };
  const now = at('2026-12-10T12:00:00Z');
  it('are due in an empty folder, or one holding only other files', () => {
    expect(scheduledBackupDue([], schedule, now)).toBe(true);
    expect(scheduledBackupDue(['notes.txt'], schedule, now)).toBe(true);
  });
  it('are due once the newest of ours is a whole period old', () => {
    expect(scheduledBackupDue([name('2026-12-09T11:00:00Z')], schedule, now)).toBe(true);
    expect(scheduledBackupDue([name('2026-12-09T11:00:00Z'), name('2026-12-10T01:00:00Z')], schedule, now)).toBe(false);
  });
  it('are not stopped forever by a file dated in the future', () => {
    expect(scheduledBackupDue([name('2027-06-01T00:00:00Z')], schedule, now)).toBe(true);
    expect(scheduledBackupDue([name('2027-06-01T00:00:00Z'), name('2026-12-10T06:00:00Z')], schedule, now)).toBe(false);
  });
  it('rotate away all but the newest `keep` of ours, never another file', () => {
    const files = ['notes.txt', name('2026-12-06T00:00:00Z'), name('2026-12-09T00:00:00Z'), name('2026-12-07T00:00:00Z'), name('2026-12-08T00:00:00Z'), name('2026-12-10T00:00:00Z')];
    expect(filesToRotate(files, schedule).sort()).toEqual([name('2026-12-06T00:00:00Z'), name('2026-12-07T00:00:00Z')].sort());
    expect(filesToRotate(files.slice(0, 3), schedule)).toEqual([]);
  });
  it('keep at least the newest one whatever the setting says', () => {
    expect(filesToRotate([name('2026-12-06T00:00:00Z'), name('2026-12-07T00:00:00Z')], { everyDays: 1, keep: 0 })).toEqual([name('2026-12-06T00:00:00Z')]);
  });
});

describe('the passphrase', () => {
  it('needs 10 characters (Chinese characters count one each) and must be typed twice alike', () => {
    expect(passphraseProblem('short')).toBe('too-short');
    expect(passphraseProblem('案件台备份口令十个字啊')).toBeNull();
    expect(passphraseProblem('long enough pass', 'long enough pas')).toBe('mismatch');
  });
});
