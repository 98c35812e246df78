import { gcm } from '@noble/ciphers/aes.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';

/**
 * The signing key under the officer's own PIN (issue 14; 电子签名法 13: the
 * signature-creation data is under the signer's sole control). Whatever the
 * platform keeps (the desktop's keychain record, the web host's vault) holds
 * the key only wrapped under a key derived from the PIN with scrypt
 * (memory-hard, @noble/hashes), with AES-256-GCM (@noble/ciphers). The key is
 * unwrapped for one signature and dropped again; the PIN is never stored.
 * A wrong PIN fails GCM's tag: it is told apart from nothing else, and says so.
 */

/** 64 MiB, about a second on an office machine: each guess costs as much. Stored with the record, so it can grow. */
export const PIN_SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;
/** a hostile record must not take the machine's memory */
const MAX_SCRYPT_N = 2 ** 20;
export const MIN_PIN_LENGTH = 6;
export const MAX_PIN_LENGTH = 128;
const CONTEXT = new TextEncoder().encode('casedesk-signing-key-v1');

export const wrappedKeySchema = z.object({
  v: z.literal(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2).max(MAX_SCRYPT_N),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().regex(/^[0-9a-f]{32,128}$/),
  }),
  nonce: z.string().regex(/^[0-9a-f]{24}$/),
  /** hex of AES-256-GCM ciphertext and tag */
  sealed: z.string().regex(/^[0-9a-f]+$/).max(8 * 1024 * 1024),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export type PinProblem = 'pin-too-short' | 'pin-too-long';

/** Why a PIN cannot be set: at least six characters (digits or a passphrase), at most 128. */
export function pinProblem(pin: string): PinProblem | undefined {
  const length = [...pin.normalize('NFC')].length;
  if (length < MIN_PIN_LENGTH) return 'pin-too-short';
  if (length > MAX_PIN_LENGTH) return 'pin-too-long';
  return undefined;
}

async function derive(pin: string, kdf: WrappedKey['kdf']): Promise<Uint8Array> {
  return scryptAsync(pin.normalize('NFC'), hexToBytes(kdf.salt), { N: kdf.N, r: kdf.r, p: kdf.p, dkLen: 32, maxmem: 2 ** 31 });
}

/** Wraps `secret` under `pin`. `random` gives fresh random bytes (Web Crypto's, Node's); tests may lower the work factor. */
export async function wrapWithPin(secret: Uint8Array, pin: string, random: (n: number) => Uint8Array, scrypt: { N: number; r: number; p: number } = PIN_SCRYPT): Promise<WrappedKey> {
  const kdf = { name: 'scrypt' as const, ...scrypt, salt: bytesToHex(random(16)) };
  const key = await derive(pin, kdf);
  const nonce = random(12);
  try {
    return { v: 1, kdf, nonce: bytesToHex(nonce), sealed: bytesToHex(gcm(key, nonce, CONTEXT).encrypt(secret)) };
  } finally {
    key.fill(0);
  }
}

/** The secret, or `wrong-pin` when the PIN does not open it (or the record was altered: the same answer, nothing signed). */
export async function unwrapWithPin(wrapped: WrappedKey, pin: string): Promise<{ ok: true; secret: Uint8Array } | { ok: false; problem: 'wrong-pin' }> {
  const key = await derive(pin, wrapped.kdf);
  try {
    return { ok: true, secret: gcm(key, hexToBytes(wrapped.nonce), CONTEXT).decrypt(hexToBytes(wrapped.sealed)) };
  } catch {
    return { ok: false, problem: 'wrong-pin' };
  } finally {
    key.fill(0);
  }
}

/**
 * Failed PINs, kept beside the wrapped key so a restart does not reset them.
 * Four tries are free; from the fifth failure each further one locks signing
 * for twice as long (30 s, 1 min, 2 min … at most an hour).
 */
export const pinAttemptsSchema = z.object({
  failures: z.number().int().nonnegative(),
  lockedUntil: z.number().int().nonnegative().optional(),
});
export type PinAttempts = z.infer<typeof pinAttemptsSchema>;

export const FREE_PIN_ATTEMPTS = 4;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 60 * 60_000;

export function pinLockedUntil(attempts: PinAttempts | undefined, now: number): number | undefined {
  return attempts?.lockedUntil !== undefined && attempts.lockedUntil > now ? attempts.lockedUntil : undefined;
}

export function afterWrongPin(attempts: PinAttempts | undefined, now: number): PinAttempts {
  const failures = (attempts?.failures ?? 0) + 1;
  if (failures <= FREE_PIN_ATTEMPTS) return { failures };
  const lock = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_PIN_ATTEMPTS - 1));
  return { failures, lockedUntil: now + lock };
}
