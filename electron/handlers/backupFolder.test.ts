import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesToRotate, scheduledBackupDue } from '../../shared/backup/backupPolicy';
import { platformMessages } from '../../shared/platform/contract';
import { backupFolderHandlers } from './backupFolder';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'casedesk-backups-'));
  folder = join(root, 'backups');
  await writeFile(join(root, 'placeholder'), '');
  await import('node:fs/promises').then((fs) => fs.mkdir(folder));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const call = { window: null };
const bytes = new TextEncoder().encode('CDBACKUP…');
function handlers(chosen: string | null = folder) {
  return backupFolderHandlers({
    showOpenDialog: async () => (chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] }),
    configFile: join(root, 'backup-folder.json'),
  });
}

describe('the backup folder (desktop, scheduled backups)', () => {
  it('remembers the chosen folder, writes our files there and lists only them', async () => {
    const h = handlers();
    expect(await h.backupFolderList({}, call)).toEqual({ ok: true, value: { folder: null, files: [] } });
    await writeFile(join(folder, 'notes.txt'), 'not ours');
    expect(await h.backupFolderChoose({ title: '选择备份文件夹' }, call)).toEqual({ ok: true, value: { folder, files: [] } });
    const written = await h.backupFolderWrite({ fileName: 'casedesk-backup-20261202-103000Z.cdbackup', bytes }, call);
    expect(written).toEqual({ ok: true, value: { folder, files: ['casedesk-backup-20261202-103000Z.cdbackup'] } });
    expect(await readFile(join(folder, 'casedesk-backup-20261202-103000Z.cdbackup'), 'utf8')).toBe('CDBACKUP…');
    // a new handler set (the app restarted) still knows the folder
    expect((await handlers(null).backupFolderList({}, call)).ok).toBe(true);
  });

  it('rotates with the shared rule, removing only our files', async () => {
    const h = handlers();
    await h.backupFolderChoose({ title: '' }, call);
    await writeFile(join(folder, 'notes.txt'), 'not ours');
    for (const day of ['01', '02', '03', '04']) await h.backupFolderWrite({ fileName: `casedesk-backup-202612${day}-010000Z.cdbackup`, bytes }, call);
    const listed = await h.backupFolderList({}, call);
    if (!listed.ok) throw new Error('list failed');
    expect(scheduledBackupDue(listed.value.files, { everyDays: 1, keep: 2 }, new Date('2026-12-04T12:00:00Z'))).toBe(false);
    const removed = await h.backupFolderRemove({ fileNames: filesToRotate(listed.value.files, { everyDays: 1, keep: 2 }) }, call);
    expect(removed.ok && removed.value.files).toEqual(['casedesk-backup-20261203-010000Z.cdbackup', 'casedesk-backup-20261204-010000Z.cdbackup']);
    expect((await readdir(folder)).sort()).toEqual(['casedesk-backup-20261203-010000Z.cdbackup', 'casedesk-backup-20261204-010000Z.cdbackup', 'notes.txt']);
  });

  it('refuses any other file name at the contract, before a handler sees it', () => {
    const write = platformMessages.backupFolderWrite.input;
    expect(write.safeParse({ fileName: '../secrets.json', bytes }).success).toBe(false);
    expect(write.safeParse({ fileName: 'notes.txt', bytes }).success).toBe(false);
    expect(platformMessages.backupFolderRemove.input.safeParse({ fileNames: ['casedesk-backup-20261202-103000Z.cdbackup', 'report.docx'] }).success).toBe(false);
  });

  it('says so when no folder was chosen, and when the dialog was cancelled', async () => {
    const h = handlers(null);
    expect(await h.backupFolderChoose({ title: '' }, call)).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await h.backupFolderWrite({ fileName: 'casedesk-backup-20261202-103000Z.cdbackup', bytes }, call)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
