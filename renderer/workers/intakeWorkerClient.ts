import { parseResultSchema, type MailFile, type ParseResult, type ViewedHtml } from '../../shared/intake';
import type { FromWorker, ToWorker, WorkerParseOptions } from './intakeProtocol';
import { DEFAULT_BUDGET_MS, type WorkerFactory } from './parseSession';

/**
 * The intake worker as the app starts it. The worker is made by a factory so
 * that the benchmark can run the very same worker module from its own bundle
 * (e2e/bench); the app uses `createIntakeWorker`. Imports go through
 * parseSession.ts; the mail viewer reads one stored message with `viewInWorker`.
 */
export type { WorkerFactory } from './parseSession';

export function createIntakeWorker(): Worker {
  return new Worker(new URL('./intakeWorker.ts', import.meta.url), { type: 'module' });
}

/** How long a worker may take to load before the viewer gives up on it (a script that never runs). */
const WORKER_LOAD_MS = 60_000;

export type ViewedMessage = { result: ParseResult; html?: ViewedHtml } | { timedOut: true };

/**
 * Reads one stored message again for the mail viewer, its HTML sanitised in
 * the worker (issue 12: the viewer never freezes). Past the budget the worker
 * is ended and the answer says it timed out; the bytes stay
 * with the caller (they are copied to the worker, not transferred).
 */
export function viewInWorker(createWorker: WorkerFactory, file: MailFile, options: WorkerParseOptions, budgetMs = DEFAULT_BUDGET_MS, loadMs = WORKER_LOAD_MS): Promise<ViewedMessage> {
  const worker = createWorker();
  return new Promise<ViewedMessage>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      outcome();
    };
    // the budget is the parse's (issue 12), as at intake: it starts when the worker does, not while its script
    // loads and compiles — on a busy machine that alone took seconds, and every stored mail "timed out"
    const timedOut = () => finish(() => resolve({ timedOut: true }));
    let timer = setTimeout(timedOut, loadMs);
    worker.onerror = (event) => finish(() => reject(new Error(`intake worker: ${event.message || 'its script could not be loaded'}`)));
    worker.onmessageerror = () => finish(() => reject(new Error('intake worker: a message could not be read')));
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.kind === 'viewStarted') {
        clearTimeout(timer);
        timer = setTimeout(timedOut, budgetMs);
      } else if (message.kind === 'failed') finish(() => reject(new Error(`intake worker: ${message.detail}`)));
      else if (message.kind === 'viewed') {
        try {
          const result = parseResultSchema.parse(message.result);
          finish(() => resolve({ result, ...(message.html ? { html: message.html } : {}) }));
        } catch (error) {
          finish(() => reject(error instanceof Error ? error : new Error(String(error))));
        }
      }
    };
    worker.postMessage({ kind: 'view', file: { ...file, bytes: file.bytes.slice() }, options } satisfies ToWorker);
  });
}
