import { ImportBatch, parseMailFile, type ImportProgress, type KnownMail } from '../../shared/intake';
import { bytesOfResults, resultSlices, transferablesOf, type FromWorker, type ToWorker } from './intakeProtocol';

/**
 * The intake worker: parses dropped or picked mail files off the UI thread
 * (SPEC "Quality that users can feel": a thousand emails in under a minute,
 * the UI responsive meanwhile). It reads no store: for threading and
 * duplicates it asks the UI thread, which asks Dexie (see intakeProtocol.ts).
 */
/** The worker's global, typed by what this file uses (the renderer is type-checked with the DOM library, not the WebWorker one). */
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

/** Progress is posted at most this often: a message per parsed email would itself load the UI thread. */
const PROGRESS_INTERVAL_MS = 100;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

let batch: ImportBatch | undefined;

async function runImport(message: Extract<ToWorker, { kind: 'import' }>): Promise<void> {
  batch = new ImportBatch(message.options);
  const totalFiles = message.files.length;
  let lastPost = 0;
  const report = (progress: ImportProgress, force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({ kind: 'progress', progress, totalFiles });
  };
  for (const file of message.files) await batch.addFile(file, (p) => report(p));
  report(batch.progress, true);
  post({ kind: 'lookup', keys: batch.lookupKeys() });
}

/** Results cross in slices this large: each is received and checked as its own task on the UI thread. */
const RESULT_SLICE = 25;

function finishImport(known: KnownMail): void {
  if (!batch) throw new Error('the store answered before any import began');
  const plan = batch.plan(known);
  // the bytes go back without a copy where they can: this worker has no further use for them
  for (const slice of resultSlices(batch.results, RESULT_SLICE)) post({ kind: 'results', results: slice.results }, slice.transfer);
  batch = undefined;
  post({ kind: 'planned', plan });
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.kind === 'import') await runImport(message);
    else if (message.kind === 'known') finishImport(message.known);
    else {
      const results = await parseMailFile(message.file, message.options);
      post({ kind: 'parsed', results }, transferablesOf(bytesOfResults(results)));
    }
  } catch (error) {
    // parseEmail never throws; this is a bug of ours, reported rather than left hanging
    post({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
};
