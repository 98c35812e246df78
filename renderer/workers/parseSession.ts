import { z } from 'zod';
import { fileFailure, parseResultSchema, type MailFile, type MessageFacts, type ParseFailureCode, type ParseResult } from '../../shared/intake';
import type { FromWorker, ToWorker, WorkerParseOptions } from './intakeProtocol';

/**
 * The UI thread's side of parsing a batch in the intake worker, with a time
 * budget per message (issue 12): the worker says which message it starts;
 * when no answer comes within the budget, the worker is ended, the message is
 * kept raw as "parser timed out", and a new worker goes on with the rest. A
 * worker that dies (out of memory, say) is treated the same way. Files are
 * handed over one or two at a time, their bytes transferred, not copied; a
 * file the stopped worker held is read again through `reload` (the intake
 * queue in the store).
 */

export type WorkerFactory = () => Worker;

export interface SessionFile {
  seq: number;
  file: MailFile;
  /** settles when the file may be handed over (its bytes are transferred; e.g. once they are in the intake queue) */
  ready?: Promise<void>;
  /** the file's bytes again, after a stopped worker took them with it */
  reload: () => Promise<MailFile | undefined>;
}

export type SessionEvent =
  | { kind: 'message'; seq: number; unit: number; result: ParseResult; facts?: MessageFacts }
  | { kind: 'fileDone'; seq: number };

export interface SessionOptions {
  createWorker: WorkerFactory;
  parse: WorkerParseOptions;
  /** how long one message may take (issue 12: e.g. 5 s) */
  budgetMs: number;
  signal?: AbortSignal;
  /** files handed to the worker at once (it parses them in turn), and the bytes they may hold together */
  window?: number;
  windowBytes?: number;
}

export const DEFAULT_BUDGET_MS = 5_000;

const resultSchema = parseResultSchema;
const factsSchema = z.custom<MessageFacts>((v) => typeof v === 'object' && v !== null && 'classification' in v && 'requester' in v);

interface InFlight {
  entry: SessionFile;
  /** its size when handed over (the bytes themselves are then the worker's) */
  size: number;
  /** messages of the file already answered */
  answered: number;
  started?: { unit: number; range?: [number, number] };
}

/** The timed-out (or crashed) message kept raw: the whole file, or its stretch of an mbox. */
async function keptRaw(entry: SessionFile, started: InFlight['started'], code: ParseFailureCode, detail: string): Promise<ParseResult> {
  const file = (await entry.reload()) ?? { ...entry.file, bytes: new Uint8Array(0) };
  const range = started?.range;
  const bytes = range ? file.bytes.slice(range[0], range[1]) : file.bytes;
  return fileFailure(file, code, detail, range ? started?.unit : undefined, bytes);
}

