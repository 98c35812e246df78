import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyPdf } from '../../../shared/letters';
import { makeTestPkcs12 } from '../../../shared/letters/test-support/certificates';
import { preparedLetter } from '../../../shared/letters/test-support/preparedLetter';
import { SIGNING_DB, WebSigningVault, type StoredWebSigner } from './signingVault';

// The web host's signer in Node: fake-indexeddb for the store, Node's Web Crypto for the key.
const NOW = Date.UTC(2026, 10, 30, 2, 0);
const PASSWORD = 'web-p12-密码';
const p12 = makeTestPkcs12({ password: PASSWORD }).p12;

function freshVault(indexedDB = new IDBFactory(), now = () => NOW) {
  return { indexedDB, vault: new WebSigningVault({ indexedDB, crypto: globalThis.crypto, now }) };
}

async function storedRecord(indexedDB: IDBFactory): Promise<StoredWebSigner> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(SIGNING_DB);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return new Promise((resolve, reject) => {
    const req = db.transaction('signer', 'readonly').objectStore('signer').get('current');
    req.onsuccess = () => resolve(req.result as StoredWebSigner);
    req.onerror = () => reject(req.error);
  });
}

const prepared = (signingTime = NOW) => preparedLetter(signingTime);

describe('web host signing vault', () => {
  it('keeps the private key as a non-extractable Web Crypto key, and neither the file nor the password', async () => {
    const { indexedDB, vault } = freshVault();
    await expect(vault.import(p12, PASSWORD)).resolves.toMatchObject({ ok: true, value: { ok: true, signer: { commonName: '王敏' } } });
    const record = await storedRecord(indexedDB);
    expect(record.key).toBeInstanceOf(CryptoKey);
    expect(record.key.extractable).toBe(false);
    expect(record.key.usages).toEqual(['sign']);
    await expect(crypto.subtle.exportKey('pkcs8', record.key)).rejects.toThrow();
    expect(Object.keys(record).sort()).toEqual(['certificates', 'key', 'summary']);
    expect(JSON.stringify(record.summary)).not.toContain(PASSWORD);
  });

  it('signs a prepared letter that verifies, also from a new vault on the same database (a reload)', async () => {
    const { indexedDB, vault } = freshVault();
    await vault.import(p12, PASSWORD);
    const afterReload = new WebSigningVault({ indexedDB, crypto: globalThis.crypto, now: () => NOW });
    const answer = await afterReload.sign(await prepared());
    if (!answer.ok || !answer.value.ok) throw new Error(JSON.stringify(answer));
    const verdict = await verifyPdf(answer.value.pdf);
    expect(verdict).toMatchObject({ valid: true, coversWholeDocument: true, sha256: answer.value.sha256 });
    expect(verdict.signer?.commonName).toBe('王敏');
  });

  it('gives the same clear problems as the desktop', async () => {
    const { vault } = freshVault();
    await expect(vault.import(p12, 'wrong')).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-password' } });
    await expect(vault.status()).resolves.toEqual({ ok: true, value: { signer: null } });
    await expect(vault.sign(await prepared())).resolves.toEqual({ ok: true, value: { ok: false, problem: 'no-signer' } });
    await vault.import(p12, PASSWORD);
    await expect(vault.sign(await prepared(NOW - 2 * 3600_000))).resolves.toEqual({ ok: true, value: { ok: false, problem: 'signing-time' } });
  });

  it('reports a certificate that expired after the import, and forgets the key', async () => {
    let now = NOW;
    const { vault } = freshVault(new IDBFactory(), () => now);
    await vault.import(p12, PASSWORD);
    now = Date.UTC(2028, 0, 2);
    await expect(vault.status()).resolves.toMatchObject({ ok: true, value: { problem: 'certificate-expired' } });
    await expect(vault.forget()).resolves.toEqual({ ok: true, value: {} });
    await expect(vault.status()).resolves.toEqual({ ok: true, value: { signer: null } });
  });
});
