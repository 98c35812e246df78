import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { KEYRING_DB, SecretVault, type StoredSecret } from './secretVault';

// Each test gets its own IndexedDB (fake-indexeddb) and Node's Web Crypto.
function freshVault(indexedDB = new IDBFactory()) {
  return { indexedDB, vault: new SecretVault({ indexedDB, crypto: globalThis.crypto }) };
}

function openRaw(indexedDB: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(KEYRING_DB);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function read<T>(db: IDBDatabase, store: string, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store, 'readonly').objectStore(store).get(key);
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

function write(db: IDBDatabase, store: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const SECRET = '备份密钥 correct horse battery staple';

describe('web host secret vault', () => {
  it('round-trips a secret, also through a new vault on the same database', async () => {
    const { indexedDB, vault } = freshVault();
    await expect(vault.set('backup.key', SECRET)).resolves.toEqual({ ok: true, value: {} });
    await expect(vault.get('backup.key')).resolves.toEqual({ ok: true, value: { value: SECRET } });
    const afterReload = new SecretVault({ indexedDB, crypto: globalThis.crypto });
    await expect(afterReload.get('backup.key')).resolves.toEqual({ ok: true, value: { value: SECRET } });
  });

  it('answers null for an unknown secret and forgets a deleted one', async () => {
    const { vault } = freshVault();
    await expect(vault.get('signing.passphrase')).resolves.toEqual({ ok: true, value: { value: null } });
    await vault.set('signing.passphrase', 'p');
    await expect(vault.delete('signing.passphrase')).resolves.toEqual({ ok: true, value: {} });
    await expect(vault.get('signing.passphrase')).resolves.toEqual({ ok: true, value: { value: null } });
  });

  it('keeps its key non-extractable: the stored CryptoKey cannot be exported', async () => {
    const { indexedDB, vault } = freshVault();
    await vault.set('backup.key', SECRET);
    const key = await read<CryptoKey>(await openRaw(indexedDB), 'keys', 'vault-key');
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('stores only ciphertext, with a fresh IV each time', async () => {
    const { indexedDB, vault } = freshVault();
    await vault.set('backup.key', SECRET);
    const db = await openRaw(indexedDB);
    const first = await read<StoredSecret>(db, 'secrets', 'backup.key');
    const plain = new TextEncoder().encode(SECRET);
    expect(Buffer.from(first.ciphertext).includes(Buffer.from(plain))).toBe(false);
    expect(Buffer.from(first.ciphertext).toString('latin1')).not.toContain('correct horse');
    await vault.set('backup.key', SECRET);
    const second = await read<StoredSecret>(db, 'secrets', 'backup.key');
    expect(Buffer.from(second.iv).equals(Buffer.from(first.iv))).toBe(false);
  });

  it('refuses a tampered ciphertext', async () => {
    const { indexedDB, vault } = freshVault();
    await vault.set('backup.key', SECRET);
    const db = await openRaw(indexedDB);
    const record = await read<StoredSecret>(db, 'secrets', 'backup.key');
    const tampered = new Uint8Array(record.ciphertext);
    tampered[0] = (tampered[0] ?? 0) ^ 0x01;
    await write(db, 'secrets', 'backup.key', { iv: record.iv, ciphertext: tampered });
    await expect(vault.get('backup.key')).resolves.toEqual({
      ok: false,
      error: { code: 'keychain-unavailable', detail: 'stored secret could not be decrypted' },
    });
  });

  it("refuses one secret's ciphertext copied over another's", async () => {
    const { indexedDB, vault } = freshVault();
    await vault.set('backup.key', SECRET);
    await vault.set('signing.passphrase', 'p');
    const db = await openRaw(indexedDB);
    await write(db, 'secrets', 'signing.passphrase', await read<StoredSecret>(db, 'secrets', 'backup.key'));
    await expect(vault.get('signing.passphrase')).resolves.toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
  });

  it('refuses a record that is not a stored secret', async () => {
    const { indexedDB, vault } = freshVault();
    await vault.set('backup.key', SECRET);
    await write(await openRaw(indexedDB), 'secrets', 'backup.key', SECRET);
    await expect(vault.get('backup.key')).resolves.toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
  });

  it('makes one key when two vaults start at once', async () => {
    const indexedDB = new IDBFactory();
    const a = new SecretVault({ indexedDB, crypto: globalThis.crypto });
    const b = new SecretVault({ indexedDB, crypto: globalThis.crypto });
    await Promise.all([a.set('a', '1'), b.set('b', '2')]);
    await expect(a.get('b')).resolves.toEqual({ ok: true, value: { value: '2' } });
    await expect(b.get('a')).resolves.toEqual({ ok: true, value: { value: '1' } });
    // and the key kept in the database is the one both used
    const afterReload = new SecretVault({ indexedDB, crypto: globalThis.crypto });
    await expect(afterReload.get('a')).resolves.toEqual({ ok: true, value: { value: '1' } });
    await expect(afterReload.get('b')).resolves.toEqual({ ok: true, value: { value: '2' } });
  });
});
