import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from './result';
import { provideStoreKey, STORE_KEY_SECRET, type KeychainLike } from './storeKey';

function memoryKeychain(initial: Record<string, string> = {}): KeychainLike & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    get: async (name) => ok({ value: values[name] ?? null }),
    set: async (name, value) => {
      values[name] = value;
      return ok({});
    },
  };
}
const random = (n: number) => new Uint8Array(n).fill(0xab);

describe('the store key from the keychain', () => {
  it('makes a key for a new store, keeps it in the keychain, and gives the same one back', async () => {
    const keychain = memoryKeychain();
    const made = await provideStoreKey(keychain, true, random);
    expect(made).toEqual({ ok: true, value: { key: random(32), created: true } });
    expect(keychain.values[STORE_KEY_SECRET]).toBe('ab'.repeat(32));
    expect(await provideStoreKey(keychain, true, () => new Uint8Array(32))).toEqual({ ok: true, value: { key: random(32), created: false } });
  });

  it('never makes a new key for a store that exists: its key missing is said as such', async () => {
    expect(await provideStoreKey(memoryKeychain(), false, random)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('passes on a keychain that refuses (Linux without a keyring), and a damaged value', async () => {
    const refusing: KeychainLike = {
      get: async (): Promise<Result<{ value: string | null }>> => fail('keychain-unavailable', 'linux backend basic_text'),
      set: async () => ok({}),
    };
    expect(await provideStoreKey(refusing, true, random)).toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
    expect(await provideStoreKey(memoryKeychain({ [STORE_KEY_SECRET]: 'xyz' }), false, random)).toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
  });
});
