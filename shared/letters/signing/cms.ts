import { sha256 } from '@noble/hashes/sha2.js';
import { parseCertificate, type CertificateInfo } from './certificate';
import { child, compareBytes, contextTag, DerError, derNull, integer, octetString, oid, parseDer, readOid, readTime, sequence, setOf, TAG, time, tlv, type DerNode } from './der';
import { OID } from './oids';

/**
 * CMS SignedData (RFC 5652), detached, as a PDF signature's /Contents holds
 * it. Built here on Uint8Array rather than with node-forge's pkcs7 module,
 * which cannot add the signing-certificate-v2 attribute that the PAdES
 * baseline (ETSI EN 319 142-1, `ETSI.CAdES.detached`) requires.
 */

/** The two PDF signature formats we write: PAdES baseline (preferred) and the older Adobe one. */
export type SubFilter = 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';

/**
 * Whatever holds the private key. In Electron's main process a key from the
 * PKCS#12 file (signing/pkcs12.ts); in the web host a non-extractable Web
 * Crypto key; the CMS code never sees the key itself.
 */
export interface CmsSigner {
  /** DER certificates: the signer's own first, then its chain (if the file had one) */
  readonly certificates: readonly Uint8Array[];
  /** RSASSA-PKCS1-v1_5 with SHA-256 over `data` */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

const attribute = (type: string, value: Uint8Array) => sequence(oid(type), setOf(value));

/** RFC 5035: SigningCertificateV2 { certs: [ ESSCertIDv2 { certHash (SHA-256, the default), issuerSerial } ] }. */
function signingCertificateV2(cert: CertificateInfo): Uint8Array {
  const issuerSerial = sequence(sequence(contextTag(4, cert.issuerDer)), cert.serialDer);
  return sequence(sequence(sequence(octetString(sha256(cert.der)), issuerSerial)));
}

/**
 * Signs `contentDigest` (SHA-256 of the PDF's byte ranges). PAdES baseline
 * leaves the signing time out of the CMS (the signature dictionary's /M
 * carries it); the Adobe format puts it in as a signed attribute.
 */
export async function buildSignedData(
  contentDigest: Uint8Array,
  signer: CmsSigner,
  subFilter: SubFilter,
  signingTime: number,
  /** PAdES B-T: a time-stamp token over the signature value (timestamp.ts), put in as an unsigned attribute */
  timeStamp?: (signatureValue: Uint8Array) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const [own, ...chain] = signer.certificates;
  if (!own) throw new Error('a signer needs its certificate');
  const cert = parseCertificate(own);
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(contentDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(cert)),
  ];
  if (subFilter === 'adbe.pkcs7.detached') attrs.push(attribute(OID.signingTime, time(signingTime)));
  const signedAttrs = setOf(...attrs);
  const signature = await signer.sign(signedAttrs);
  const implicitAttrs = Uint8Array.from(signedAttrs);
  implicitAttrs[0] = 0xa0; // [0] IMPLICIT in SignerInfo; the signature covers the SET form (RFC 5652 §5.4)

  const unsigned = timeStamp ? [tlv(0xa1, attribute(OID.signatureTimeStampToken, await timeStamp(signature)))] : [];
  const signerInfo = sequence(
    integer(1),
    sequence(cert.issuerDer, cert.serialDer),
    sequence(oid(OID.sha256)),
    implicitAttrs,
    sequence(oid(OID.sha256WithRsa), derNull()),
    octetString(signature),
    ...unsigned,
  );
  // CertificateSet is a SET OF: DER orders it by encoding
  const certificates = [own, ...chain].sort(compareBytes);
  const signedData = sequence(
    integer(1),
    setOf(sequence(oid(OID.sha256))),
    sequence(oid(OID.data)),
    contextTag(0, ...certificates),
    setOf(signerInfo),
  );
  return sequence(oid(OID.signedData), contextTag(0, signedData));
}

// ---- reading, for verification ----

