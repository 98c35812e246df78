import forge from 'node-forge';

export interface TestCertificateOptions {
  commonName?: string;
  password?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** key usage bits the certificate carries; default digitalSignature + nonRepudiation */
  keyUsage?: { digitalSignature?: boolean; nonRepudiation?: boolean; keyEncipherment?: boolean };
  extendedKeyUsage?: { serverAuth?: boolean; emailProtection?: boolean };
  bits?: number;
}

let cachedKeys: forge.pki.rsa.KeyPair | undefined;

/**
 * A throwaway self-signed certificate and its PKCS#12, made in the test
 * (never a real key in the repository). One RSA key per test file: key
 * generation is the slow part.
 */
export function makeTestPkcs12(options: TestCertificateOptions = {}): { p12: Uint8Array; certificateDer: Uint8Array; pem: string } {
  cachedKeys ??= forge.pki.rsa.generateKeyPair({ bits: options.bits ?? 2048, e: 0x10001 });
  const keys = cachedKeys;
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = options.notBefore ?? new Date(Date.UTC(2026, 0, 1));
  cert.validity.notAfter = options.notAfter ?? new Date(Date.UTC(2028, 0, 1));
  // most general first, as certificate authorities write names
  const attrs = [
    { shortName: 'C', value: 'CN' },
    { shortName: 'O', value: '宁波昶联软件有限公司', valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'CN', value: options.commonName ?? '王敏', valueTagClass: forge.asn1.Type.UTF8 },
  ];
  cert.setSubject(attrs as forge.pki.CertificateField[]);
  cert.setIssuer(attrs as forge.pki.CertificateField[]);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', ...(options.keyUsage ?? { digitalSignature: true, nonRepudiation: true }) },
  ];
  if (options.extendedKeyUsage) extensions.push({ name: 'extKeyUsage', ...options.extendedKeyUsage });
  cert.setExtensions(extensions);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], options.password ?? 'test-password', { algorithm: '3des' });
  const bin = forge.asn1.toDer(p12Asn1).getBytes();
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return {
    p12: Uint8Array.from(bin, (c) => c.charCodeAt(0)),
    certificateDer: Uint8Array.from(der, (c) => c.charCodeAt(0)),
    pem: forge.pki.privateKeyToPem(keys.privateKey) + forge.pki.certificateToPem(cert),
  };
}
