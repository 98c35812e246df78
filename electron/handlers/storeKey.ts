import { randomBytes } from 'node:crypto';
import { provideStoreKey } from '../../shared/platform/storeKey';
import type { SecretStore } from './secretStore';
import type { PlatformHandler } from './types';

/** The store's master key, kept by safeStorage in a file of its own (the Signal Desktop pattern: unwrapped by the main process). */
export function storeKeyHandler(keychain: SecretStore, random: (bytes: number) => Uint8Array<ArrayBuffer> = (n) => new Uint8Array(randomBytes(n))): PlatformHandler<'storeKey'> {
  return ({ create }) => provideStoreKey(keychain, create, random);
}
