import type { MessageFacts, ParseResult } from '../../shared/intake';
import type { MailFile } from '../../shared/intake';
import type { ViewedHtml } from '../../shared/intake/htmlSanitise';

/**
 * The messages between the UI thread and the intake worker (SPEC §1; issue
 * 12: parsing runs off the UI thread, each message within a time budget, and
 * messages are saved as they are parsed). The worker reads no store.
 *
 *   UI → worker  `parse` one file (its bytes transferred), from message `skip` on
 *   worker → UI  `started` before each message (the UI's watchdog starts its budget)
 *   worker → UI  `message` after each, with the facts the planner needs
 *   worker → UI  `fileDone` after the file's last message
 *
 * or, for the mail viewer, `view` → `viewed` (one stored message read again,
 * its HTML sanitised in the worker so that no mail can stall the window).
 * Results cross as structured clones and are checked with the shared zod
 * schemas on arrival (parsedMessage.ts).
 */

/** What crosses to the worker of the parse options (the .msg reader is the worker's own). */
export interface WorkerParseOptions {
  companyDomains: readonly string[];
  attachmentLimitBytes?: number;
}

export type ToWorker =
  | { kind: 'parse'; seq: number; file: MailFile; skip: number; options: WorkerParseOptions }
  | { kind: 'view'; file: MailFile; options: WorkerParseOptions };

export type FromWorker =
  | { kind: 'started'; seq: number; unit: number; range?: [number, number] }
  | { kind: 'message'; seq: number; unit: number; result: ParseResult; facts?: MessageFacts }
  | { kind: 'fileDone'; seq: number; units: number }
  /** the worker is loaded and starts reading the stored message: its budget runs from here */
  | { kind: 'viewStarted' }
  | { kind: 'viewed'; result: ParseResult; html?: ViewedHtml }
  | { kind: 'failed'; detail: string };

/** The distinct buffers under some byte views, to transfer rather than copy them. */
export function transferablesOf(views: Iterable<Uint8Array>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const v of views) if (v.buffer instanceof ArrayBuffer && v.buffer.byteLength > 0) buffers.add(v.buffer);
  return [...buffers];
}

/** Every byte view a parse result holds: the raw message and its attachments. */
export function bytesOfResults(results: readonly ParseResult[]): Uint8Array[] {
  return results.flatMap((r) => (r.ok ? [r.message.raw, ...r.message.attachments.map((a) => a.bytes)] : [r.failure.raw]));
}
