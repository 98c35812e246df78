import { messageNames, type MessageName } from '../../shared/platform/contract';
import { fail, type Result } from '../../shared/platform/result';
import { decodeFrame, encodeFrame, WireFrameError } from '../../shared/platform/wireFrame';
import { dispatchCall } from '../dispatch';

/**
 * The platform messages the web host's server answers itself — those that
 * need a Node process (the mailbox, issue 17); everything else the page does
 * in the browser (renderer/platform/webHost.ts). A call is `POST /api/<name>`
 * with a wire frame (shared/platform/wireFrame.ts) holding the argument; the
 * answer is a frame holding the Result, checked against the contract exactly
 * as Electron's IPC checks it.
 */
export type ServerHandlers = Partial<Record<MessageName, (input: never) => Promise<Result<unknown>>>>;

export const API_PREFIX = '/api/';

export function isMessageName(name: string): name is MessageName {
  return (messageNames as readonly string[]).includes(name);
}

export function createApiRoutes(handlers: ServerHandlers, log: (message: string) => void) {
  return {
    /** True when `name` is a message this server answers. */
    answers(name: string): boolean {
      return isMessageName(name) && handlers[name] !== undefined;
    },
    async call(name: string, body: Uint8Array): Promise<Uint8Array> {
      if (!isMessageName(name)) return encodeFrame(fail('unsupported'));
      const handler = handlers[name];
      if (!handler) return encodeFrame(fail('unsupported'));
      let argument: unknown;
      try {
        argument = decodeFrame(body);
      } catch (error) {
        return encodeFrame(fail('invalid-argument', error instanceof WireFrameError ? error.message : 'unreadable frame'));
      }
      const result = await dispatchCall(name, argument, (input) => (handler as (input: unknown) => Promise<Result<unknown>>)(input), log);
      return encodeFrame(result);
    },
  };
}
export type ApiRoutes = ReturnType<typeof createApiRoutes>;
