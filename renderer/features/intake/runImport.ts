import { lookupKeys, planImport, sourceKey, type IntakeSource, type MailFile, type MessageFacts, type ParseResult } from '../../../shared/intake';
import type { CaseDeskDatabase } from '../../db/database';
import type { IntakeWording } from '../../db/intakeCases';
import { adoptedBlobs, carryOutImport, type QueuedRef } from '../../db/intakeImport';
import { knownMailFor } from '../../db/intakeLookup';
import { dropQueuedImport, enqueueFiles, queuedFile, queuedFiles, releaseQueuedFile, type QueuedFile } from '../../db/intakeQueue';
import { COMPANY_MAIL_DOMAINS } from '../../db/intakeSettings';
import { DEFAULT_BUDGET_MS, parseFiles, type WorkerFactory } from '../../workers/parseSession';
import { reportRows, summariseRows, type ImportReport, type ReportRow } from './importReport';

/**
 * One mail import, end to end — the path the 收件 screen, the benchmark and
 * the mailbox intake share (issue 12):
 * 1. the files are queued in the store (an import interrupted by closing the
 *    app resumes from there, and nothing is imported twice);
 * 2. the intake worker parses them one message at a time, each within its
 *    time budget (a message past it is kept raw as "parser timed out", the
 *    worker restarted, and the batch goes on);
 * 3. every few messages the parsed ones are planned against the store
 *    (threading, duplicates) and written in one transaction, together with
 *    the queue rows of the files they complete — saved as parsed, not after
 *    the batch;
 * 4. the report says what became of every message. A cancelled import keeps
 *    what was saved and drops the rest of the queue.
 */

export type ImportPhase = {
  phase: 'importing';
  filesDone: number;
  totalFiles: number;
  /** messages parsed so far */
  parsed: number;
  /** messages written to the store so far */
  saved: number;
};

export interface ImportJob {
  db: CaseDeskDatabase;
  createWorker: WorkerFactory;
  actor: string;
  attachmentLimitBytes: number;
  wording: IntakeWording;
  onPhase?: (phase: ImportPhase) => void;
  /** the clock (e2e and tests fix it) */
  now?: () => Date;
  /** cancels the import: what is saved stays, the rest is not imported */
  signal?: AbortSignal;
  /** the time one message may take (issue 12: 5 s) */
  budgetMs?: number;
}

/** Messages written per transaction, and the bytes past which a chunk is written early. */
const CHUNK_MESSAGES = 25;
const CHUNK_BYTES = 4 * 1024 * 1024;
/** A chunk still filling is written after this long anyway, so the officer sees progress on slow mail. */
const CHUNK_MS = 1_000;

/**
 * A raw message to import and where it came from — the entry point for mail
 * fetched from the company's mailbox (issue 17): the bytes as the server
 * sent them, the mailbox, UIDVALIDITY and UID (kept on the stored document
 * as `imap:<mailbox>:<uidvalidity>:<uid>`), and the server's INTERNALDATE,
 * which is the case's time of receipt (authoritative: it stands above the
 * message's own headers). A message already imported — by its bytes, or by
 * its Message-ID with the same content — is reported as a duplicate, never
 * imported twice.
 */
export interface RawMessage {
  bytes: Uint8Array;
  source: Extract<IntakeSource, { kind: 'imap' }>;
  /** the name the stored message gets; by default `<mailbox>-<uid>.eml` */
  name?: string;
}

/** Imports raw messages fetched from a mailbox (see RawMessage). This signature is kept stable for the mailbox intake. */
export function importRawMessages(job: ImportJob, messages: readonly RawMessage[]): Promise<ImportReport> {
  const files: MailFile[] = messages.map((m) => ({
    name: m.name ?? `${m.source.mailbox.replace(/[^\p{L}\p{N}._-]+/gu, '_')}-${m.source.uid}.eml`,
    bytes: m.bytes,
    source: m.source,
  }));
  return importMailFiles(job, files);
}

/** Imports dropped or picked files (.eml, .mbox, .msg). */
export async function importMailFiles(job: ImportJob, files: readonly MailFile[]): Promise<ImportReport> {
  const jobId = crypto.randomUUID();
  const { queued, all } = enqueueFiles(job.db, jobId, files, job.actor, (job.now ?? (() => new Date()))());
  // parsing begins with the first files while the rest are still being queued
  const report = await run(job, jobId, queued, false);
  await all.catch(() => undefined);
  return report;
}

/** Takes up an import the app was closed in the middle of (intakeQueue.ts interruptedImport). */
export async function resumeImport(job: ImportJob, jobId: string): Promise<ImportReport> {
  return run(job, jobId, await queuedFiles(job.db, jobId), true);
}

interface Pending {
  seq: number;
  result: ParseResult;
  facts?: MessageFacts;
}

