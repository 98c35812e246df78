import { describe, expect, it } from 'vitest';
import { afterWrongPin, FREE_PIN_ATTEMPTS, pinLockedUntil, pinProblem, unwrapWithPin, wrapWithPin, wrappedKeySchema } from './pinWrap';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const secret = new TextEncoder().encode('-----PKCS#8 key bytes-----');

describe('the signing key wrapped under the officer PIN', () => {
  it('unwraps with the right PIN, and the record holds neither the PIN nor the key', async () => {
    const wrapped = await wrapWithPin(secret, '258-甲乙丙', random, FAST);
    expect(wrappedKeySchema.parse(JSON.parse(JSON.stringify(wrapped)))).toEqual(wrapped);
    const text = JSON.stringify(wrapped);
    expect(text).not.toContain('258');
    expect(text).not.toContain('PKCS#8');
    await expect(unwrapWithPin(wrapped, '258-甲乙丙')).resolves.toEqual({ ok: true, secret });
  });

  it('says wrong-pin for a wrong PIN, and for a record altered by one character', async () => {
    const wrapped = await wrapWithPin(secret, '258-甲乙丙', random, FAST);
    await expect(unwrapWithPin(wrapped, '258-甲乙')).resolves.toEqual({ ok: false, problem: 'wrong-pin' });
    const flipped = wrapped.sealed.slice(0, -1) + (wrapped.sealed.endsWith('0') ? '1' : '0');
    await expect(unwrapWithPin({ ...wrapped, sealed: flipped }, '258-甲乙丙')).resolves.toEqual({ ok: false, problem: 'wrong-pin' });
  });

  it('reads the PIN in Unicode normal form: the same PIN typed by another input method still opens it', async () => {
    const wrapped = await wrapWithPin(secret, 'café-2026', random, FAST);
    await expect(unwrapWithPin(wrapped, 'cafe\u0301-2026')).resolves.toMatchObject({ ok: true });
  });

  it('uses a memory-hard work factor by default, and each wrap its own salt', async () => {
    const a = await wrapWithPin(secret, '123456', random, FAST);
    const b = await wrapWithPin(secret, '123456', random, FAST);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.sealed).not.toBe(b.sealed);
    const { PIN_SCRYPT } = await import('./pinWrap');
    expect(PIN_SCRYPT.N * PIN_SCRYPT.r * 128).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  });

  it('asks for six to 128 characters', () => {
    expect(pinProblem('12345')).toBe('pin-too-short');
    expect(pinProblem('123456')).toBeUndefined();
    expect(pinProblem('甲乙丙丁戊己')).toBeUndefined();
    expect(pinProblem('x'.repeat(129))).toBe('pin-too-long');
  });

  it('locks after the free attempts, doubling each time, at most an hour', () => {
    const now = 1_000_000;
    let attempts = undefined as ReturnType<typeof afterWrongPin> | undefined;
    for (let i = 0; i < FREE_PIN_ATTEMPTS; i++) attempts = afterWrongPin(attempts, now);
    expect(pinLockedUntil(attempts, now)).toBeUndefined();
    attempts = afterWrongPin(attempts, now);
    expect(pinLockedUntil(attempts, now)).toBe(now + 30_000);
    attempts = afterWrongPin(attempts, now);
    expect(pinLockedUntil(attempts, now)).toBe(now + 60_000);
    expect(pinLockedUntil(attempts, now + 60_001)).toBeUndefined();
    for (let i = 0; i < 20; i++) attempts = afterWrongPin(attempts, now);
    expect(pinLockedUntil(attempts, now)).toBe(now + 3_600_000);
  });
});
