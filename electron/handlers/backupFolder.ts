import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { randomBytes, randomUUID } from 'node:crypto';
import { open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { BACKUP_FILE_PATTERN } from '../../shared/platform/contract';
import { fail, ok, type Result } from '../../shared/platform/result';
import { fsErrorCode, writeFileAtomic } from '../fs/atomicWrite';
import type { PlatformHandler } from './types';

export interface BackupFolderDeps {
  showOpenDialog(window: BrowserWindow | null, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: BrowserWindow | null, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** the folder a saved backup's dialog opens in (the user's Documents) */
  defaultDirectory(): string;
  /** where the chosen folder is remembered (in the profile) */
  configFile: string;
}

/** Backups being written at once: a scheduled one and one the officer saves. */
const MAX_OPEN_WRITES = 2;

interface OpenWrite {
  file: FileHandle;
  temp: string;
  target: string;
  folder: string | null;
  written: number;
}

const configSchema = z.object({ folder: z.string().min(1).max(4096) });
type FolderState = { folder: string | null; files: string[] };

/**
 * Scheduled backups to a folder (issue 11, SPEC §6), the desktop's part:
 * the officer picks the folder in a native dialog, the main process keeps
 * it, and the renderer may only list our backup files there, write one
 * (in pieces, renamed into place when whole) or remove some — by name, each
 * checked against our naming pattern, so a compromised renderer cannot touch
 * any other file. A backup the officer saves elsewhere is written the same
 * way to where the native dialog says.
 */
export function backupFolderHandlers(deps: BackupFolderDeps) {
  const folderOf = async (): Promise<string | null> => {
    try {
      const parsed = configSchema.safeParse(JSON.parse(await readFile(deps.configFile, 'utf8')));
      return parsed.success ? parsed.data.folder : null;
    } catch {
      return null;
    }
  };
  const state = async (folder: string | null): Promise<Result<FolderState>> => {
    if (!folder) return ok({ folder: null, files: [] });
    try {
      const files = (await readdir(folder)).filter((name) => BACKUP_FILE_PATTERN.test(name)).sort();
      return ok({ folder, files });
    } catch (error) {
      return fail('io-failed', fsErrorCode(error));
    }
  };
  const choose: PlatformHandler<'backupFolderChoose'> = async ({ title }, call) => {
    const chosen = await deps.showOpenDialog(call.window, { title, properties: ['openDirectory', 'createDirectory'] });
    const folder = chosen.filePaths[0];
    if (chosen.canceled || !folder) return fail('cancelled');
    try {
      await writeFileAtomic(deps.configFile, JSON.stringify({ folder }));
    } catch (error) {
      return fail('io-failed', fsErrorCode(error));
    }
    return state(folder);
  };
  const list: PlatformHandler<'backupFolderList'> = async () => state(await folderOf());
  // a backup is written as a hidden temporary file beside its target and renamed into place when whole
  // (as writeFileAtomic does for a file in one piece): the folder never holds half a backup under our name
  const writes = new Map<string, OpenWrite>();
  const close = async (handle: string, keep: boolean): Promise<void> => {
    const w = writes.get(handle);
    if (!w) return;
    writes.delete(handle);
    await w.file.close().catch(() => undefined);
    if (!keep) await unlink(w.temp).catch(() => undefined);
  };
  const begin: PlatformHandler<'backupWriteBegin'> = async ({ fileName, to, title }, call) => {
    if (!BACKUP_FILE_PATTERN.test(fileName)) return fail('invalid-argument');
    if (writes.size >= MAX_OPEN_WRITES) return fail('io-failed', 'EBUSY');
    let target: string;
    let folder: string | null = null;
    if (to === 'folder') {
      folder = await folderOf();
      if (!folder) return fail('not-found', 'no backup folder chosen');
      target = join(folder, fileName);
    } else {
      const chosen = await deps.showSaveDialog(call.window, {
        title,
        defaultPath: join(deps.defaultDirectory(), fileName),
        filters: [{ name: 'CaseDesk backup', extensions: ['cdbackup'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (chosen.canceled || !chosen.filePath) return fail('cancelled');
      target = chosen.filePath;
    }
    const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = randomUUID();
      writes.set(handle, { file: await open(temp, 'wx', 0o600), temp, target, folder, written: 0 });
      return ok({ handle });
    } catch (error) {
      return fail('io-failed', fsErrorCode(error));
    }
  };
  const chunk: PlatformHandler<'backupWriteChunk'> = async ({ handle, bytes }) => {
    const w = writes.get(handle);
    if (!w) return fail('not-found', 'no such backup being written');
    try {
      await w.file.write(bytes);
      w.written += bytes.byteLength;
      return ok({ written: w.written });
    } catch (error) {
      await close(handle, false);
      return fail('io-failed', fsErrorCode(error));
    }
  };
  const end: PlatformHandler<'backupWriteEnd'> = async ({ handle, commit }) => {
    const w = writes.get(handle);
    if (!w) return fail('not-found', 'no such backup being written');
    if (!commit) {
      await close(handle, false);
      return fail('cancelled');
    }
    try {
      await w.file.sync();
      await close(handle, true);
      await rename(w.temp, w.target);
    } catch (error) {
      await close(handle, false);
      await unlink(w.temp).catch(() => undefined);
      return fail('io-failed', fsErrorCode(error));
    }
    const listed = w.folder ? await state(w.folder) : ok({ folder: null, files: [] });
    return ok({ savedAs: basename(w.target), files: listed.ok ? listed.value.files : [] });
  };
  const remove: PlatformHandler<'backupFolderRemove'> = async ({ fileNames }) => {
    const folder = await folderOf();
    if (!folder) return fail('not-found', 'no backup folder chosen');
    for (const name of fileNames) {
      if (!BACKUP_FILE_PATTERN.test(name)) return fail('invalid-argument');
      await unlink(join(folder, name)).catch(() => undefined);
    }
    return state(folder);
  };
  return { backupFolderChoose: choose, backupFolderList: list, backupFolderRemove: remove, backupWriteBegin: begin, backupWriteChunk: chunk, backupWriteEnd: end };
}
