import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPdf } from '../../shared/letters';
import { platformMessages, MAX_PKCS12_BYTES } from '../../shared/platform/contract';
import { ok, type Result } from '../../shared/platform/result';
import { registerPlatformHandlers, type InvokeEventLike } from '../ipc';
import { SecretStore, type SafeStorageLike } from './secretStore';
import { lettersSignHandler, signingForgetHandler, signingImportP12Handler, signingSetPinHandler, signingStatusHandler } from './signingHandlers';
import { SIGNING_SECRET } from './signingKeeper';
import { SigningKeeper } from './signingKeeper';
import { makeTestPkcs12 } from '../../shared/letters/test-support/certificates';
import { preparedLetter } from '../../shared/letters/test-support/preparedLetter';
import type { PlatformHandlers } from './types';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/** The OS keychain stand-in of secretStore.test.ts: a reversible scramble, never the plaintext. */
function fakeSafeStorage(backend: Backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) => Buffer.concat([Buffer.from('v1:'), Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)]),
    decryptString: (encrypted) => Buffer.from(encrypted.subarray(3).map((b) => b ^ 0x5a)).toString('utf8'),
  };
}

const NOW = Date.UTC(2026, 8, 28, 2, 30);
const PASSWORD = 'p12-密码-correct horse';
const PIN = '258-甲乙丙';
/** a low work factor for the tests; the record keeps its own */
const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
const p12 = makeTestPkcs12({ password: PASSWORD }).p12;

let dir: string;
let file: string;
let clock: { now: number };
let log: ReturnType<typeof vi.fn<(message: string) => void>>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-signing-'));
  file = join(dir, 'signing.json');
  clock = { now: NOW };
  log = vi.fn<(message: string) => void>();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function keeper(backend?: Backend): SigningKeeper {
  return new SigningKeeper({ secrets: new SecretStore({ safeStorage: fakeSafeStorage(backend), platform: 'linux', file }), now: () => clock.now, log, scrypt: SCRYPT });
}

const prepared = (signingTime = NOW) => preparedLetter(signingTime);

