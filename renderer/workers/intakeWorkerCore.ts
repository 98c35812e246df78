import { mailUnits, messageFacts, parseMailFile, parseUnit, sanitiseMailHtml, type MailFileOptions, type ParseResult } from '../../shared/intake';
import { bytesOfResults, transferablesOf, type FromWorker, type ToWorker, type WorkerParseOptions } from './intakeProtocol';
import { readOutlookMsg } from './outlookMsg';
import { webCryptoSha256 } from './webCryptoSha256';

/**
 * The intake worker's work (intakeWorker.ts is its entry): parses mail off the UI thread (SPEC "Quality that users
 * can feel"; issue 12). It reads no store. It says which message it starts
 * before parsing it, so that the UI thread's watchdog can end it — and start
 * a new worker for the rest — when one message runs past its budget; and it
 * sends every message as soon as it is parsed, with the facts the planner
 * needs, so that the UI thread can save as it goes.
 */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

function optionsOf(options: WorkerParseOptions): MailFileOptions {
  return { ...options, readOutlook: readOutlookMsg, sha256: webCryptoSha256 };
}

/** The bytes of a result go back without a copy: this worker has no further use for them. */
function transferOf(result: ParseResult): ArrayBuffer[] {
  return transferablesOf(bytesOfResults([result]));
}

async function parseFile(message: Extract<ToWorker, { kind: 'parse' }>, post: Post): Promise<void> {
  const { seq, file, skip } = message;
  const options = optionsOf(message.options);
  const units = mailUnits(file);
  for (let unit = skip; unit < units.length; unit++) {
    const u = units[unit]!;
    post({ kind: 'started', seq, unit, ...(u.kind === 'message' && u.range ? { range: u.range } : {}) });
    const result = await parseUnit(file, u, options);
    const facts = result.ok ? messageFacts(result.message) : undefined;
    post({ kind: 'message', seq, unit, result, ...(facts ? { facts } : {}) }, transferOf(result));
  }
  post({ kind: 'fileDone', seq, units: units.length });
}

async function viewFile(message: Extract<ToWorker, { kind: 'view' }>, post: Post): Promise<void> {
  post({ kind: 'viewStarted' });
  const [result] = await parseMailFile(message.file, optionsOf(message.options));
  if (!result) throw new Error('a stored message gave no result');
  const html = result.ok && result.message.html ? sanitiseMailHtml(result.message.html, result.message.attachments) : undefined;
  post({ kind: 'viewed', result, ...(html ? { html } : {}) }, transferOf(result));
}

async function handle(message: ToWorker, post: Post): Promise<void> {
  try {
    if (message.kind === 'parse') await parseFile(message, post);
    else await viewFile(message, post);
  } catch (error) {
    // parseEmail never throws; this is a bug of ours, reported rather than left hanging
    post({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * What the worker does with each message it receives: one file at a time, in
 * the order they came (parsing awaits inside, and two files must not
 * interleave their messages). Apart from the worker's global, so that tests
 * can run it in-process behind a stand-in Worker.
 */
export function intakeHandler(post: Post): (message: ToWorker) => Promise<void> {
  let queue = Promise.resolve();
  return (message) => {
    queue = queue.then(() => handle(message, post));
    return queue;
  };
}
