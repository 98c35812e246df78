import forge from 'node-forge/lib/index.js';
import type { Instant } from '../../domain/time';
import { fromBinaryString, toBinaryString } from './binary';
import { parseCertificate, signingProblem, type CertificateInfo, type CertificateProblem } from './certificate';
import type { CmsSigner } from './cms';

/**
 * Why a PKCS#12 file (.p12/.pfx) cannot sign letters. Each code has its text
 * in the `letters.pkcs12Problem` locale keys, so the officer reads what to do.
 */
export type Pkcs12Problem =
  | 'not-pkcs12'
  | 'unsupported-format'
  | 'wrong-password'
  | 'no-private-key'
  | 'no-certificate'
  | 'key-certificate-mismatch'
  | CertificateProblem;

/** What the officer sees of the signing certificate (nothing secret). */
export interface SignerSummary {
  commonName: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Instant;
  notAfter: Instant;
  /** SHA-256 fingerprint of the certificate, hex */
  fingerprint: string;
  selfIssued: boolean;
}

export interface OpenedSigner {
  signer: CmsSigner;
  certificate: CertificateInfo;
  summary: SignerSummary;
}

export type OpenResult = { ok: true; value: OpenedSigner } | { ok: false; problem: Pkcs12Problem };

export function summarize(cert: CertificateInfo): SignerSummary {
  return {
    commonName: cert.commonName,
    subject: cert.subject,
    issuer: cert.issuer,
    serialNumber: cert.serialHex,
    notBefore: new Date(cert.notBefore).toISOString(),
    notAfter: new Date(cert.notAfter).toISOString(),
    fingerprint: cert.sha256,
    selfIssued: cert.selfIssued,
  };
}

/**
 * Opens a PKCS#12 file with its password and checks that it can sign now:
 * a private key, its certificate (the one whose public key matches), valid
 * at `now`, allowed to sign. In Electron this runs in the main process, where
 * the key stays (SPEC §4); the returned signer is what `signPreparedPdf` needs.
 */
export function openPkcs12(bytes: Uint8Array, password: string, now: number): OpenResult {
  let pfx;
  try {
    pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(toBinaryString(bytes), true), true, password);
  } catch (e) {
    return { ok: false, problem: classify(e) };
  }
  const oids = forge.pki.oids;
  const bags = (type: string | undefined) => (type ? (pfx.getBags({ bagType: type })[type] ?? []) : []);
  const keyBags = [...bags(oids.pkcs8ShroudedKeyBag), ...bags(oids.keyBag)];
  if (keyBags.length === 0) return { ok: false, problem: 'no-private-key' };
  const certificates: CertificateInfo[] = [];
  for (const bag of bags(oids.certBag)) {
    const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    if (!asn1) continue;
    try {
      certificates.push(parseCertificate(fromBinaryString(forge.asn1.toDer(asn1).getBytes())));
    } catch {
      // a certificate we cannot read cannot be ours to sign with; the others may be
    }
  }
  if (certificates.length === 0) return { ok: false, problem: 'no-certificate' };

  const key = keyBags.find((bag) => bag.key)?.key;
  // forge leaves `key` empty for keys it cannot use (EC, SM2): only RSA is implemented
  if (!key) return { ok: false, problem: 'unsupported-key' };
  const modulus = key.n.toString(16);
  const own = certificates.find((c) => c.publicKey.algorithm === 'rsa' && c.publicKey.modulus.toString(16) === modulus);
  if (!own) return { ok: false, problem: 'key-certificate-mismatch' };
  const problem = signingProblem(own, now);
  if (problem) return { ok: false, problem };

  const chain = certificates.filter((c) => c !== own).map((c) => c.der);
  const signer: CmsSigner = {
    certificates: [own.der, ...chain],
    sign: async (data) => fromBinaryString(key.sign(forge.md.sha256.create().update(toBinaryString(data)))),
  };
  return { ok: true, value: { signer, certificate: own, summary: summarize(own) } };
}

/**
 * The private key of a PKCS#12 file as PKCS#8 DER, for Web Crypto's
 * importKey, which reads PKCS#8 but not PKCS#12 (the web host keeps the key
 * as a non-extractable CryptoKey). Call it only after openPkcs12 accepted the
 * file with this password; it takes the same key bag openPkcs12 signs with.
 * The caller overwrites the returned bytes once imported.
 */
export function pkcs12PrivateKeyPkcs8(bytes: Uint8Array, password: string): Uint8Array<ArrayBuffer> | undefined {
  const pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(toBinaryString(bytes), true), true, password);
  const oids = forge.pki.oids;
  const bags = (type: string | undefined) => (type ? (pfx.getBags({ bagType: type })[type] ?? []) : []);
  const key = [...bags(oids.pkcs8ShroudedKeyBag), ...bags(oids.keyBag)].find((bag) => bag.key)?.key;
  if (!key) return undefined;
  return new Uint8Array(fromBinaryString(forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes()));
}

/** forge reports by message only; its MAC and decryption failures mean the password is wrong. */
function classify(e: unknown): Pkcs12Problem {
  const message = e instanceof Error ? e.message : String(e);
  if (/invalid password|wrong password|MAC could not be verified/i.test(message)) return 'wrong-password';
  if (/unsupported|not supported/i.test(message)) return 'unsupported-format';
  return 'not-pkcs12';
}
