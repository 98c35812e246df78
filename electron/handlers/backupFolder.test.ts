import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesToRotate, scheduledBackupDue } from '../../shared/backup/backupPolicy';
import { BACKUP_CHUNK_BYTES, platformMessages } from '../../shared/platform/contract';
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
function handlers(chosen: string | null = folder, savedAs: string | null = null) {
  return backupFolderHandlers({
    showOpenDialog: async () => (chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] }),
    showSaveDialog: async () => (savedAs ? { canceled: false, filePath: savedAs } : { canceled: true }),
    defaultDirectory: () => root,
    configFile: join(root, 'backup-folder.json'),
  });
}

/** One whole write of `content`, in pieces of `piece` bytes, as the renderer makes it. */
async function writeWhole(h: ReturnType<typeof handlers>, fileName: string, content: Uint8Array<ArrayBuffer> = bytes, to: 'folder' | 'dialog' = 'folder', piece = 4) {
  const begun = await h.backupWriteBegin({ fileName, to, title: '' }, call);
  if (!begun.ok) return begun;
  for (let at = 0; at < content.length; at += piece) {
    const written = await h.backupWriteChunk({ handle: begun.value.handle, bytes: content.subarray(at, at + piece) }, call);
    if (!written.ok) return written;
  }
  return h.backupWriteEnd({ handle: begun.value.handle, commit: true }, call);
}

describe('the backup folder (desktop, scheduled backups)', () => {
  it('remembers the chosen folder, writes our files there and lists only them', async () => {
    const h = handlers();
    expect(await h.backupFolderList({}, call)).toEqual({ ok: true, value: { folder: null, files: [] } });
    await writeFile(join(folder, 'notes.txt'), 'not ours');
    expect(await h.backupFolderChoose({ title: '选择备份文件夹' }, call)).toEqual({ ok: true, value: { folder, files: [] } });
    const written = await writeWhole(h, 'casedesk-backup-20261202-103000Z.cdbackup');
    expect(written).toEqual({ ok: true, value: { savedAs: 'casedesk-backup-20261202-103000Z.cdbackup', files: ['casedesk-backup-20261202-103000Z.cdbackup'] } });
    expect(await readFile(join(folder, 'casedesk-backup-20261202-103000Z.cdbackup'), 'utf8')).toBe('CDBACKUP…');
    // a new handler set (the app restarted) still knows the folder
    expect((await handlers(null).backupFolderList({}, call)).ok).toBe(true);
  });

  it('rotates with the shared rule, removing only our files', async () => {
    const h = handlers();
    await h.backupFolderChoose({ title: '' }, call);
    await writeFile(join(folder, 'notes.txt'), 'not ours');
    for (const day of ['01', '02', '03', '04']) await writeWhole(h, `casedesk-backup-202612${day}-010000Z.cdbackup`);
    const listed = await h.backupFolderList({}, call);
    if (!listed.ok) throw new Error('list failed');
    expect(scheduledBackupDue(listed.value.files, { everyDays: 1, keep: 2 }, new Date('2026-12-04T12:00:00Z'))).toBe(false);
    const removed = await h.backupFolderRemove({ fileNames: filesToRotate(listed.value.files, { everyDays: 1, keep: 2 }) }, call);
    expect(removed.ok && removed.value.files).toEqual(['casedesk-backup-20261203-010000Z.cdbackup', 'casedesk-backup-20261204-010000Z.cdbackup']);
    expect((await readdir(folder)).sort()).toEqual(['casedesk-backup-20261203-010000Z.cdbackup', 'casedesk-backup-20261204-010000Z.cdbackup', 'notes.txt']);
  });

  it('refuses any other file name at the contract, before a handler sees it', () => {
    const write = platformMessages.backupWriteBegin.input;
    expect(write.safeParse({ fileName: 'casedesk-backup-20261202-103000Z.cdbackup', to: 'folder', title: '' }).success).toBe(true);
    expect(write.safeParse({ fileName: '../secrets.json', to: 'folder', title: '' }).success).toBe(false);
    expect(write.safeParse({ fileName: 'notes.txt', to: 'dialog', title: '' }).success).toBe(false);
    // a piece larger than a chunk is refused too: nothing crosses IPC whole
    expect(platformMessages.backupWriteChunk.input.safeParse({ handle: crypto.randomUUID(), bytes: new Uint8Array(BACKUP_CHUNK_BYTES + 1) }).success).toBe(false);
    expect(platformMessages.backupFolderRemove.input.safeParse({ fileNames: ['casedesk-backup-20261202-103000Z.cdbackup', 'report.docx'] }).success).toBe(false);
  });

  it('says so when no folder was chosen, and when the dialog was cancelled', async () => {
    const h = handlers(null);
    expect(await h.backupFolderChoose({ title: '' }, call)).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await writeWhole(h, 'casedesk-backup-20261202-103000Z.cdbackup')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await writeWhole(h, 'casedesk-backup-20261202-103000Z.cdbackup', bytes, 'dialog')).toEqual({ ok: false, error: { code: 'cancelled' } });
  });
});

