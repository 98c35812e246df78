import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import type { Instant } from '../../domain/time';
import type { CertificateInfo } from './certificate';
import { parseSignedData, type ParsedSignerInfo } from './cms';
import { equalBytes } from './der';
import { digest, digestByOid, digestOfSignatureOid } from './digest';
import { OID } from './oids';
import { summarize, type SignerSummary } from './pkcs12';
import { rsaVerify } from './rsa';
import { checkTimeStampToken, type TimeStampCheck } from './timestamp';

/** What can be wrong with one signature; each has its text in `letters.verifyProblem`. */
export type VerifyProblem =
  | 'byte-range-invalid'
  | 'cms-unreadable'
  | 'signer-certificate-missing'
  | 'unsupported-algorithm'
  | 'digest-mismatch'
  | 'signature-invalid'
  | 'signing-certificate-mismatch';

export interface SignatureVerdict {
  /** the signature is intact and made by the key of `signer` (trust in the certificate is a separate question) */
  valid: boolean;
  problems: VerifyProblem[];
  /** the signed ranges run from the first to the last byte of the file, only /Contents left out */
  coversWholeDocument: boolean;
  byteRange: number[];
  subFilter?: string;
  signer?: SignerSummary;
  /** the signature dictionary's /Name */
  name?: string;
  signedAt?: Instant;
  reason?: string;
  location?: string;
  /** a certification signature's DocMDP permission (1: no changes), read from its /Reference */
  certifies?: number;
  /** PAdES B-T: the time-stamp over the signature, checked */
  timeStamp?: TimeStampCheck;
  /** the signer's certificate, and every certificate the signature carried */
  signerCertificate?: CertificateInfo;
  certificates?: CertificateInfo[];
}

export interface PdfVerification {
  /** SHA-256 of the whole file, hex: what the letter register and the audit log hold */
  sha256: string;
  /** no signature at all, or a file that is not a readable PDF, gives an empty list */
  signatures: SignatureVerdict[];
  readable: boolean;
  /** signed, every signature valid */
  valid: boolean;
  /** the last signature covers every byte: nothing was appended after signing */
  coversWholeDocument: boolean;
  signer?: SignerSummary;
  signedAt?: Instant;
  /** of the last signature: the certificate itself (for judging trust, trust.ts) and the ones it carried */
  signerCertificate?: CertificateInfo;
  chain?: CertificateInfo[];
  /** of the last signature, if time-stamped */
  timeStamp?: TimeStampCheck;
}

/**
 * Verifies every signature in a PDF, ours or one sent back to us: the byte
 * ranges, the digest of the signed bytes against the CMS messageDigest, the
 * CMS signature with the signer's certificate, and the certificate bound by
 * signing-certificate-v2. A changed byte anywhere in the signed ranges makes
 * it invalid. Does not judge whether the certificate is trusted.
 */
export async function verifyPdf(bytes: Uint8Array): Promise<PdfVerification> {
  const fileHash = bytesToHex(sha256(bytes));
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return { sha256: fileHash, signatures: [], readable: false, valid: false, coversWholeDocument: false };
  }
  const signatures: SignatureVerdict[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const range = object.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
    if (!range || !object.has(PDFName.of('Contents'))) continue;
    signatures.push(verifySignature(bytes, object, range));
  }
  signatures.sort((a, b) => (a.byteRange[2] ?? 0) + (a.byteRange[3] ?? 0) - ((b.byteRange[2] ?? 0) + (b.byteRange[3] ?? 0)));
  const last = signatures[signatures.length - 1];
  return {
    sha256: fileHash,
    signatures,
    readable: true,
    valid: signatures.length > 0 && signatures.every((s) => s.valid),
    coversWholeDocument: last?.coversWholeDocument ?? false,
    signer: last?.signer,
    signedAt: last?.signedAt,
    ...(last?.signerCertificate ? { signerCertificate: last.signerCertificate } : {}),
    ...(last?.certificates ? { chain: last.certificates } : {}),
    ...(last?.timeStamp ? { timeStamp: last.timeStamp } : {}),
  };
}

