import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { OID } from './oids';

/** The digests a CMS signature may use that we accept; SHA-1 is refused as broken for signatures. */
export type DigestName = 'sha256' | 'sha384' | 'sha512';

const BY_OID: Record<string, DigestName> = { [OID.sha256]: 'sha256', [OID.sha384]: 'sha384', [OID.sha512]: 'sha512' };
const BY_SIGNATURE_OID: Record<string, DigestName> = {
  [OID.sha256WithRsa]: 'sha256',
  [OID.sha384WithRsa]: 'sha384',
  [OID.sha512WithRsa]: 'sha512',
};

export function digestByOid(oid: string): DigestName | undefined {
  return BY_OID[oid];
}

/** The digest named by a `shaNNNWithRSAEncryption` signature algorithm, if it is one. */
export function digestOfSignatureOid(oid: string): DigestName | undefined {
  return BY_SIGNATURE_OID[oid];
}

export function digestOidOf(name: DigestName): string {
  return OID[name];
}

/** Hashes the parts in order, as one message, without joining them. */
export function digest(name: DigestName, ...parts: readonly Uint8Array[]): Uint8Array {
  const h = { sha256, sha384, sha512 }[name].create();
  for (const p of parts) h.update(p);
  return h.digest();
}
