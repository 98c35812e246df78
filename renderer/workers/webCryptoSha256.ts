import type { Sha256 } from '../../shared/intake';

/**
 * The platform's SHA-256 (WebCrypto, native code) for the intake worker:
 * tens of times faster than JavaScript, and the same digest (tested against
 * shared/audit/chain.ts sha256Hex). A large import hashes every message,
 * attachment and content once each (shared/intake/digest.ts).
 */
export const webCryptoSha256: Sha256 = async (bytes) => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
};