describe('a backup written in pieces (desktop)', () => {
  it('appears under its name only when whole: until then the folder holds no file of that name', async () => {
    const h = handlers();
    await h.backupFolderChoose({ title: '' }, call);
    const name = 'casedesk-backup-20261202-103000Z.cdbackup';
    const begun = await h.backupWriteBegin({ fileName: name, to: 'folder', title: '' }, call);
    if (!begun.ok) throw new Error('begin failed');
    expect(await h.backupWriteChunk({ handle: begun.value.handle, bytes: bytes.subarray(0, 5) }, call)).toEqual({ ok: true, value: { written: 5 } });
    expect(await h.backupWriteChunk({ handle: begun.value.handle, bytes: bytes.subarray(5) }, call)).toEqual({ ok: true, value: { written: bytes.length } });
    expect(await readdir(folder)).not.toContain(name);
    expect((await h.backupFolderList({}, call)).ok && (await h.backupFolderList({}, call))).toMatchObject({ value: { files: [] } });
    expect(await h.backupWriteEnd({ handle: begun.value.handle, commit: true }, call)).toMatchObject({ ok: true, value: { savedAs: name } });
    expect(await readFile(join(folder, name), 'utf8')).toBe('CDBACKUP…');
    expect(await readdir(folder)).toEqual([name]);
  });

  it('leaves nothing behind when abandoned, and refuses pieces for a write that is over', async () => {
    const h = handlers();
    await h.backupFolderChoose({ title: '' }, call);
    const begun = await h.backupWriteBegin({ fileName: 'casedesk-backup-20261202-103000Z.cdbackup', to: 'folder', title: '' }, call);
    if (!begun.ok) throw new Error('begin failed');
    await h.backupWriteChunk({ handle: begun.value.handle, bytes }, call);
    expect(await h.backupWriteEnd({ handle: begun.value.handle, commit: false }, call)).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await readdir(folder)).toEqual([]);
    expect(await h.backupWriteChunk({ handle: begun.value.handle, bytes }, call)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('saves where the dialog says, replacing a file there only when the new one is whole', async () => {
    const target = join(root, 'chosen.cdbackup');
    await writeFile(target, 'the previous backup');
    const big = new Uint8Array(3 * 1024 + 7).map((_, i) => i % 251);
    const h = handlers(folder, target);
    const begun = await h.backupWriteBegin({ fileName: 'casedesk-backup-20261202-103000Z.cdbackup', to: 'dialog', title: '保存备份' }, call);
    if (!begun.ok) throw new Error('begin failed');
    await h.backupWriteChunk({ handle: begun.value.handle, bytes: big.subarray(0, 1024) }, call);
    expect(await readFile(target, 'utf8')).toBe('the previous backup');
    await h.backupWriteChunk({ handle: begun.value.handle, bytes: big.subarray(1024) }, call);
    expect(await h.backupWriteEnd({ handle: begun.value.handle, commit: true }, call)).toEqual({ ok: true, value: { savedAs: 'chosen.cdbackup', files: [] } });
    expect(new Uint8Array(await readFile(target))).toEqual(big);
  });
});
