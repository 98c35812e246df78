import { CHANNEL_PREFIX, messageNames, platformChannels, type MessageName } from '../shared/platform/channels';

export type Invoke = (channel: string, argument: unknown) => Promise<unknown>;

/**
 * One function that can reach one channel, and only a channel of ours: the
 * page can never name a channel itself (VS Code's preload refuses channels
 * without its prefix; Signal exposes one named function per message).
 */
export function channelInvoker(channel: string, invoke: Invoke): (argument: unknown) => Promise<unknown> {
  if (!channel.startsWith(CHANNEL_PREFIX)) throw new Error(`refusing channel without the ${CHANNEL_PREFIX} prefix`);
  // Exactly one argument crosses, whatever the page passes.
  return (argument: unknown) => invoke(channel, argument);
}

/** The object the preload exposes: one named function per message of the contract. */
export function buildBridge(invoke: Invoke): Readonly<Record<MessageName, (argument: unknown) => Promise<unknown>>> {
  const bridge = {} as Record<MessageName, (argument: unknown) => Promise<unknown>>;
  for (const name of messageNames) bridge[name] = channelInvoker(platformChannels[name], invoke);
  return Object.freeze(bridge);
}
