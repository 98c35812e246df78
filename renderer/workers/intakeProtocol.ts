import type { ImportPlan, ImportProgress, KnownMail, MailFile, MailFileOptions, ParseResult, lookupKeys } from '../../shared/intake';

/**
 * The messages between the UI thread and the intake worker (SPEC §1; "a
 * thousand emails import in under a minute" with the UI responsive: parsing
 * runs off the main thread). One worker serves one job:
 *
 *   UI → worker  `import` (the files, their bytes transferred)
 *   worker → UI  `progress` … after each message
 *   worker → UI  `lookup`    the keys the case store must be asked about
 *   UI → worker  `known`     what the store knows of them
 *   worker → UI  `planned`   every parse result and the plan
 *
 * or, for the mail viewer, `parse` → `parsed` (one stored message read again).
 * Results cross as structured clones and are checked with the shared zod
 * schemas on arrival (parsedMessage.ts).
 */
export type LookupKeys = ReturnType<typeof lookupKeys>;

export type ToWorker =
  | { kind: 'import'; files: MailFile[]; options: MailFileOptions }
  | { kind: 'known'; known: KnownMail }
  | { kind: 'parse'; file: MailFile; options: MailFileOptions };

export type FromWorker =
  | { kind: 'progress'; progress: ImportProgress; totalFiles: number }
  | { kind: 'lookup'; keys: LookupKeys }
  | { kind: 'planned'; results: ParseResult[]; plan: ImportPlan }
  | { kind: 'parsed'; results: ParseResult[] }
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