export async function* parseFiles(files: readonly SessionFile[], options: SessionOptions): AsyncGenerator<SessionEvent> {
  // enough in hand that the worker never waits for the UI thread (busy writing) to hand it the next file
  const window = options.window ?? 16;
  const windowBytes = options.windowBytes ?? 32 * 1024 * 1024;
  const events: SessionEvent[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const push = (event: SessionEvent) => {
    events.push(event);
    wake?.();
  };

  let next = 0;
  let finished = 0;
  const inFlight = new Map<number, InFlight>();
  let worker: Worker | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: InFlight | undefined;
  let restarting = false;

  const send = (entry: SessionFile, file: MailFile, skip: number) => {
    const message: ToWorker = { kind: 'parse', seq: entry.seq, file, skip, options: options.parse };
    worker!.postMessage(message, file.bytes.buffer instanceof ArrayBuffer ? [file.bytes.buffer] : []);
  };
  const ready = new Set<number>();
  const waiting = new Set<number>();
  const fill = () => {
    const held = () => [...inFlight.values()].reduce((sum, f) => sum + f.size, 0);
    while (worker && !restarting && next < files.length && (inFlight.size === 0 || (inFlight.size < window && held() < windowBytes))) {
      const candidate = files[next]!;
      if (candidate.ready && !ready.has(candidate.seq)) {
        // its bytes are not stored yet: hand it over when they are (whether or not the write succeeded)
        if (!waiting.has(candidate.seq)) {
          waiting.add(candidate.seq);
          const go = () => {
            ready.add(candidate.seq);
            fill();
          };
          candidate.ready.then(go, go);
        }
        return;
      }
      next++;
      const entry = candidate;
      inFlight.set(entry.seq, { entry, size: entry.file.bytes.byteLength, answered: 0 });
      send(entry, entry.file, 0);
    }
  };

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /** Ends the worker and starts another for what it held; the message it was on is kept raw. */
  const restart = async (code: ParseFailureCode, detail: string) => {
    if (restarting) return;
    restarting = true;
    stopTimer();
    worker?.terminate();
    worker = undefined;
    const stuck = current;
    current = undefined;
    try {
      if (stuck?.started) {
        push({ kind: 'message', seq: stuck.entry.seq, unit: stuck.started.unit, result: await keptRaw(stuck.entry, stuck.started, code, detail) });
        stuck.answered = stuck.started.unit + 1;
        stuck.started = undefined;
      }
      if (options.signal?.aborted) return;
      start();
      for (const flight of [...inFlight.values()].sort((a, b) => a.entry.seq - b.entry.seq)) {
        const file = await flight.entry.reload();
        if (!file) {
          inFlight.delete(flight.entry.seq);
          finished++;
          push({ kind: 'fileDone', seq: flight.entry.seq });
          continue;
        }
        send(flight.entry, file, flight.answered);
      }
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      wake?.();
    } finally {
      restarting = false;
      fill();
      wake?.();
    }
  };

  const onMessage = (message: FromWorker) => {
    if (message.kind === 'started') {
      current = inFlight.get(message.seq);
      if (!current) return;
      current.started = { unit: message.unit, ...(message.range ? { range: message.range } : {}) };
      stopTimer();
      timer = setTimeout(() => void restart('parser-timeout', `no result within ${options.budgetMs} ms`), options.budgetMs);
    } else if (message.kind === 'message') {
      stopTimer();
      const flight = inFlight.get(message.seq);
      if (flight) {
        flight.answered = message.unit + 1;
        flight.started = undefined;
      }
      push({
        kind: 'message',
        seq: message.seq,
        unit: message.unit,
        result: resultSchema.parse(message.result),
        ...(message.facts ? { facts: factsSchema.parse(message.facts) } : {}),
      });
    } else if (message.kind === 'fileDone') {
      inFlight.delete(message.seq);
      finished++;
      current = undefined;
      push({ kind: 'fileDone', seq: message.seq });
      fill();
    } else if (message.kind === 'failed') {
      void restart('parser-error', `intake worker: ${message.detail}`);
    }
  };

  function start() {
    worker = options.createWorker();
    const own = worker;
    own.onmessage = (event: MessageEvent<FromWorker>) => {
      if (worker !== own) return; // a message from a worker already ended
      try {
        onMessage(event.data);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        wake?.();
      }
    };
    // the worker died (a crash, memory): the message it was on is kept raw, the rest goes on
    own.onerror = (event) => {
      event.preventDefault?.();
      if (worker === own) void restart('parser-error', `intake worker stopped: ${event.message || 'no reason given'}`);
    };
  }

  const abort = () => {
    stopTimer();
    worker?.terminate();
    worker = undefined;
    wake?.();
  };
  options.signal?.addEventListener('abort', abort);
  try {
    start();
    fill();
    while (true) {
      if (failure) throw failure;
      if (options.signal?.aborted) return;
      const event = events.shift();
      if (event) {
        yield event;
        continue;
      }
      if (finished >= files.length && !restarting) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    options.signal?.removeEventListener('abort', abort);
    stopTimer();
    worker?.terminate();
  }
}
