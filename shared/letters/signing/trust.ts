import type { CertificateInfo } from './certificate';
import { equalBytes } from './der';
import { digest, digestOfSignatureOid } from './digest';
import type { PdfVerification } from './verify';
import { rsaVerify } from './rsa';

/**
 * Who signed, judged (issue 13): a valid signature only proves that the key
 * of the certificate in the file signed it, and anyone can make a
 * certificate that names "CN=王敏, O=宁波昶联软件有限公司". CaseDesk
 * trusts only certificates it knows: the configured signer's (by SHA-256
 * fingerprint) and those issued by a trust anchor a manager imported.
 */
export type LetterTrust =
  /** unsigned, or not a readable PDF */
  | { kind: 'unsigned' }
  /** the signed bytes were changed, or something was appended after the (certifying) signature */
  | { kind: 'changed-after-signing' }
  /** intact, but signed by a certificate we do not know */
  | { kind: 'unknown-certificate' }
  /** intact, and signed by the configured key or under an imported anchor */
  | { kind: 'ours'; via: 'configured-signer' | 'trust-anchor'; anchor?: string };

export interface KnownSigners {
  /** SHA-256 fingerprints (hex) of certificates that are ours: the configured signer's, past ones */
  fingerprints: readonly string[];
  /** CA or signer certificates a manager imported */
  anchors: readonly CertificateInfo[];
}

/** `cert` was issued by `issuer`: the names chain and the issuer's key verifies the certificate's signature. */
export function issuedBy(cert: CertificateInfo, issuer: CertificateInfo): boolean {
  if (!equalBytes(cert.issuerDer, issuer.subjectDer) || issuer.publicKey.algorithm !== 'rsa') return false;
  const name = digestOfSignatureOid(cert.signatureAlgorithm);
  if (!name) return false;
  return rsaVerify(issuer.publicKey, name, digest(name, cert.tbsDer), cert.signatureValue);
}

/**
 * One of three answers for a file that carries signatures. Changes come
 * first: a letter altered after signing is "changed" whoever signed it.
 * Only `chain` (the certificates the signature carried) may link the signer
 * to an anchor, one step at a time, each step checked by signature.
 */
export function judgeLetter(v: PdfVerification, known: KnownSigners, chain: readonly CertificateInfo[] = []): LetterTrust {
  if (!v.readable || v.signatures.length === 0) return { kind: 'unsigned' };
  if (!v.valid || !v.coversWholeDocument) return { kind: 'changed-after-signing' };
  const fingerprints = new Set(known.fingerprints.map((f) => f.toLowerCase()));
  const signer = v.signerCertificate;
  if (!signer) return { kind: 'unknown-certificate' };
  if (fingerprints.has(signer.sha256)) return { kind: 'ours', via: 'configured-signer' };
  let current = signer;
  for (let depth = 0; depth < 5; depth++) {
    const anchor = known.anchors.find((a) => a.sha256 === current.sha256 || issuedBy(current, a));
    if (anchor) return { kind: 'ours', via: 'trust-anchor', anchor: anchor.subject };
    const next = chain.find((c) => c.sha256 !== current.sha256 && issuedBy(current, c));
    if (!next) break;
    current = next;
  }
  return { kind: 'unknown-certificate' };
}