function text(dict: PDFDict, key: string): string | undefined {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function verifySignature(file: Uint8Array, dict: PDFDict, range: PDFArray): SignatureVerdict {
  const byteRange = range.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
  const verdict: SignatureVerdict = {
    valid: false,
    problems: [],
    coversWholeDocument: false,
    byteRange,
    subFilter: dict.lookupMaybe(PDFName.of('SubFilter'), PDFName)?.decodeText(),
    name: text(dict, 'Name'),
    reason: text(dict, 'Reason'),
    location: text(dict, 'Location'),
  };
  const certifies = docMdpPermission(dict);
  if (certifies !== undefined) verdict.certifies = certifies;
  const m = dict.get(PDFName.of('M'));
  if (m instanceof PDFString || m instanceof PDFHexString) {
    try {
      verdict.signedAt = m.decodeDate().toISOString();
    } catch {
      // an unreadable /M leaves the time unknown, it does not void the signature
    }
  }

  const contents = signedContents(file, byteRange);
  if (!contents) return { ...verdict, problems: ['byte-range-invalid'] };
  const [, a = 0, b = 0, c = 0] = byteRange;
  verdict.coversWholeDocument = b + c === file.length;

  let info: ParsedSignerInfo | undefined;
  let certificates: CertificateInfo[];
  try {
    const parsed = parseSignedData(contents);
    info = parsed.signerInfos[0];
    certificates = parsed.certificates;
  } catch {
    return { ...verdict, problems: ['cms-unreadable'] };
  }
  if (!info) return { ...verdict, problems: ['cms-unreadable'] };

  const cert = findSignerCertificate(info, certificates);
  if (!cert) return { ...verdict, problems: ['signer-certificate-missing'] };
  verdict.signer = summarize(cert);
  verdict.signerCertificate = cert;
  verdict.certificates = certificates;
  if (info.timeStampToken) verdict.timeStamp = checkTimeStampToken(info.timeStampToken, info.signature);
  if (info.signingTime !== undefined) verdict.signedAt = new Date(info.signingTime).toISOString();

  const digestName = digestByOid(info.digestAlgorithm);
  const signatureDigest = info.signatureAlgorithm === OID.rsaEncryption ? digestName : digestOfSignatureOid(info.signatureAlgorithm);
  if (!digestName || !signatureDigest || cert.publicKey.algorithm !== 'rsa') return { ...verdict, problems: ['unsupported-algorithm'] };

  const problems: VerifyProblem[] = [];
  const contentDigest = digest(digestName, file.subarray(0, a), file.subarray(b, b + c));
  const signedBytes = info.signedAttrsForSignature;
  if (signedBytes) {
    if (!info.messageDigest || !equalBytes(info.messageDigest, contentDigest) || !info.contentTypeIsData) problems.push('digest-mismatch');
    if (info.boundCertificateHashes.length > 0 && !info.boundCertificateHashes.some((h) => equalBytes(h, hexToBytes(cert.sha256)))) {
      problems.push('signing-certificate-mismatch');
    }
  }
  const toVerify = signedBytes ? digest(signatureDigest, signedBytes) : contentDigest;
  if (!rsaVerify(cert.publicKey, signatureDigest, toVerify, info.signature)) problems.push(signedBytes ? 'signature-invalid' : 'digest-mismatch');
  return { ...verdict, problems, valid: problems.length === 0 };
}

/** The /P of a DocMDP signature reference (ISO 32000-1 12.8.2.2), if this signature certifies. */
function docMdpPermission(dict: PDFDict): number | undefined {
  const refs = dict.lookupMaybe(PDFName.of('Reference'), PDFArray);
  for (const item of refs?.asArray() ?? []) {
    const ref = dict.context.lookupMaybe(item, PDFDict);
    if (ref?.lookupMaybe(PDFName.of('TransformMethod'), PDFName)?.decodeText() !== 'DocMDP') continue;
    const p = ref.lookupMaybe(PDFName.of('TransformParams'), PDFDict)?.lookupMaybe(PDFName.of('P'), PDFNumber);
    return p?.asNumber() ?? 2;
  }
  return undefined;
}

/**
 * The CMS bytes of a signature, read from the gap the byte range leaves
 * (which must hold exactly the `<hex>` string), or undefined when the ranges
 * are not a well-formed pair inside the file.
 */
function signedContents(file: Uint8Array, br: number[]): Uint8Array | undefined {
  if (br.length !== 4 || br.some((n) => !Number.isInteger(n) || n < 0)) return undefined;
  const [start, a, b, c] = br as [number, number, number, number];
  if (start !== 0 || a <= 0 || b <= a + 1 || b + c > file.length) return undefined;
  if (file[a] !== 0x3c /* < */ || file[b - 1] !== 0x3e /* > */) return undefined;
  const hex = new TextDecoder('latin1').decode(file.subarray(a + 1, b - 1)).replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return undefined;
  return hexToBytes(hex.toLowerCase());
}

function findSignerCertificate(info: ParsedSignerInfo, certificates: CertificateInfo[]): CertificateInfo | undefined {
  const sid = info.issuerSerial;
  if (sid) return certificates.find((c) => equalBytes(c.issuerDer, sid.issuerDer) && equalBytes(c.serialDer, sid.serialDer));
  // identified by subject key id: the certificate whose key verifies is the signer's; the first is the usual one
  return certificates[0];
}
