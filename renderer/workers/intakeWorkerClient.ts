import { z } from 'zod';
import { parseResultSchema, type ImportPlan, type ImportProgress, type KnownMail, type MailFile, type MailFileOptions, type ParseResult } from '../../shared/intake';
import { transferablesOf, type FromWorker, type LookupKeys, type ToWorker } from './intakeProtocol';

/**
 * The UI thread's side of the intake worker (intakeProtocol.ts). The worker
 * is made by a factory so that the benchmark can run the very same worker
 * module from its own bundle (e2e/bench); the app uses `createIntakeWorker`.
 */
export type WorkerFactory = () => Worker;

export function createIntakeWorker(): Worker {
  return new Worker(new URL('./intakeWorker.ts', import.meta.url), { type: 'module' });
}

export interface PlannedBatch {
  results: ParseResult[];
  plan: ImportPlan;
}

export interface ParseHooks {
  onProgress?: (progress: ImportProgress, totalFiles: number) => void;
  /** asks the case store what it knows of the batch's keys (renderer/db/intakeLookup.ts) */
  resolveKnown: (keys: LookupKeys) => Promise<KnownMail>;
}

const resultsSchema = z.array(parseResultSchema);

/** The files' own buffers are handed over: the UI thread gets the bytes back in the results. */
function transferFiles(files: readonly MailFile[]): Transferable[] {
  return transferablesOf(files.map((f) => f.bytes));
}

/** Sends one job and settles on its last answer; the worker is ended either way. */
function runJob<T>(worker: Worker, first: ToWorker, handle: (message: FromWorker, settle: (value: T) => void) => Promise<void> | void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    // an ErrorEvent for an uncaught error; a plain Event when the worker's script could not be loaded at all
    worker.onerror = (event) => finish(() => reject(new Error(`intake worker: ${event.message || 'its script could not be loaded'}`)));
    worker.onmessageerror = () => finish(() => reject(new Error('intake worker: a message could not be read')));
    worker.onmessage = async (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.kind === 'failed') return finish(() => reject(new Error(`intake worker: ${message.detail}`)));
      try {
        await handle(message, (value) => finish(() => resolve(value)));
      } catch (error) {
        finish(() => reject(error instanceof Error ? error : new Error(String(error))));
      }
    };
    worker.postMessage(first, first.kind === 'known' ? [] : transferFiles(first.kind === 'import' ? first.files : [first.file]));
  });
}

/**
 * Parses a batch in the worker, answers its store lookup, and returns every
 * result with the plan (created / joined / duplicate / failed, SPEC §1).
 */
export function parseAndPlan(worker: Worker, files: MailFile[], options: MailFileOptions, hooks: ParseHooks): Promise<PlannedBatch> {
  const results: ParseResult[] = [];
  return runJob<PlannedBatch>(worker, { kind: 'import', files, options }, async (message, settle) => {
    if (message.kind === 'progress') hooks.onProgress?.(message.progress, message.totalFiles);
    else if (message.kind === 'lookup') {
      const known = await hooks.resolveKnown(message.keys);
      worker.postMessage({ kind: 'known', known } satisfies ToWorker);
    } else if (message.kind === 'results') {
      results.push(...resultsSchema.parse(message.results));
    } else if (message.kind === 'planned') {
      if (message.plan.outcomes.length !== results.length) throw new Error(`intake worker: ${results.length} results for ${message.plan.outcomes.length} outcomes`);
      settle({ results, plan: message.plan });
    }
  });
}

/** Reads one stored message again, for the mail viewer. */
export function parseInWorker(worker: Worker, file: MailFile, options: MailFileOptions): Promise<ParseResult[]> {
  return runJob<ParseResult[]>(worker, { kind: 'parse', file, options }, (message, settle) => {
    if (message.kind === 'parsed') settle(resultsSchema.parse(message.results));
  });
}
