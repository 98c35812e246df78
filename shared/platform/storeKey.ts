import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { fail, ok, type Result } from './result';

/**
 * How either host hands out the store's master key (issue 11): read it from
 * the host's keychain; make one only when asked to (a new store); otherwise
 * say it is missing. One function for the desktop's main process and the
 * web host, so both keep the same rule.
 */
export const STORE_KEY_SECRET = 'store.master-key';

export interface KeychainLike {
  get(name: string): Promise<Result<{ value: string | null }>>;
  set(name: string, value: string): Promise<Result<Record<string, never>>>;
}

export async function provideStoreKey(
  keychain: KeychainLike,
  create: boolean,
  random: (bytes: number) => Uint8Array<ArrayBuffer>,
): Promise<Result<{ key: Uint8Array<ArrayBuffer>; created: boolean }>> {
  const stored = await keychain.get(STORE_KEY_SECRET);
  if (!stored.ok) return stored;
  if (stored.value.value !== null) {
    if (!/^[0-9a-f]{64}$/.test(stored.value.value)) return fail('keychain-unavailable', 'stored store key is damaged');
    return ok({ key: Uint8Array.from(hexToBytes(stored.value.value)), created: false });
  }
  if (!create) return fail('not-found', 'the store key is missing from the keychain');
  const key = random(32);
  const saved = await keychain.set(STORE_KEY_SECRET, bytesToHex(key));
  if (!saved.ok) return saved;
  return ok({ key, created: true });
}
