import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES, type PickedFile } from '../../shared/platform/contract';
import { fail, ok } from '../../shared/platform/result';
import { fsErrorCode } from '../fs/atomicWrite';
import { contractFileName } from './fileNames';
import type { PlatformHandler } from './types';

export interface OpenFilesDeps {
  showOpenDialog(window: BrowserWindow | null, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** MAX_FILE_BYTES unless a test says otherwise. */
  maxBytes?: number;
}

/**
 * Native open dialog, then the chosen files' bytes.
 *
 * Too large is decided for the whole pick, before anything is read: if any
 * file, or all of them together, exceed MAX_FILE_BYTES ("the largest amount
 * handed to the renderer in one call"), the call answers 'too-large' and
 * returns nothing; the user picks again without the big file. Returning the
 * others silently would lose a file without a word (SPEC: "whatever was
 * received is kept"), and the contract's answer has no place to list
 * refused files. The sum is capped too because all bytes travel in one IPC
 * message, and Chromium's IPC limits the size of one message.
 */
export function openFilesHandler(deps: OpenFilesDeps): PlatformHandler<'openFiles'> {
  const maxBytes = deps.maxBytes ?? MAX_FILE_BYTES;
  return async ({ title, filters, multiple }, call) => {
    const picked = await deps.showOpenDialog(call.window, {
      title,
      filters,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    if (picked.canceled || picked.filePaths.length === 0) return fail('cancelled');

    let sizes: { size: number; mtimeMs: number }[];
    try {
      sizes = await Promise.all(picked.filePaths.map((p) => stat(p)));
    } catch (error) {
      return fail('io-failed', fsErrorCode(error));
    }
    const oversized = sizes.filter((s) => s.size > maxBytes).length;
    if (oversized > 0) return fail('too-large', `${oversized} of ${sizes.length} files over ${maxBytes} bytes`);
    const total = sizes.reduce((sum, s) => sum + s.size, 0);
    if (total > maxBytes) return fail('too-large', `${sizes.length} files, ${total} bytes together, over ${maxBytes}`);

    const files: PickedFile[] = [];
    for (const [i, filePath] of picked.filePaths.entries()) {
      try {
        files.push({
          name: contractFileName(filePath),
          bytes: exactBytes(await readFile(filePath)),
          lastModified: Math.max(0, Math.floor(sizes[i]?.mtimeMs ?? 0)),
        });
      } catch (error) {
        return fail('io-failed', fsErrorCode(error));
      }
    }
    return ok(files);
  };
}

/**
 * IPC serialises a typed array's whole underlying buffer; a Buffer that is a
 * slice of Node's shared pool would carry other data along. Copy such a slice
 * (files read whole normally own their buffer, so this rarely copies).
 */
function exactBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  const whole = buffer.buffer;
  if (whole instanceof ArrayBuffer && buffer.byteOffset === 0 && buffer.byteLength === whole.byteLength) return new Uint8Array(whole);
  return new Uint8Array(buffer);
}
