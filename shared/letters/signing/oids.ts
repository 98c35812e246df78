/** The object identifiers CMS signatures and certificates use here (RFC 5652, 5035, 5280, 8017). */
export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** RFC 5035 ESS signing-certificate-v2: binds the signer's certificate into the signature (CAdES, PAdES baseline) */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** RFC 3161: the TSTInfo content of a time-stamp token */
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  /** RFC 3161 appendix A: id-aa-signatureTimeStampToken, an unsigned attribute of the SignerInfo (PAdES B-T) */
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha1WithRsa: '1.2.840.113549.1.1.5',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  country: '2.5.4.6',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  anyExtendedKeyUsage: '2.5.29.37.0',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  /** RFC 9336 id-kp-documentSigning */
  documentSigning: '1.3.6.1.5.5.7.3.36',
  /** Adobe Authentic Documents Trust */
  adobeAuthenticDocuments: '1.2.840.113583.1.1.5',
  /** Microsoft Document Signing */
  microsoftDocumentSigning: '1.3.6.1.4.1.311.10.3.12',
} as const;

export const NAME_LABELS: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.organization]: 'O',
  [OID.organizationalUnit]: 'OU',
  [OID.country]: 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '1.2.840.113549.1.9.1': 'E',
  '2.5.4.5': 'SERIALNUMBER',
};
