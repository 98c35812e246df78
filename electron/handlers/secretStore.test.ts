import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretStore, type SafeStorageLike } from './secretStore';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/**
 * A stand-in for the OS keychain: a reversible scramble with a header, so the
 * stored text is not the plaintext (as with DPAPI or libsecret) and a value
 * "encrypted" elsewhere fails to decrypt.
 */
function fakeSafeStorage(options: { available?: boolean; backend?: Backend; keyId?: number } = {}): SafeStorageLike {
  const keyId = options.keyId ?? 7;
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) => Buffer.concat([Buffer.from(`v${keyId}:`), Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)]),
    decryptString: (encrypted) => {
      const header = `v${keyId}:`;
      if (encrypted.subarray(0, header.length).toString() !== header) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(encrypted.subarray(header.length).map((b) => b ^ 0x5a)).toString('utf8');
    },
  };
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-secrets-'));
  file = join(dir, 'secrets.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SECRET = '备份密钥-correct horse battery staple';

describe('SecretStore', () => {
  it('stores and reads back a secret, keeping only ciphertext on disk', async () => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage(), platform: 'linux', file });
    await expect(store.set('backup.key', SECRET)).resolves.toEqual({ ok: true, value: {} });
    await expect(store.get('backup.key')).resolves.toEqual({ ok: true, value: { value: SECRET } });

    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(onDisk).not.toContain('correct horse');
    expect(onDisk).not.toContain(Buffer.from(SECRET).toString('base64'));
    expect(onDisk).toContain('backup.key'); // the name is not secret; the value is
  });

  it('creates the file readable by the user only', async () => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage(), platform: 'linux', file });
    await store.set('backup.key', SECRET);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it.each<[string, Backend]>([
    ['basic_text', 'basic_text'],
    ['unknown', 'unknown'],
  ])("refuses Linux's %s backend and writes nothing", async (_label, backend) => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage({ backend }), platform: 'linux', file });
    await expect(store.set('backup.key', SECRET)).resolves.toEqual({
      ok: false,
      error: { code: 'keychain-unavailable', detail: `linux backend ${backend}` },
    });
    await expect(store.get('backup.key')).resolves.toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses when the OS offers no encryption at all', async () => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage({ available: false }), platform: 'win32', file });
    await expect(store.set('backup.key', SECRET)).resolves.toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('uses a real keyring backend on Linux (KWallet)', async () => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage({ backend: 'kwallet5' }), platform: 'linux', file });
    await expect(store.set('backup.key', SECRET)).resolves.toMatchObject({ ok: true });
  });

  it('answers null for a secret never stored, and forgets a deleted one', async () => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage(), platform: 'win32', file });
    await expect(store.get('signing.passphrase')).resolves.toEqual({ ok: true, value: { value: null } });
    await store.set('signing.passphrase', 'p');
    await store.set('backup.key', 'k');
    await expect(store.delete('signing.passphrase')).resolves.toEqual({ ok: true, value: {} });
    await expect(store.get('signing.passphrase')).resolves.toEqual({ ok: true, value: { value: null } });
    await expect(store.get('backup.key')).resolves.toEqual({ ok: true, value: { value: 'k' } });
  });

  it('does not take an inherited property for a stored secret', async () => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage(), platform: 'win32', file });
    await store.set('backup.key', 'k');
    await expect(store.get('constructor')).resolves.toEqual({ ok: true, value: { value: null } });
  });

  it('keeps both of two concurrent writes', async () => {
    const store = new SecretStore({ safeStorage: fakeSafeStorage(), platform: 'win32', file });
    await Promise.all([store.set('a', '1'), store.set('b', '2'), store.set('c', '3')]);
    const values = await Promise.all(['a', 'b', 'c'].map((n) => store.get(n)));
    expect(values).toEqual([1, 2, 3].map((v) => ({ ok: true, value: { value: String(v) } })));
  });

  it('says keychain-unavailable when the keychain key changed and the value cannot be decrypted', async () => {
    await new SecretStore({ safeStorage: fakeSafeStorage({ keyId: 1 }), platform: 'win32', file }).set('backup.key', SECRET);
    const afterReinstall = new SecretStore({ safeStorage: fakeSafeStorage({ keyId: 2 }), platform: 'win32', file });
    await expect(afterReinstall.get('backup.key')).resolves.toEqual({
      ok: false,
      error: { code: 'keychain-unavailable', detail: 'stored secret could not be decrypted' },
    });
  });

  it('reports an unreadable store on read, and sets it aside (not deletes it) on the next write', async () => {
    await writeFile(file, '{"version":1,"secrets":');
    const store = new SecretStore({ safeStorage: fakeSafeStorage(), platform: 'win32', file });
    await expect(store.get('backup.key')).resolves.toMatchObject({ ok: false, error: { code: 'io-failed' } });
    await expect(store.set('backup.key', SECRET)).resolves.toMatchObject({ ok: true });
    await expect(store.get('backup.key')).resolves.toEqual({ ok: true, value: { value: SECRET } });
    const names = await readdir(dir);
    expect(names.filter((n) => n.startsWith('secrets.json.unreadable-'))).toHaveLength(1);
  });
});
