import type { BrowserWindow } from 'electron';
import type { z } from 'zod';
import type { MessageName, MessageOutput, PlatformMessages } from '../../shared/platform/contract';
import type { Result } from '../../shared/platform/result';

/** A message's argument after its `input` schema parsed it. */
export type HandlerInput<N extends MessageName> = z.output<PlatformMessages[N]['input']>;

/** What a handler knows about the call besides its argument. */
export interface CallContext {
  /** The window the call came from, to parent native dialogs on; null if it is gone. */
  window: BrowserWindow | null;
}

export type PlatformHandler<N extends MessageName> = (input: HandlerInput<N>, call: CallContext) => Promise<Result<MessageOutput<N>>>;

/** One handler per message of the contract: a missing one is a type error. */
export type PlatformHandlers = { [N in MessageName]: PlatformHandler<N> };
