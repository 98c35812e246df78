import { bigIntToBytes, concatBytes, derNull, equalBytes, octetString, oid, sequence } from './der';
import { digestOidOf, type DigestName } from './digest';

/** RSASSA-PKCS1-v1_5's DigestInfo (RFC 8017 §9.2): with the NULL parameters, and the accepted variant without. */
function digestInfos(name: DigestName, hash: Uint8Array): Uint8Array[] {
  const alg = digestOidOf(name);
  return [sequence(sequence(oid(alg), derNull()), octetString(hash)), sequence(sequence(oid(alg)), octetString(hash))];
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/**
 * Verifies an RSASSA-PKCS1-v1_5 signature over a precomputed hash with a
 * public key. Public-key arithmetic only (nothing secret is involved, so
 * BigInt's timing does not matter here).
 */
export function rsaVerify(key: { modulus: bigint; exponent: bigint }, name: DigestName, hash: Uint8Array, signature: Uint8Array): boolean {
  const k = Math.ceil(key.modulus.toString(16).length / 2);
  if (signature.length !== k) return false;
  let s = 0n;
  for (const b of signature) s = (s << 8n) | BigInt(b);
  if (s >= key.modulus) return false;
  const em = bigIntToBytes(modPow(s, key.exponent, key.modulus), k);
  return digestInfos(name, hash).some((info) => {
    const padLength = k - info.length - 3;
    if (padLength < 8) return false;
    const expected = concatBytes(Uint8Array.of(0, 1), new Uint8Array(padLength).fill(0xff), Uint8Array.of(0), info);
    return equalBytes(em, expected);
  });
}
