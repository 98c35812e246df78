import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyPdf } from '../../../shared/letters';
import { makeTestPkcs12 } from '../../../shared/letters/test-support/certificates';
import { preparedLetter } from '../../../shared/letters/test-support/preparedLetter';
import { SIGNING_DB, WebSigningVault, type LegacyWebSigner, type StoredWebSigner } from './signingVault';

// The web host's signer in Node: fake-indexeddb for the store, Node's Web Crypto for the key.
const NOW = Date.UTC(2026, 10, 30, 2, 0);
const PASSWORD = 'web-p12-密码';
const PIN = '314159-乙';
const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
const p12 = makeTestPkcs12({ password: PASSWORD }).p12;

function freshVault(indexedDB = new IDBFactory(), now = () => NOW) {
  return { indexedDB, vault: new WebSigningVault({ indexedDB, crypto: globalThis.crypto, now, scrypt: SCRYPT }) };
}

function openDb(indexedDB: IDBFactory): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(SIGNING_DB);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function storedRecord(indexedDB: IDBFactory, key = 'current'): Promise<StoredWebSigner> {
  const db = await openDb(indexedDB);
  return new Promise((resolve, reject) => {
    const req = db.transaction('signer', 'readonly').objectStore('signer').get(key);
    req.onsuccess = () => resolve(req.result as StoredWebSigner);
    req.onerror = () => reject(req.error);
  });
}

async function putRecord(indexedDB: IDBFactory, record: LegacyWebSigner): Promise<void> {
  const db = await openDb(indexedDB);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('signer', 'readwrite');
    tx.objectStore('signer').put(record, 'current');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const prepared = (signingTime = NOW) => preparedLetter(signingTime);

describe('web host signing vault', () => {
  it('keeps the private key only wrapped under the PIN, sealed under a non-extractable key, and neither the file, the password nor the PIN', async () => {
    const { indexedDB, vault } = freshVault();
    await expect(vault.import(p12, PASSWORD, PIN)).resolves.toMatchObject({ ok: true, value: { ok: true, signer: { commonName: '王敏' } } });
    const record = await storedRecord(indexedDB);
    expect(Object.keys(record).sort()).toEqual(['certificates', 'iv', 'sealed', 'summary', 'v']);
    const outer = await storedRecord(indexedDB, 'outer-key');
    expect(outer).toBeInstanceOf(CryptoKey);
    expect((outer as unknown as CryptoKey).extractable).toBe(false);
    const bytes = new TextDecoder('latin1').decode(record.sealed);
    expect(bytes).not.toContain('scrypt'); // the PIN-wrapped record itself is sealed again
    expect(JSON.stringify(record.summary)).not.toContain(PASSWORD);
    await expect(vault.status()).resolves.toMatchObject({ ok: true, value: { pin: 'set' } });
  });

  it('refuses a wrong PIN and signs nothing; locks after repeated failures, across a reload', async () => {
    let now = NOW;
    const { indexedDB, vault } = freshVault(new IDBFactory(), () => now);
    await vault.import(p12, PASSWORD, PIN);
    for (let i = 0; i < 5; i++) await expect(vault.sign(await prepared(), '000000')).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-pin' } });
    const reloaded = new WebSigningVault({ indexedDB, crypto: globalThis.crypto, now: () => now, scrypt: SCRYPT });
    await expect(reloaded.sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'pin-locked' } });
    await expect(reloaded.status()).resolves.toMatchObject({ ok: true, value: { pinLockedUntil: new Date(NOW + 30_000).toISOString() } });
    now = NOW + 31_000;
    await expect(reloaded.sign(await prepared(now), PIN)).resolves.toMatchObject({ ok: true, value: { ok: true } });
  });

  it('changes the PIN with the current one; an old key without PIN must be imported again', async () => {
    const { indexedDB, vault } = freshVault();
    await vault.import(p12, PASSWORD, PIN);
    await expect(vault.setPin('wrong-pin', 'another-pin')).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-pin' } });
    await expect(vault.setPin(PIN, 'another-pin')).resolves.toEqual({ ok: true, value: { ok: true } });
    await expect(vault.sign(await prepared(), 'another-pin')).resolves.toMatchObject({ ok: true, value: { ok: true } });
    const record = await storedRecord(indexedDB);
    const key = await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, false, ['sign', 'verify']);
    const legacy: LegacyWebSigner = { key: key.privateKey, certificates: record.certificates, summary: record.summary };
    await putRecord(indexedDB, legacy);
    await expect(vault.status()).resolves.toMatchObject({ ok: true, value: { pin: 'missing' } });
    await expect(vault.sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'pin-not-set' } });
    await expect(vault.setPin(undefined, PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'pin-reimport-needed' } });
  });

  it('signs a prepared letter that verifies, also from a new vault on the same database (a reload)', async () => {
    const { indexedDB, vault } = freshVault();
    await vault.import(p12, PASSWORD, PIN);
    const afterReload = new WebSigningVault({ indexedDB, crypto: globalThis.crypto, now: () => NOW, scrypt: SCRYPT });
    const answer = await afterReload.sign(await prepared(), PIN);
    if (!answer.ok || !answer.value.ok) throw new Error(JSON.stringify(answer));
    const verdict = await verifyPdf(answer.value.pdf);
    expect(verdict).toMatchObject({ valid: true, coversWholeDocument: true, sha256: answer.value.sha256 });
    expect(verdict.signer?.commonName).toBe('王敏');
  });

  it('gives the same clear problems as the desktop', async () => {
    const { vault } = freshVault();
    await expect(vault.import(p12, 'wrong', PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-password' } });
    await expect(vault.status()).resolves.toEqual({ ok: true, value: { signer: null } });
    await expect(vault.sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'no-signer' } });
    await vault.import(p12, PASSWORD, PIN);
    await expect(vault.sign(await prepared(NOW - 2 * 3600_000), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'signing-time' } });
  });

  it('reports a certificate that expired after the import, and forgets the key', async () => {
    let now = NOW;
    const { vault } = freshVault(new IDBFactory(), () => now);
    await vault.import(p12, PASSWORD, PIN);
    now = Date.UTC(2028, 0, 2);
    await expect(vault.status()).resolves.toMatchObject({ ok: true, value: { problem: 'certificate-expired' } });
    await expect(vault.forget()).resolves.toEqual({ ok: true, value: {} });
    await expect(vault.status()).resolves.toEqual({ ok: true, value: { signer: null } });
  });
});
