import { MAX_FILE_BYTES, type MessageInput, type PickedFile } from '../../../shared/platform/contract';
import { fail, ok, type Result } from '../../../shared/platform/result';
import { contractFileName } from './fileName';

/** The `accept` attribute for the contract's filters; '*' anywhere means any file. */
export function acceptAttribute(filters: MessageInput<'openFiles'>['filters']): string {
  const extensions = filters.flatMap((f) => f.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((e) => `.${e.toLowerCase()}`))].join(',');
}

/**
 * Reads picked files under the same rule as the desktop: if any file, or all
 * together, exceed MAX_FILE_BYTES, nothing is returned and the answer is
 * 'too-large' (see electron/handlers/openFiles.ts for why).
 */
export async function readPickedFiles(files: readonly File[], maxBytes = MAX_FILE_BYTES): Promise<Result<PickedFile[]>> {
  if (files.length === 0) return fail('cancelled');
  const oversized = files.filter((f) => f.size > maxBytes).length;
  if (oversized > 0) return fail('too-large', `${oversized} of ${files.length} files over ${maxBytes} bytes`);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > maxBytes) return fail('too-large', `${files.length} files, ${total} bytes together, over ${maxBytes}`);
  const picked: PickedFile[] = [];
  for (const file of files) {
    try {
      picked.push({
        name: contractFileName(file.name),
        bytes: new Uint8Array(await file.arrayBuffer()),
        lastModified: Math.max(0, Math.floor(file.lastModified)),
      });
    } catch {
      return fail('io-failed', 'a picked file could not be read');
    }
  }
  return ok(picked);
}

/**
 * The browser's file chooser, through a detached <input type=file>. A
 * dismissed chooser fires 'cancel' (Chromium 113+, Firefox 91+); browsers
 * without it leave the promise pending, which costs nothing but a closure.
 * The dialog title cannot be set in a browser.
 */
export function pickFiles(input: MessageInput<'openFiles'>, doc: Document = document): Promise<Result<PickedFile[]>> {
  return new Promise((resolve) => {
    const element = doc.createElement('input');
    element.type = 'file';
    element.multiple = input.multiple;
    const accept = acceptAttribute(input.filters);
    if (accept !== '') element.accept = accept;
    element.style.display = 'none';
    const finish = (result: Promise<Result<PickedFile[]>> | Result<PickedFile[]>) => {
      element.remove();
      resolve(result);
    };
    element.addEventListener('change', () => finish(readPickedFiles(Array.from(element.files ?? []))), { once: true });
    element.addEventListener('cancel', () => finish(fail('cancelled')), { once: true });
    doc.body.append(element); // some browsers only fire events on an attached input
    element.click();
  });
}