async function run(job: ImportJob, jobId: string, queued: readonly QueuedFile[], resumed: boolean): Promise<ImportReport> {
  const clock = job.now ?? (() => new Date());
  const started = performance.now();
  const bySeq = new Map(queued.map((q) => [q.seq, q]));
  const rows: ReportRow[] = [];
  let pending: Pending[] = [];
  let pendingBytes = 0;
  let pendingSince = 0;
  /** files whose last message was parsed; their queue rows go with the chunk that writes that message */
  const parsedWhole = new Set<number>();
  const unsaved = new Map<number, number>(); // seq → messages parsed but not yet written
  /** blobs of queued files that a stored message adopted (intakeQueue.ts) */
  const adopted = new Set<string>();
  /** files whose bytes are in the queue (a failed queue write leaves the file to be stored the ordinary way) */
  const stored = new Set<number>();
  for (const q of queued) q.stored.then(() => stored.add(q.seq), () => undefined);
  const refOf = (seq: number): QueuedRef => ({ queueId: bySeq.get(seq)!.id, blobId: bySeq.get(seq)!.blobId });
  let filesDone = 0;
  let parsed = 0;
  let saved = 0;
  let refusedAttachments = 0;
  const report = () => job.onPhase?.({ phase: 'importing', filesDone, totalFiles: queued.length, parsed, saved });

  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending;
    pending = [];
    pendingBytes = 0;
    const results = chunk.map((p) => p.result);
    const plan = planImport(results, await knownMailFor(job.db, lookupKeys(results)), (i) => chunk[i]!.facts);
    for (const p of chunk) unsaved.set(p.seq, (unsaved.get(p.seq) ?? 1) - 1);
    const completes = [...new Set(chunk.map((p) => p.seq))].filter((seq) => parsedWhole.has(seq) && (unsaved.get(seq) ?? 0) === 0);
    // a result without an mbox position is its whole file: its document adopts the file's stored bytes
    const queuedOf = (i: number): QueuedRef => {
      const r = chunk[i]!.result;
      return { ...refOf(chunk[i]!.seq), whole: stored.has(chunk[i]!.seq) && (r.ok ? r.message.mboxIndex : r.failure.mboxIndex) === undefined };
    };
    const carry = {
      actor: job.actor,
      now: clock(),
      wording: job.wording,
      sourceOf: (i: number) => sourceKey(bySeq.get(chunk[i]!.seq)?.file.source),
      queuedOf,
      completesQueued: completes.map(refOf),
      adopted,
    };
    const written = await carryOutImport(job.db, results, plan, carry);
    for (const blobId of adoptedBlobs(written, carry)) adopted.add(blobId);
    rows.push(...reportRows(results, plan, written, clock(), rows.length));
    refusedAttachments += plan.summary.attachmentsRefused;
    filesDone += completes.length;
    saved += chunk.length;
    report();
  };

  const options = {
    createWorker: job.createWorker,
    parse: { companyDomains: COMPANY_MAIL_DOMAINS, attachmentLimitBytes: job.attachmentLimitBytes },
    budgetMs: job.budgetMs ?? DEFAULT_BUDGET_MS,
    ...(job.signal ? { signal: job.signal } : {}),
  };
  const session = parseFiles(
    queued.map((q) => ({ seq: q.seq, file: q.file, ready: q.stored, reload: () => queuedFile(job.db, q.id) })),
    options,
  );
  report();
  for await (const event of session) {
    if (event.kind === 'message') {
      if (pending.length === 0) pendingSince = performance.now();
      pending.push({ seq: event.seq, result: event.result, ...(event.facts ? { facts: event.facts } : {}) });
      pendingBytes += event.result.ok ? event.result.message.size : event.result.failure.size;
      unsaved.set(event.seq, (unsaved.get(event.seq) ?? 0) + 1);
      parsed++;
      // a message without an mbox position is its whole file: the file is read, whether or not its end was heard
      if ((event.result.ok ? event.result.message.mboxIndex : event.result.failure.mboxIndex) === undefined) parsedWhole.add(event.seq);
      report();
    } else {
      parsedWhole.add(event.seq);
      // a file with no message left to write (all written, or none at all) is done now
      if ((unsaved.get(event.seq) ?? 0) === 0 && !pending.some((p) => p.seq === event.seq)) {
        const ref = refOf(event.seq);
        await releaseQueuedFile(job.db, ref.queueId, ref.blobId, adopted.has(ref.blobId));
        filesDone++;
        report();
      }
    }
    if (pending.length >= CHUNK_MESSAGES || pendingBytes >= CHUNK_BYTES || (pending.length > 0 && performance.now() - pendingSince >= CHUNK_MS)) await flush();
  }
  // what was parsed is saved, even when the import was cancelled meanwhile
  await flush();

  const cancelled = job.signal?.aborted === true;
  const notImported = cancelled ? queued.filter((q) => !parsedWhole.has(q.seq)).map((q) => q.file.name) : [];
  if (cancelled) await dropQueuedImport(job.db, jobId);
  return {
    rows,
    counts: summariseRows(rows, refusedAttachments),
    durationMs: performance.now() - started,
    ...(cancelled ? { cancelled: { filesNotImported: notImported } } : {}),
    ...(resumed ? { resumed: true } : {}),
  };
}
