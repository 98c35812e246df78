import { sha256Hex } from '../audit/chain';
import { looksLikeMbox, splitMbox } from './mbox';
import type { ParseOptions, ParseResult } from './parsedMessage';
import { parseEmail } from './parseEmail';

/**
 * One dropped or picked file → its messages: an .eml is one message, an
 * .mbox export many (SPEC §1). Recognised by content, not by extension, so a
 * misnamed file is still read correctly.
 *
 * Outlook .msg files (OLE2 compound documents) are kept as a failure with
 * their raw bytes. The one maintained JS reader, @kenjiuno/msgreader 1.28,
 * depends on iconv-lite, which needs Node's Buffer (through safer-buffer), so
 * it cannot run in shared/ or a Web Worker; reading .msg in the main process
 * through the platform contract is a recorded follow-up.
 */

export interface MailFile {
  name: string;
  bytes: Uint8Array;
  /** the file's modification time (File.lastModified as an ISO instant) */
  lastModified?: string;
}

export type MailFileOptions = Omit<ParseOptions, 'fileName' | 'fileTime' | 'mboxIndex'>;

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOutlookMsg(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

function fileFailure(file: MailFile, code: 'outlook-msg-unsupported' | 'mbox-empty'): ParseResult {
  return {
    ok: false,
    failure: {
      fileName: file.name,
      sha256: sha256Hex(file.bytes),
      size: file.bytes.length,
      raw: file.bytes,
      code,
      ...(file.lastModified ? { fileTime: file.lastModified } : {}),
    },
  };
}

/**
 * The messages of a file, one at a time, so that a Web Worker can report
 * progress inside a large mbox. Never throws; every message yields a result.
 */
export async function* readMailFile(file: MailFile, options: MailFileOptions): AsyncGenerator<ParseResult> {
  const base: ParseOptions = { ...options, fileName: file.name, ...(file.lastModified ? { fileTime: file.lastModified } : {}) };
  if (isOutlookMsg(file.bytes)) {
    yield fileFailure(file, 'outlook-msg-unsupported');
    return;
  }
  if (!looksLikeMbox(file.bytes)) {
    yield await parseEmail(file.bytes, base);
    return;
  }
  const messages = splitMbox(file.bytes);
  if (messages.length === 0) {
    yield fileFailure(file, 'mbox-empty');
    return;
  }
  for (const [mboxIndex, message] of messages.entries()) {
    yield await parseEmail(message.bytes, { ...base, mboxIndex });
  }
}

export async function parseMailFile(file: MailFile, options: MailFileOptions): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for await (const result of readMailFile(file, options)) results.push(result);
  return results;
}