describe('SigningKeeper (the main process holds the key)', () => {
  it('imports a PKCS#12 with its password and shows only the certificate summary', async () => {
    const answer = await keeper().import(p12, PASSWORD, PIN);
    expect(answer).toMatchObject({ ok: true, value: { ok: true, signer: { commonName: '王敏', selfIssued: true } } });
    await expect(keeper().status()).resolves.toMatchObject({ ok: true, value: { signer: { commonName: '王敏' }, pin: 'set' } });
    expect(JSON.stringify(answer)).not.toContain(PASSWORD);
  });

  it('keeps the file and the password only encrypted on disk, and logs no secret', async () => {
    await keeper().import(p12, PASSWORD, PIN);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(PASSWORD);
    expect(onDisk).not.toContain('correct horse');
    expect(onDisk).not.toContain(Buffer.from(p12).toString('base64').slice(0, 40));
    expect(onDisk).not.toContain(PIN);
    for (const [message] of log.mock.calls) {
      expect(message).not.toContain(PASSWORD);
      expect(message).toMatch(/SHA-256 (fingerprint )?[0-9a-f]{64}$/);
    }
  });

  it.each([
    ['a wrong password', () => keeper().import(p12, 'wrong', PIN), 'wrong-password'],
    ['an expired certificate', () => keeper().import(makeTestPkcs12({ password: 'x', notAfter: new Date(Date.UTC(2026, 5, 1)) }).p12, 'x', PIN), 'certificate-expired'],
    ['a certificate without a signing key usage', () => keeper().import(makeTestPkcs12({ password: 'x', keyUsage: { keyEncipherment: true } }).p12, 'x', PIN), 'key-usage'],
    ['a file that is not PKCS#12', () => keeper().import(new TextEncoder().encode('%PDF-1.7'), 'x', PIN), 'not-pkcs12'],
  ])('refuses %s with a clear problem and stores nothing', async (_label, run, problem) => {
    await expect(run()).resolves.toEqual({ ok: true, value: { ok: false, problem } });
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses Linux's basic_text keychain: the certificate is not kept in the clear", async () => {
    await expect(keeper('basic_text').import(p12, PASSWORD, PIN)).resolves.toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('signs a prepared letter, verified, whole-document, and logs only its SHA-256', async () => {
    await keeper().import(p12, PASSWORD, PIN);
    log.mockClear();
    const answer = await keeper().sign(await prepared(), PIN); // a new keeper: opened again from the encrypted store
    if (!answer.ok || !answer.value.ok) throw new Error(JSON.stringify(answer));
    const verdict = await verifyPdf(answer.value.pdf);
    expect(verdict).toMatchObject({ valid: true, coversWholeDocument: true, sha256: answer.value.sha256 });
    expect(verdict.signer?.commonName).toBe('王敏');
    expect(answer.value.signedAt).toBe(new Date(NOW).toISOString());
    expect(log.mock.calls).toEqual([[`letters:sign: signed, SHA-256 ${answer.value.sha256}`]]);
  });

  it('signs again (the PIN opens the key each time), and refuses once the certificate has expired', async () => {
    const k = keeper();
    await k.import(p12, PASSWORD, PIN);
    await expect(k.sign(await prepared(), PIN)).resolves.toMatchObject({ ok: true, value: { ok: true } });
    clock.now = Date.UTC(2028, 0, 2);
    await expect(k.status()).resolves.toMatchObject({ ok: true, value: { problem: 'certificate-expired' } });
    await expect(k.sign(await prepared(clock.now), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'certificate-expired' } });
  });

  it('will not sign a letter whose signing time is not now (no backdating)', async () => {
    const k = keeper();
    await k.import(p12, PASSWORD, PIN);
    await expect(k.sign(await prepared(NOW - 3600_000), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'signing-time' } });
  });

  it('says no-signer before an import and after forgetting, and a PDF without a placeholder is refused', async () => {
    const k = keeper();
    await expect(k.status()).resolves.toEqual({ ok: true, value: { signer: null } });
    await expect(k.sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'no-signer' } });
    await k.import(p12, PASSWORD, PIN);
    await expect(k.sign(new TextEncoder().encode('%PDF-1.7\n%%EOF'), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'no-placeholder' } });
    await expect(k.forget()).resolves.toEqual({ ok: true, value: {} });
    await expect(k.status()).resolves.toEqual({ ok: true, value: { signer: null } });
    await expect(k.sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'no-signer' } });
  });
});