export interface ParsedSignerInfo {
  /** issuer and serial of the signer's certificate, or undefined when identified by key id */
  issuerSerial?: { issuerDer: Uint8Array; serialDer: Uint8Array };
  digestAlgorithm: string;
  /** the signed attributes re-tagged as a SET: the bytes the signature covers */
  signedAttrsForSignature?: Uint8Array;
  messageDigest?: Uint8Array;
  contentTypeIsData: boolean;
  signingTime?: number;
  /** SHA-256 hashes of certificates bound by signing-certificate-v2 */
  boundCertificateHashes: Uint8Array[];
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** PAdES B-T: the RFC 3161 token over `signature`, if the signer had one added */
  timeStampToken?: Uint8Array;
}

export interface ParsedSignedData {
  certificates: CertificateInfo[];
  signerInfos: ParsedSignerInfo[];
  detached: boolean;
  eContentType: string;
  /** the encapsulated content (a time-stamp token's TSTInfo); absent when detached */
  eContent?: Uint8Array;
}

export function parseSignedData(contents: Uint8Array): ParsedSignedData {
  const root = parseDer(contents);
  // what follows the CMS in /Contents is the placeholder's zero padding, nothing else
  for (let i = root.end; i < contents.length; i++) if (contents[i] !== 0) throw new DerError('bytes after the signature');
  if (readOid(child(root, 0)) !== OID.signedData) throw new DerError('not SignedData');
  const sd = child(child(root, 1), 0, TAG.sequence);
  const encap = child(sd, 2, TAG.sequence);
  const certificates: CertificateInfo[] = [];
  let signerInfos: DerNode | undefined;
  for (const node of sd.children.slice(3)) {
    if (node.tag === 0xa0) for (const c of node.children) if (c.tag === TAG.sequence) certificates.push(parseCertificate(c.der));
    if (node.tag === TAG.set) signerInfos = node;
  }
  if (!signerInfos) throw new DerError('no signerInfos');
  const eContent = encap.children[1] ? child(child(encap, 1), 0, TAG.octetString).content : undefined;
  return {
    certificates,
    signerInfos: signerInfos.children.map(parseSignerInfo),
    detached: encap.children.length === 1,
    eContentType: readOid(child(encap, 0)),
    ...(eContent ? { eContent } : {}),
  };
}

function parseSignerInfo(si: DerNode): ParsedSignerInfo {
  const sid = child(si, 1);
  let i = 2;
  const digestAlgorithm = readOid(child(child(si, i++, TAG.sequence), 0));
  let attrs: DerNode | undefined;
  if (si.children[i]?.tag === 0xa0) attrs = child(si, i++);
  const signatureAlgorithm = readOid(child(child(si, i++, TAG.sequence), 0));
  const signature = child(si, i, TAG.octetString).content;
  const info: ParsedSignerInfo = {
    digestAlgorithm,
    contentTypeIsData: false,
    boundCertificateHashes: [],
    signatureAlgorithm,
    signature,
  };
  const unsigned = si.children[i + 1];
  if (unsigned?.tag === 0xa1) {
    for (const attr of unsigned.children) {
      if (readOid(child(attr, 0)) === OID.signatureTimeStampToken) info.timeStampToken = child(child(attr, 1, TAG.set), 0).der;
    }
  }
  if (sid.tag === TAG.sequence) info.issuerSerial = { issuerDer: child(sid, 0).der, serialDer: child(sid, 1).der };
  if (attrs) {
    const asSet = Uint8Array.from(attrs.der);
    asSet[0] = TAG.set;
    info.signedAttrsForSignature = asSet;
    for (const attr of attrs.children) {
      const type = readOid(child(attr, 0));
      const value = child(child(attr, 1, TAG.set), 0);
      if (type === OID.messageDigest) info.messageDigest = value.content;
      else if (type === OID.contentType) info.contentTypeIsData = readOid(value) === OID.data;
      else if (type === OID.signingTime) info.signingTime = readTime(value);
      else if (type === OID.signingCertificateV2) {
        for (const id of child(value, 0, TAG.sequence).children) {
          // ESSCertIDv2: an optional hashAlgorithm (SHA-256 when absent), then certHash
          const first = child(id, 0);
          if (first.tag === TAG.octetString) info.boundCertificateHashes.push(first.content);
          else if (readOid(child(first, 0)) === OID.sha256) info.boundCertificateHashes.push(child(id, 1, TAG.octetString).content);
        }
      }
    }
  }
  return info;
}
