import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUP_FILE_PATTERN } from '../../shared/platform/contract';
import { fail, ok, type Result } from '../../shared/platform/result';
import { fsErrorCode, writeFileAtomic } from '../fs/atomicWrite';
import type { PlatformHandler } from './types';

export interface BackupFolderDeps {
  showOpenDialog(window: BrowserWindow | null, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** where the chosen folder is remembered (in the profile) */
  configFile: string;
}

const configSchema = z.object({ folder: z.string().min(1).max(4096) });
type FolderState = { folder: string | null; files: string[] };

/**
 * Scheduled backups to a folder (issue 11, SPEC §6), the desktop's part:
 * the officer picks the folder in a native dialog, the main process keeps
 * it, and the renderer may only list our backup files there, write one
 * (atomically) or remove some — by name, each checked against our naming
 * pattern, so a compromised renderer cannot touch any other file.
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
  const write: PlatformHandler<'backupFolderWrite'> = async ({ fileName, bytes }) => {
    const folder = await folderOf();
    if (!folder) return fail('not-found', 'no backup folder chosen');
    if (!BACKUP_FILE_PATTERN.test(fileName)) return fail('invalid-argument');
    try {
      await writeFileAtomic(join(folder, fileName), bytes);
    } catch (error) {
      return fail('io-failed', fsErrorCode(error));
    }
    return state(folder);
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
  return { backupFolderChoose: choose, backupFolderList: list, backupFolderWrite: write, backupFolderRemove: remove };
}
