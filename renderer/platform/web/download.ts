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
  const url = URL.createObjectURL(new Blob([input.bytes.slice()], { type: 'application/octet-stream' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = input.suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return ok({ savedAs: input.suggestedName });
}
