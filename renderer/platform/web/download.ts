import type { MessageInput } from '../../../shared/platform/contract';
import { ok, type Result } from '../../../shared/platform/result';

/** Long enough for the browser to start writing the download before the Blob URL goes away. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves through the browser's download: an <a download> on a Blob URL. The
 * browser decides where the file goes (and may rename it), and says nothing
 * about cancellation, so the answer is the suggested name.
 */
export function downloadFile(input: MessageInput<'saveFile'>, doc: Document = document): Result<{ savedAs: string }> {
  // slice(): a Blob takes bytes backed by an ArrayBuffer; the contract's bytes may be backed by any buffer.
  downloadBlob(new Blob([input.bytes.slice()], { type: 'application/octet-stream' }), input.suggestedName, doc);
  return ok({ savedAs: input.suggestedName });
}

/**
 * Downloads a Blob as it is: a large one (a backup) is never copied into the
 * page's memory, as Chromium keeps a large Blob on disk.
 */
export function downloadBlob(blob: Blob, suggestedName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
