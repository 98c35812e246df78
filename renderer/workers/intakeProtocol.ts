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
 *   worker → UI  `results` … the parse results, in slices
 *   worker → UI  `planned`   the plan
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
  /** the parse results, a slice at a time, so that receiving them never holds up the UI thread for long */
  | { kind: 'results'; results: ParseResult[] }
  | { kind: 'planned'; plan: ImportPlan }
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

/**
 * Results in slices with the buffers each may transfer: a buffer is handed
 * over with its slice only when no other slice has a view on it (the
 * messages of one mbox may share the file's buffer); a shared one is copied.
 */
export function resultSlices(results: readonly ParseResult[], size: number): { results: ParseResult[]; transfer: ArrayBuffer[] }[] {
  const slices: ParseResult[][] = [];
  for (let i = 0; i < results.length; i += size) slices.push(results.slice(i, i + size));
  const owner = new Map<ArrayBuffer, number>();
  slices.forEach((slice, n) => {
    for (const buffer of transferablesOf(bytesOfResults(slice))) owner.set(buffer, owner.has(buffer) && owner.get(buffer) !== n ? -1 : n);
  });
  return slices.map((slice, n) => ({ results: slice, transfer: transferablesOf(bytesOfResults(slice)).filter((b) => owner.get(b) === n) }));
}
