import type { BrowserWindow, SaveDialogOptions } from 'electron';
import { basename, dirname, join } from 'node:path';
import { fail, ok } from '../../shared/platform/result';
import { fsErrorCode, writeFileAtomic } from '../fs/atomicWrite';
import type { PlatformHandler } from './types';

export interface SaveFileDeps {
  showSaveDialog(window: BrowserWindow | null, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** The folder the dialog opens in the first time (the user's Documents). */
  defaultDirectory(): string;
}

/**
 * Native save dialog, then an atomic write (temporary file + rename): a
 * signed letter on disk is either the previous file or the complete new one,
 * never a truncated PDF after a full disk or a crash (SPEC §6).
 *
 * The answer is the file's name only, not its path: paths carry the user's
 * account name and folder structure, which the renderer has no need for.
 */
export function saveFileHandler(deps: SaveFileDeps): PlatformHandler<'saveFile'> {
  // The folder of the last save: the next letter most often goes beside it.
  let lastDirectory: string | undefined;
  return async ({ title, suggestedName, filters, bytes }, call) => {
    const chosen = await deps.showSaveDialog(call.window, {
      title,
      defaultPath: join(lastDirectory ?? deps.defaultDirectory(), suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (chosen.canceled || !chosen.filePath) return fail('cancelled');
    try {
      await writeFileAtomic(chosen.filePath, bytes);
    } catch (error) {
      return fail('io-failed', fsErrorCode(error));
    }
    lastDirectory = dirname(chosen.filePath);
    return ok({ savedAs: basename(chosen.filePath) });
  };
}
