import { child, DerError, equalBytes, octetString, oid, parseDer, readOid, readTime, sequence, TAG, tlv, type DerNode } from './der';
import { digest, digestByOid, digestOidOf } from './digest';
import { parseSignedData } from './cms';
import { OID } from './oids';
import { rsaVerify } from './rsa';
import { digestOfSignatureOid } from './digest';
import type { CertificateInfo } from './certificate';

/**
 * RFC 3161 time-stamps for PAdES B-T (issue 13): the SHA-256 of the CMS
 * signature value is sent to the company's time-stamping authority, and the
 * token it answers goes into the SignerInfo as the unsigned attribute
 * id-aa-signatureTimeStampToken (RFC 3161 appendix A). The HTTP exchange
 * belongs to the host; here only the DER.
 */

/** The host's POST of a TimeStampReq (`application/timestamp-query`) to the TSA: the TimeStampResp bytes. */
export type TimeStampTransport = (request: Uint8Array) => Promise<Uint8Array>;

export class TimeStampError extends Error {
  override name = 'TimeStampError';
}

function positiveInteger(bytes: Uint8Array): Uint8Array {
  return tlv(TAG.integer, (bytes[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...bytes) : bytes);
}

/** TimeStampReq { version 1, messageImprint (SHA-256), nonce, certReq TRUE }. */
export function timeStampRequest(imprint: Uint8Array, nonce: Uint8Array): Uint8Array {
  return sequence(
    tlv(TAG.integer, Uint8Array.of(1)),
    sequence(sequence(oid(digestOidOf('sha256'))), octetString(imprint)),
    positiveInteger(nonce),
    tlv(TAG.boolean, Uint8Array.of(0xff)),
  );
}

/** The token (a CMS ContentInfo) of a granted TimeStampResp; throws with the TSA's status otherwise. */
export function timeStampToken(response: Uint8Array): Uint8Array {
  const root = parseDer(response);
  const status = child(child(root, 0, TAG.sequence), 0, TAG.integer).content;
  // PKIStatus: 0 granted, 1 grantedWithMods
  if (status.length !== 1 || (status[0] !== 0 && status[0] !== 1)) throw new TimeStampError(`the time-stamping authority refused (status ${status[0] ?? '?'})`);
  const token = root.children[1];
  if (!token) throw new TimeStampError('the time-stamping authority sent no token');
  return Uint8Array.from(token.der);
}

/** Asks the TSA for a token over `signatureValue`, checking it answers for these bytes and this nonce. */
export async function fetchSignatureTimeStamp(signatureValue: Uint8Array, transport: TimeStampTransport, nonce: Uint8Array): Promise<Uint8Array> {
  const imprint = digest('sha256', signatureValue);
  const token = timeStampToken(await transport(timeStampRequest(imprint, nonce)));
  const checked = checkTimeStampToken(token, signatureValue);
  if (!checked.valid) throw new TimeStampError('the time-stamp token does not match the signature');
  const info = readTstInfo(token);
  if (!equalBytes(stripZeros(info.nonce ?? new Uint8Array()), stripZeros(nonce))) throw new TimeStampError('the time-stamp answers another request (nonce)');
  return token;
}

function stripZeros(b: Uint8Array): Uint8Array {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
}

interface TstInfo {
  hashAlgorithm: string;
  hashedMessage: Uint8Array;
  genTime: number;
  nonce?: Uint8Array;
  content: Uint8Array;
}

function readTstInfo(token: Uint8Array): TstInfo {
  const parsed = parseSignedData(token);
  if (parsed.eContentType !== OID.tstInfo || !parsed.eContent) throw new DerError('not a time-stamp token');
  const tst = parseDer(parsed.eContent);
  const imprint = child(tst, 2, TAG.sequence);
  const rest: DerNode[] = tst.children.slice(5);
  const nonce = rest.find((n) => n.tag === TAG.integer);
  return {
    hashAlgorithm: readOid(child(child(imprint, 0, TAG.sequence), 0)),
    hashedMessage: child(imprint, 1, TAG.octetString).content,
    genTime: readTime(child(tst, 4)),
    ...(nonce ? { nonce: nonce.content } : {}),
    content: parsed.eContent,
  };
}

export interface TimeStampCheck {
  valid: boolean;
  /** the TSA's genTime, epoch ms */
  time?: number;
  /** the TSA's certificate subject */
  authority?: string;
  authorityCertificate?: CertificateInfo;
}

/**
 * A signature time-stamp token checked against the signature it stamps: its
 * imprint is the digest of `signatureValue`, its TSTInfo is what the TSA
 * signed (messageDigest), and the TSA's key verifies the signed attributes.
 * Whether the TSA is one we trust is, as for signers, a separate question.
 */
export function checkTimeStampToken(token: Uint8Array, signatureValue: Uint8Array): TimeStampCheck {
  try {
    const parsed = parseSignedData(token);
    const info = readTstInfo(token);
    const hashName = digestByOid(info.hashAlgorithm);
    const si = parsed.signerInfos[0];
    if (!hashName || !si) return { valid: false };
    const cert = si.issuerSerial
      ? parsed.certificates.find((c) => si.issuerSerial && equalBytes(c.issuerDer, si.issuerSerial.issuerDer) && equalBytes(c.serialDer, si.issuerSerial.serialDer))
      : parsed.certificates[0];
    const base = { time: info.genTime, ...(cert ? { authority: cert.subject, authorityCertificate: cert } : {}) };
    if (!equalBytes(info.hashedMessage, digest(hashName, signatureValue))) return { ...base, valid: false };
    const siDigest = digestByOid(si.digestAlgorithm);
    const sigDigest = si.signatureAlgorithm === OID.rsaEncryption ? siDigest : digestOfSignatureOid(si.signatureAlgorithm);
    if (!cert || cert.publicKey.algorithm !== 'rsa' || !siDigest || !sigDigest || !si.signedAttrsForSignature || !si.messageDigest) return { ...base, valid: false };
    if (!equalBytes(si.messageDigest, digest(siDigest, info.content))) return { ...base, valid: false };
    return { ...base, valid: rsaVerify(cert.publicKey, sigDigest, digest(sigDigest, si.signedAttrsForSignature), si.signature) };
  } catch {
    return { valid: false };
  }
}
