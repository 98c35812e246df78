import forge from 'node-forge/lib/index.js';
import { fromBinaryString, toBinaryString } from '../../../shared/letters/signing/binary';

/**
 * The private key of a PKCS#12 file as PKCS#8 DER, for Web Crypto's
 * importKey, which reads PKCS#8 but not PKCS#12. Called only during the
 * import, after openPkcs12 has accepted the file with this password; the
 * same key bag openPkcs12 signs with (the first that holds a key) is taken.
 * The caller imports it as a non-extractable key and overwrites these bytes.
 */
export function privateKeyPkcs8(p12: Uint8Array, password: string): Uint8Array<ArrayBuffer> | undefined {
  const pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(toBinaryString(p12), true), true, password);
  const oids = forge.pki.oids;
  const bags = (type: string | undefined) => (type ? (pfx.getBags({ bagType: type })[type] ?? []) : []);
  const key = [...bags(oids.pkcs8ShroudedKeyBag), ...bags(oids.keyBag)].find((bag) => bag.key)?.key;
  if (!key) return undefined;
  const der = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes();
  return new Uint8Array(fromBinaryString(der));
}