describe('the key under the officer PIN (issue 14)', () => {
  it('refuses a wrong PIN and signs nothing, then signs with the right one', async () => {
    const k = keeper();
    await k.import(p12, PASSWORD, PIN);
    log.mockClear();
    await expect(k.sign(await prepared(), '000000')).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-pin' } });
    expect(log.mock.calls).toEqual([['letters:sign: refused, wrong-pin']]);
    await expect(k.sign(await prepared(), PIN)).resolves.toMatchObject({ ok: true, value: { ok: true } });
  });

  it('locks signing after repeated wrong PINs, even across a restart, and counts again once it has passed', async () => {
    await keeper().import(p12, PASSWORD, PIN);
    for (let i = 0; i < 5; i++) await expect(keeper().sign(await prepared(), `wrong-${i}`)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-pin' } });
    const status = await keeper().status();
    expect(status).toMatchObject({ ok: true, value: { pinLockedUntil: new Date(NOW + 30_000).toISOString() } });
    // the right PIN is refused too while locked: a guesser learns nothing
    await expect(keeper().sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'pin-locked' } });
    clock.now = NOW + 31_000;
    await expect(keeper().sign(await prepared(clock.now), PIN)).resolves.toMatchObject({ ok: true, value: { ok: true } });
    await expect(keeper().status()).resolves.not.toMatchObject({ value: { pinLockedUntil: expect.anything() } });
  });

  it('changes the PIN only with the current one', async () => {
    const k = keeper();
    await k.import(p12, PASSWORD, PIN);
    await expect(k.setPin('nope-nope', 'new-pin-2026')).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-pin' } });
    await expect(k.setPin(PIN, '12345')).resolves.toEqual({ ok: true, value: { ok: false, problem: 'pin-too-short' } });
    await expect(k.setPin(PIN, 'new-pin-2026')).resolves.toEqual({ ok: true, value: { ok: true } });
    await expect(k.sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'wrong-pin' } });
    await expect(k.sign(await prepared(), 'new-pin-2026')).resolves.toMatchObject({ ok: true, value: { ok: true } });
  });

  it('refuses a short PIN at import and stores nothing', async () => {
    await expect(keeper().import(p12, PASSWORD, '1234')).resolves.toEqual({ ok: true, value: { ok: false, problem: 'pin-too-short' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a certificate kept before PINs existed signs nothing until a PIN is set, and then only with it', async () => {
    const secrets = new SecretStore({ safeStorage: fakeSafeStorage(), platform: 'linux', file });
    const summary = (await (async () => {
      await keeper().import(p12, PASSWORD, PIN);
      return (await keeper().status()) as { ok: true; value: { signer: unknown } };
    })()).value.signer;
    await secrets.set(SIGNING_SECRET, JSON.stringify({ version: 1, p12: Buffer.from(p12).toString('base64'), password: PASSWORD, summary }));
    const k = keeper();
    await expect(k.status()).resolves.toMatchObject({ ok: true, value: { pin: 'missing' } });
    await expect(k.sign(await prepared(), PIN)).resolves.toEqual({ ok: true, value: { ok: false, problem: 'pin-not-set' } });
    await expect(k.setPin(undefined, PIN)).resolves.toEqual({ ok: true, value: { ok: true } });
    await expect(k.status()).resolves.toMatchObject({ ok: true, value: { pin: 'set' } });
    expect(await readFile(file, 'utf8')).not.toContain(PASSWORD);
    await expect(k.sign(await prepared(), PIN)).resolves.toMatchObject({ ok: true, value: { ok: true } });
  });
});

describe('the signing messages through the validating IPC wrapper', () => {
  function setUp() {
    const k = keeper();
    const notCalled = () => {
      throw new Error('not this one');
    };
    const handlers = new Proxy({} as PlatformHandlers, { get: () => notCalled });
    const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    registerPlatformHandlers(
      { handle: (channel, listener) => listeners.set(channel, listener) },
      { ...handlers, signingImportP12: signingImportP12Handler(k), signingStatus: signingStatusHandler(k), signingForget: signingForgetHandler(k), signingSetPin: signingSetPinHandler(k), lettersSign: lettersSignHandler(k) },
      { isAppUrl: (u) => u.startsWith('casedesk://app/'), contextOf: () => ({ window: null }), log: () => undefined },
    );
    const event = { senderFrame: { url: 'casedesk://app/index.html', parent: null } };
    return (name: keyof typeof platformMessages, argument: unknown) => listeners.get(platformMessages[name].channel)!(event, argument) as Promise<Result<unknown>>;
  }

  it('imports, signs and forgets over the channels', async () => {
    const call = setUp();
    await expect(call('signingImportP12', { p12, password: PASSWORD, pin: PIN })).resolves.toMatchObject(ok({ ok: true }));
    const signed = await call('lettersSign', { letterId: crypto.randomUUID(), pin: PIN, pdf: await prepared() });
    expect(signed).toMatchObject({ ok: true, value: { ok: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    await expect(call('signingForget', {})).resolves.toEqual(ok({}));
    await expect(call('signingStatus', {})).resolves.toEqual(ok({ signer: null }));
  });

  it('refuses an oversized file and a letter id that is not an id before any handler runs', async () => {
    const call = setUp();
    await expect(call('signingImportP12', { p12: new Uint8Array(MAX_PKCS12_BYTES + 1), password: 'x', pin: PIN })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await expect(call('lettersSign', { letterId: '../../etc', pin: PIN, pdf: new Uint8Array(4) })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await expect(call('signingStatus', { extra: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
