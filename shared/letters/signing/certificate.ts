import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { child, DerError, parseDer, readBigInt, readOid, readString, readTime, TAG, type DerNode } from './der';
import { NAME_LABELS, OID } from './oids';

/** What the letters pipeline needs to know of an X.509 certificate, read straight from its DER. */
export interface CertificateInfo {
  der: Uint8Array;
  /** SHA-256 of the DER, hex: the fingerprint shown to the officer and bound by signing-certificate-v2 */
  sha256: string;
  /** the issuer Name exactly as encoded (IssuerAndSerialNumber must repeat it byte for byte) */
  issuerDer: Uint8Array;
  /** the serialNumber INTEGER exactly as encoded */
  serialDer: Uint8Array;
  serialHex: string;
  subject: string;
  issuer: string;
  commonName: string;
  notBefore: number;
  notAfter: number;
  /** absent: the certificate does not restrict its key's use (RFC 5280 §4.2.1.3) */
  keyUsage?: { digitalSignature: boolean; nonRepudiation: boolean };
  extendedKeyUsage?: string[];
  publicKey: { algorithm: 'rsa'; modulus: bigint; exponent: bigint } | { algorithm: 'other'; oid: string };
  selfIssued: boolean;
  /** the subject Name as encoded: what a certificate it issued names as its issuer */
  subjectDer: Uint8Array;
  /** the signed part, the issuer's signature algorithm and signature: enough to check who issued it */
  tbsDer: Uint8Array;
  signatureAlgorithm: string;
  signatureValue: Uint8Array;
}

export function parseCertificate(der: Uint8Array): CertificateInfo {
  const cert = parseDer(der);
  if (cert.tag !== TAG.sequence || cert.end !== der.length) throw new DerError('not a certificate');
  const tbs = child(cert, 0, TAG.sequence);
  // version is an optional [0]; every later field shifts by one when it is there
  const v = tbs.children[0]?.tag === 0xa0 ? 1 : 0;
  const serial = child(tbs, v, TAG.integer);
  const issuer = child(tbs, v + 2, TAG.sequence);
  const validity = child(tbs, v + 3, TAG.sequence);
  const subject = child(tbs, v + 4, TAG.sequence);
  const spki = child(tbs, v + 5, TAG.sequence);
  const extensions = tbs.children.find((c) => c.tag === 0xa3);

  const info: CertificateInfo = {
    der,
    sha256: bytesToHex(sha256(der)),
    issuerDer: issuer.der,
    serialDer: serial.der,
    serialHex: bytesToHex(serial.content),
    subject: nameToString(subject),
    issuer: nameToString(issuer),
    commonName: nameAttribute(subject, OID.commonName) ?? nameToString(subject),
    notBefore: readTime(child(validity, 0)),
    notAfter: readTime(child(validity, 1)),
    publicKey: readPublicKey(spki),
    selfIssued: nameToString(subject) === nameToString(issuer),
    subjectDer: subject.der,
    tbsDer: tbs.der,
    signatureAlgorithm: readOid(child(child(cert, 1, TAG.sequence), 0)),
    // a BIT STRING: its first byte counts the unused bits (none in a signature)
    signatureValue: child(cert, 2, TAG.bitString).content.subarray(1),
  };
  for (const ext of extensions ? child(extensions, 0, TAG.sequence).children : []) {
    const id = readOid(child(ext, 0));
    const value = parseDer(child(ext, ext.children.length - 1, TAG.octetString).content);
    if (id === OID.keyUsage) {
      if (value.tag !== TAG.bitString) throw new DerError('keyUsage is not a BIT STRING');
      const bits = value.content[1] ?? 0; // content[0] counts the unused bits
      info.keyUsage = { digitalSignature: (bits & 0x80) !== 0, nonRepudiation: (bits & 0x40) !== 0 };
    } else if (id === OID.extendedKeyUsage) {
      info.extendedKeyUsage = value.children.map(readOid);
    }
  }
  return info;
}

function readPublicKey(spki: DerNode): CertificateInfo['publicKey'] {
  const algorithm = readOid(child(child(spki, 0, TAG.sequence), 0));
  if (algorithm !== OID.rsaEncryption) return { algorithm: 'other', oid: algorithm };
  const bits = child(spki, 1, TAG.bitString).content;
  const key = parseDer(bits.subarray(1));
  return { algorithm: 'rsa', modulus: readBigInt(child(key, 0)), exponent: readBigInt(child(key, 1)) };
}

/** `CN=王敏, O=宁波昶联软件有限公司, C=CN`: most specific first, as people read it. */
export function nameToString(name: DerNode): string {
  const parts: string[] = [];
  for (const rdn of name.children) {
    for (const attr of rdn.children) {
      const id = readOid(child(attr, 0));
      parts.push(`${NAME_LABELS[id] ?? id}=${readString(child(attr, 1))}`);
    }
  }
  return parts.reverse().join(', ');
}

function nameAttribute(name: DerNode, wanted: string): string | undefined {
  for (const rdn of name.children) {
    for (const attr of rdn.children) {
      if (readOid(child(attr, 0)) === wanted) return readString(child(attr, 1));
    }
  }
  return undefined;
}

/** Reasons a certificate may not sign a letter now, in the order an officer should fix them. */
export type CertificateProblem = 'certificate-not-yet-valid' | 'certificate-expired' | 'key-usage' | 'extended-key-usage' | 'unsupported-key';

const SIGNING_PURPOSES: readonly string[] = [
  OID.anyExtendedKeyUsage,
  OID.emailProtection,
  OID.documentSigning,
  OID.adobeAuthenticDocuments,
  OID.microsoftDocumentSigning,
];

/**
 * Whether the certificate may sign a letter at `now`: inside its validity,
 * a key usage that allows signatures (digitalSignature or nonRepudiation,
 * RFC 5280 §4.2.1.3), an extended key usage, if any, that covers documents,
 * and an RSA key (what the signer implements).
 */
export function signingProblem(cert: CertificateInfo, now: number): CertificateProblem | undefined {
  if (now < cert.notBefore) return 'certificate-not-yet-valid';
  if (now > cert.notAfter) return 'certificate-expired';
  if (cert.keyUsage && !cert.keyUsage.digitalSignature && !cert.keyUsage.nonRepudiation) return 'key-usage';
  if (cert.extendedKeyUsage && !cert.extendedKeyUsage.some((p) => SIGNING_PURPOSES.includes(p))) return 'extended-key-usage';
  if (cert.publicKey.algorithm !== 'rsa') return 'unsupported-key';
  return undefined;
}
