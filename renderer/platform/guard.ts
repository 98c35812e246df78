import { messageNames, platformMessages, type MessageInput, type MessageName, type PlatformApi } from '../../shared/platform/contract';
import { fail, resultSchema, type Result } from '../../shared/platform/result';
import type { MessageOutput } from '../../shared/platform/contract';

/**
 * A platform implementation whose answers are not yet trusted: the functions
 * the Electron preload exposes, or the web host. Whatever they resolve with is
 * parsed before the UI sees it.
 */
export type UncheckedPlatform = { [N in MessageName]: (input: MessageInput<N>) => Promise<unknown> };

export interface GuardOptions {
  /**
   * Parse each argument with the message's `input` schema here. The web host
   * needs it (nothing else checks); on Electron the main process does it at
   * the boundary that matters (electron/ipc.ts), so it is skipped.
   */
  checkInput: boolean;
}

/** True when `value` has a function for every message: the shape the preload exposes. */
export function isUncheckedPlatform(value: unknown): value is UncheckedPlatform {
  if (typeof value !== 'object' || value === null) return false;
  return messageNames.every((name) => typeof Reflect.get(value, name) === 'function');
}

function issuesDetail(issues: readonly { path: readonly PropertyKey[]; code: string }[]): string {
  // Where and what kind, never the value: arguments can hold personal data.
  return issues
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.code}`)
    .join('; ')
    .slice(0, 500);
}

function guardOne<N extends MessageName>(name: N, call: UncheckedPlatform[N], options: GuardOptions) {
  const message = platformMessages[name];
  const answer = resultSchema(message.output);
  return async (input: MessageInput<N>): Promise<Result<MessageOutput<N>>> => {
    let argument: unknown = input;
    if (options.checkInput) {
      const parsed = message.input.safeParse(input);
      if (!parsed.success) return fail('invalid-argument', issuesDetail(parsed.error.issues));
      argument = parsed.data;
    }
    let raw: unknown;
    try {
      raw = await (call as (input: unknown) => Promise<unknown>)(argument);
    } catch {
      // Only a bug or a broken bridge gets here; every designed failure is a Result.
      return fail('internal', `${name}: the call threw`);
    }
    const parsed = answer.safeParse(raw);
    if (!parsed.success) return fail('internal', `${name}: malformed answer`);
    // The schema is the message's own `output`, so its parse is the contract's type.
    return parsed.data as Result<MessageOutput<N>>;
  };
}

/** Wraps an implementation so every answer is a well-formed Result of the contract (STYLE.md §2). */
export function guardPlatform(unchecked: UncheckedPlatform, options: GuardOptions): PlatformApi {
  const guarded: Partial<Record<MessageName, unknown>> = {};
  for (const name of messageNames) guarded[name] = guardOne(name, unchecked[name], options);
  return guarded as PlatformApi;
}
