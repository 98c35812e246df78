import type { MailFile } from '../../../shared/intake';
import type { FromWorker, ToWorker } from '../intakeProtocol';
import { intakeHandler } from '../intakeWorkerCore';

/**
 * A stand-in for the intake Worker in Node tests: the worker's own code
 * (intakeWorkerCore.ts) run in-process, answering asynchronously as a worker
 * does. `hangOn` makes it stop answering when it starts a given file, as a
 * worker stuck in a pathological message would; `created` counts the workers
 * a session started (a restart makes another).
 */
export function inProcessWorkers(options: { hangOn?: (file: MailFile) => boolean } = {}) {
  // a file is stuck on its first message only: the next worker is sent it again from the message after
  const created: { terminated: boolean }[] = [];
  const factory = (): Worker => {
    const state = { terminated: false, hung: false };
    let chain = Promise.resolve();
    created.push(state);
    const worker = {
      onmessage: null as ((event: MessageEvent<FromWorker>) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      onmessageerror: null,
      postMessage(message: ToWorker) {
        // in turn, as the worker takes its messages: a stuck file stops everything after it
        chain = chain.then(async () => {
          if (state.terminated || state.hung) return;
          if (message.kind === 'parse' && message.skip === 0 && options.hangOn?.(message.file)) {
            state.hung = true;
            deliver({ kind: 'started', seq: message.seq, unit: message.skip });
            return;
          }
          await handle(message);
        });
      },
      terminate() {
        state.terminated = true;
      },
    };
    const deliver = (message: FromWorker) => {
      setTimeout(() => {
        if (!state.terminated) worker.onmessage?.({ data: message } as MessageEvent<FromWorker>);
      }, 0);
    };
    const handle = intakeHandler((message) => deliver(message));
    return worker as unknown as Worker;
  };
  return { factory, created };
}
