import { intakeSourceSchema, type MailFile } from '../../shared/intake';
import type { CaseDeskDatabase, IntakeQueueRecord } from './database';

/**
 * The files of a mail import, kept in the store until each is wholly saved
 * (issue 12: "an import interrupted by closing the app can be resumed, and
 * nothing is imported twice"). A file's row goes in the same transaction as
 * its last message, so after a crash a file is either still queued or fully
 * saved; a file whose messages were saved only in part (an mbox) is read
 * again, and the saved ones are recognised as duplicates by their digest.
 *
 * The bytes are written once, as a `documentBlobs` row: when the file is one
 * message, its stored email document adopts that row (intakeImport.ts);
 * otherwise the row goes with the queue row.
 */

/** Rows are written in transactions of about this many bytes, so that no single write holds the UI thread for long. */
const WRITE_CHUNK_BYTES = 2 * 1024 * 1024;

export interface QueuedFile {
  id: string;
  seq: number;
  blobId: string;
  file: MailFile;
  /** settles when the file's rows are committed: only then may its bytes go to the worker (they are transferred) */
  stored: Promise<void>;
}

function fileOf(row: IntakeQueueRecord, bytes: Uint8Array): MailFile {
  const source = intakeSourceSchema.safeParse(row.source);
  return {
    name: row.name,
    bytes,
    ...(row.lastModified ? { lastModified: row.lastModified } : {}),
    ...(source.success ? { source: source.data } : {}),
  };
}

/**
 * Queues the files of a new import, a few megabytes per transaction, in
 * order; each file's `stored` settles when its rows are committed, so that
 * parsing can begin with the first files while the rest are still written.
 * The promise returned settles when all are.
 */
export function enqueueFiles(db: CaseDeskDatabase, jobId: string, files: readonly MailFile[], actor: string, now: Date = new Date()): { queued: QueuedFile[]; all: Promise<void> } {
  const at = now.toISOString();
  const settle = new Map<number, { resolve: () => void; reject: (error: unknown) => void }>();
  const queued: QueuedFile[] = files.map((file, seq) => ({
    id: crypto.randomUUID(),
    seq,
    blobId: crypto.randomUUID(),
    file,
    stored: new Promise<void>((resolve, reject) => settle.set(seq, { resolve, reject })),
  }));
  // a file whose queue write failed is still imported in this session; it only cannot be resumed
  for (const q of queued) q.stored.catch(() => undefined);
  let batch: QueuedFile[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    bytes = 0;
    await db.transaction('rw', [db.intakeQueue, db.documentBlobs], async () => {
      await db.documentBlobs.bulkAdd(rows.map((q) => ({ id: q.blobId, bytes: q.file.bytes })));
      await db.intakeQueue.bulkAdd(
        rows.map((q) => ({
          id: q.id,
          jobId,
          seq: q.seq,
          name: q.file.name,
          blobId: q.blobId,
          ...(q.file.lastModified ? { lastModified: q.file.lastModified } : {}),
          ...(q.file.source ? { source: q.file.source } : {}),
          addedAt: at,
          addedBy: actor,
        })),
      );
    }).then(
      () => rows.forEach((q) => settle.get(q.seq)!.resolve()),
      (error: unknown) => {
        rows.forEach((q) => settle.get(q.seq)!.reject(error));
        throw error;
      },
    );
  };
  const all = (async () => {
    for (const q of queued) {
      batch.push(q);
      bytes += q.file.bytes.byteLength;
      if (bytes >= WRITE_CHUNK_BYTES) await flush();
    }
    await flush();
  })();
  return { queued, all };
}

const jobRange = (db: CaseDeskDatabase, jobId: string) => db.intakeQueue.where('[jobId+seq]').between([jobId, -Infinity], [jobId, Infinity]);

/** What an interrupted import left: its job and how many files, without loading their bytes. */
export async function interruptedImport(db: CaseDeskDatabase): Promise<{ jobId: string; files: number } | undefined> {
  const first = await db.intakeQueue.orderBy('[jobId+seq]').first();
  if (!first) return undefined;
  return { jobId: first.jobId, files: await jobRange(db, first.jobId).count() };
}

/** The files of a queued import, in order (bytes included). */
export async function queuedFiles(db: CaseDeskDatabase, jobId: string): Promise<QueuedFile[]> {
  const rows = await jobRange(db, jobId).toArray();
  const blobs = await db.documentBlobs.bulkGet(rows.map((r) => r.blobId));
  return rows.map((row, i) => ({ id: row.id, seq: row.seq, blobId: row.blobId, file: fileOf(row, blobs[i]?.bytes ?? new Uint8Array(0)), stored: Promise.resolve() }));
}

/** One queued file again (the worker that had it was stopped), or undefined when it is no longer queued. */
export async function queuedFile(db: CaseDeskDatabase, id: string): Promise<MailFile | undefined> {
  const row = await db.intakeQueue.get(id);
  if (!row) return undefined;
  const blob = await db.documentBlobs.get(row.blobId);
  return blob ? fileOf(row, blob.bytes) : undefined;
}

/** Removes one finished file from the queue, and its blob unless a stored message adopted it. */
export async function releaseQueuedFile(db: CaseDeskDatabase, queueId: string, blobId: string, adopted: boolean): Promise<void> {
  await db.transaction('rw', [db.intakeQueue, db.documentBlobs], async () => {
    await db.intakeQueue.delete(queueId);
    if (!adopted) await db.documentBlobs.delete(blobId);
  });
}

/** Drops what is left of an import (cancelled, or given up by the officer); returns how many files were dropped. */
export async function dropQueuedImport(db: CaseDeskDatabase, jobId: string): Promise<number> {
  return db.transaction('rw', [db.intakeQueue, db.documentBlobs, db.documents], async () => {
    const rows = await jobRange(db, jobId).toArray();
    // a blob a stored message adopted is that message's now, whatever the queue says
    const adopted = new Set((await db.documents.bulkGet(rows.map((r) => r.blobId))).flatMap((d) => (d ? [d.id] : [])));
    await db.documentBlobs.bulkDelete(rows.map((r) => r.blobId).filter((id) => !adopted.has(id)));
    await db.intakeQueue.bulkDelete(rows.map((r) => r.id));
    return rows.length;
  });
}
