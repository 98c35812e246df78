import { platformMessages, type MessageName } from '../shared/platform/contract';
import { fail, type Result } from '../shared/platform/result';
import { dispatchCall } from './dispatch';
import type { CallContext, PlatformHandler, PlatformHandlers } from './handlers/types';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}
/** The parts of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}
export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export interface IpcOptions<E> {
  isAppUrl(url: string): boolean;
  contextOf(event: E): CallContext;
  /** Where refusals and crashes are reported; never given arguments or results, which may hold personal data. */
  log?: (message: string) => void;
}

/**
 * Why a sender is refused, or null if it may call. Only the top-level frame
 * of one of our own pages may use the platform API: an iframe (a previewed
 * document, say) or a page that navigated elsewhere may not — the check VS
 * Code's ValidatedIpcMain makes on every message.
 */
export function senderRefusal(event: InvokeEventLike, isAppUrl: (url: string) => boolean): string | null {
  let frame: FrameLike | null;
  let url: string;
  let parent: FrameLike | null;
  try {
    // A frame that is being torn down throws when read; that is a refusal too.
    frame = event.senderFrame;
    if (frame === null) return 'no sender frame';
    url = frame.url;
    parent = frame.parent;
  } catch {
    return 'sender frame is gone';
  }
  if (!isAppUrl(url)) return 'sender is not an app page';
  if (parent !== null) return 'sender is not the top-level frame';
  return null;
}

/**
 * Registers every message of the contract with one wrapper, so no handler can
 * forget a check: sender validated, argument parsed with the message's
 * `input` schema, answer parsed with `output`, and always a Result back —
 * a throw across `ipcMain.handle` would reach the renderer as a bare message
 * string (STYLE.md §2).
 */
export function registerPlatformHandlers<E extends InvokeEventLike>(ipc: IpcMainLike<E>, handlers: PlatformHandlers, options: IpcOptions<E>): void {
  for (const name of Object.keys(platformMessages) as MessageName[]) {
    ipc.handle(platformMessages[name].channel, (event, ...args) => handleCall(name, handlers[name], event, args, options));
  }
}

async function handleCall<N extends MessageName, E extends InvokeEventLike>(
  name: N,
  handler: PlatformHandler<N>,
  event: E,
  args: unknown[],
  options: IpcOptions<E>,
): Promise<Result<unknown>> {
  const log = options.log ?? ((m: string) => console.warn(m));
  const message = platformMessages[name];
  const refusal = senderRefusal(event, options.isAppUrl);
  if (refusal !== null) {
    log(`${message.channel}: refused, ${refusal}`);
    return fail('forbidden-sender');
  }
  if (args.length !== 1) return fail('invalid-argument', `expected one argument, got ${args.length}`);
  // The parse uses message N's own input schema; TypeScript cannot follow
  // that correlation through the generic index, hence the assertion.
  return dispatchCall(name, args[0], (input) => handler(input as Parameters<PlatformHandler<N>>[0], options.contextOf(event)), log);
}
