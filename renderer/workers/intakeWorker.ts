import type { FromWorker, ToWorker } from './intakeProtocol';
import { intakeHandler } from './intakeWorkerCore';

/**
 * The intake worker's entry point (the work itself is intakeWorkerCore.ts):
 * parses mail off the UI thread (SPEC "Quality that users can feel"; issue 12).
 */
/** The worker's global, typed by what this file uses (the renderer is type-checked with the DOM library, not the WebWorker one). */
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const handle = intakeHandler((message, transfer = []) => scope.postMessage(message, transfer));
scope.onmessage = (event: MessageEvent<ToWorker>) => void handle(event.data);
