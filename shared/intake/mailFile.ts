import { sha256Hex } from '../audit/chain';
import type { IntakeSource } from './intakeSource';
import { looksLikeMbox, splitMbox } from './mbox';
import type { ParseFailureCode, ParseOptions, ParseResult } from './parsedMessage';
import { parseEmail } from './parseEmail';

/**
 * One dropped or picked file, or one message fetched from a mailbox → its
 * messages: an .eml is one message, an .mbox export many (SPEC §1), an
 * Outlook .msg one (read by `readOutlook`, see below). Recognised by
 * content, not by extension, so a misnamed file is still read correctly.
 *
 * Outlook .msg files (OLE2 compound documents) are read by
 * @kenjiuno/msgreader, which needs Node's Buffer (through iconv-lite): it
 * cannot run in shared/, so the reader is handed in by the caller (the intake
 * worker brings a Buffer polyfill, renderer/workers/outlookMsg.ts). Without
 * one, a .msg is kept raw as before.
 */

export interface MailFile {
  name: string;
  bytes: Uint8Array;
  /** the file's modification time (File.lastModified as an ISO instant) */
  lastModified?: string;
  /** where it came from when it is not a dropped file (a mailbox); its receipt time then stands above the headers */
  source?: IntakeSource;
}

/** Reads an Outlook .msg into what an .eml of the same mail would give (one result, or a failure keeping the bytes). */
export type OutlookReader = (file: MailFile, options: ParseOptions) => Promise<ParseResult>;

export interface MailFileOptions extends Omit<ParseOptions, 'fileName' | 'fileTime' | 'mboxIndex' | 'authoritativeReceipt'> {
  readOutlook?: OutlookReader;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOutlookMsg(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

export function fileFailure(file: MailFile, code: ParseFailureCode, detail?: string, mboxIndex?: number, bytes: Uint8Array = file.bytes): ParseResult {
  return {
    ok: false,
    failure: {
      fileName: file.name,
      ...(mboxIndex !== undefined ? { mboxIndex } : {}),
      sha256: sha256Hex(bytes),
      size: bytes.length,
      raw: bytes,
      code,
      ...(detail ? { detail: detail.slice(0, 4000) } : {}),
      ...(file.lastModified ? { fileTime: file.lastModified } : {}),
      ...(file.source?.kind === 'imap' ? { mailboxReceivedAt: file.source.internalDate } : {}),
    },
  };
}

/** The options one message of a file is parsed with. */
export function messageOptions(file: MailFile, options: MailFileOptions, mboxIndex?: number): ParseOptions {
  const { readOutlook: _reader, ...rest } = options;
  return {
    ...rest,
    fileName: file.name,
    ...(file.lastModified ? { fileTime: file.lastModified } : {}),
    ...(mboxIndex !== undefined ? { mboxIndex } : {}),
    ...(file.source?.kind === 'imap' ? { authoritativeReceipt: { at: file.source.internalDate, source: 'server-internaldate' as const } } : {}),
  };
}

/** One unit of parsing work: a message's bytes, or a file-level outcome known without parsing. */
export type MailUnit =
  | {
      kind: 'message';
      bytes: Uint8Array;
      mboxIndex?: number;
      outlook: boolean;
      /** for a message of an mbox: where it lies in the file (from its separator line to the next), to keep it raw if it cannot be read */
      range?: [start: number, end: number];
    }
  | { kind: 'failure'; result: ParseResult };

/** The messages of a file, not yet parsed (so that a worker can say which one it starts, and skip those done). */
export function mailUnits(file: MailFile): MailUnit[] {
  if (isOutlookMsg(file.bytes)) return [{ kind: 'message', bytes: file.bytes, outlook: true }];
  if (!looksLikeMbox(file.bytes)) return [{ kind: 'message', bytes: file.bytes, outlook: false }];
  const messages = splitMbox(file.bytes);
  if (messages.length === 0) return [{ kind: 'failure', result: fileFailure(file, 'mbox-empty') }];
  return messages.map((m, mboxIndex) => ({ kind: 'message', bytes: m.bytes, mboxIndex, outlook: false, range: [m.offset, messages[mboxIndex + 1]?.offset ?? file.bytes.length] }));
}

/** Parses one unit. Never throws. */
export async function parseUnit(file: MailFile, unit: MailUnit, options: MailFileOptions): Promise<ParseResult> {
  if (unit.kind === 'failure') return unit.result;
  if (unit.outlook) {
    if (!options.readOutlook) return fileFailure(file, 'outlook-msg-unsupported');
    try {
      return await options.readOutlook(file, messageOptions(file, options));
    } catch (error) {
      return fileFailure(file, 'outlook-msg-unreadable', error instanceof Error ? error.message : String(error));
    }
  }
  return parseEmail(unit.bytes, messageOptions(file, options, unit.mboxIndex));
}

/**
 * The messages of a file, one at a time, so that a Web Worker can report
 * progress inside a large mbox. Never throws; every message yields a result.
 */
export async function* readMailFile(file: MailFile, options: MailFileOptions): AsyncGenerator<ParseResult> {
  for (const unit of mailUnits(file)) yield await parseUnit(file, unit, options);
}

export async function parseMailFile(file: MailFile, options: MailFileOptions): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for await (const result of readMailFile(file, options)) results.push(result);
  return results;
}
