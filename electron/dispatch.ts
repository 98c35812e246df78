import { platformMessages, type MessageName, type MessageOutput } from '../shared/platform/contract';
import { fail, resultSchema, type Result } from '../shared/platform/result';

/** A message's handler after its argument was parsed: any extra context is bound in by whoever registers it. */
export type ParsedCall<N extends MessageName> = (input: never) => Promise<Result<MessageOutput<N>>>;

/**
 * One platform call, checked on both sides of the handler: the argument is
 * parsed with the message's `input` schema, the answer with its `output`, and
 * a throw becomes `internal` — whatever carried the call (Electron's IPC,
 * electron/ipc.ts, or the web host's HTTP, electron/webHost/apiRoutes.ts).
 * Logs name the channel and the kind of problem, never a value: arguments
 * and answers can hold personal data and passwords.
 */
export async function dispatchCall<N extends MessageName>(
  name: N,
  argument: unknown,
  call: (input: unknown) => Promise<Result<unknown>>,
  log: (message: string) => void,
): Promise<Result<unknown>> {
  const message = platformMessages[name];
  const input = message.input.safeParse(argument);
  if (!input.success) {
    // Only the paths and codes of the issues: the values may be personal data.
    const where = input.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
    return fail('invalid-argument', where.slice(0, 500));
  }
  let result: Result<unknown>;
  try {
    result = await call(input.data);
  } catch (error) {
    log(`${message.channel}: handler threw ${error instanceof Error ? error.name : typeof error}`);
    return fail('internal');
  }
  const checked = resultSchema(message.output).safeParse(result);
  if (!checked.success) {
    log(`${message.channel}: handler answered outside the contract`);
    return fail('internal');
  }
  return checked.data as Result<unknown>;
}
