import { writeFileSync } from 'node:fs';
import forge from 'node-forge';

/** A throwaway signing certificate for journeys that sign a letter: a self-signed RSA key in a PKCS#12 file, never kept. */
export function writeTestPkcs12(file: string, password: string): void {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2028, 0, 1));
  const name = [
    { shortName: 'C', value: 'CN' },
    { shortName: 'O', value: '宁波昶联软件有限公司', valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'CN', value: '王敏', valueTagClass: forge.asn1.Type.UTF8 },
  ] as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const der = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: '3des' })).getBytes();
  writeFileSync(file, Buffer.from(der, 'binary'));
}
