import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Issue 16: `npm start` must know that the server answering on the port is
 * the one it started, not a local process that took the port first (that
 * process would become the app's origin, and own the case store and the
 * stored signing key with it). The launcher makes a token for this launch;
 * the server proves it holds it by answering a fresh challenge with
 * HMAC-SHA256(token, challenge), so the token itself never crosses the wire
 * and an old answer cannot be replayed.
 */
export const HEALTH_PATH = '/__casedesk/health';

export function newToken(): string {
  return randomBytes(32).toString('hex');
}

export function newChallenge(): string {
  return randomBytes(16).toString('hex');
}

export function proofFor(token: string, challenge: string): string {
  return createHmac('sha256', token).update(`casedesk-web-host:${challenge}`).digest('hex');
}

export function isValidProof(token: string, challenge: string, proof: unknown): boolean {
  if (typeof proof !== 'string' || !/^[0-9a-f]{64}$/.test(proof)) return false;
  return timingSafeEqual(Buffer.from(proofFor(token, challenge), 'hex'), Buffer.from(proof, 'hex'));
}

export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

/**
 * Asks whatever answers at `origin` to prove it holds `token`. True only for
 * our own server; a foreign one, a wrong answer, no answer within the time
 * limit or an error are all false.
 */
export async function answersWithToken(origin: string, token: string, fetchImpl: FetchLike = fetch, timeoutMs = 3000): Promise<boolean> {
  const challenge = newChallenge();
  try {
    const response = await fetchImpl(`${origin}${HEALTH_PATH}?challenge=${challenge}`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return false;
    const body = await response.json();
    const proof = typeof body === 'object' && body !== null ? Reflect.get(body, 'proof') : undefined;
    return isValidProof(token, challenge, proof);
  } catch {
    return false;
  }
}
