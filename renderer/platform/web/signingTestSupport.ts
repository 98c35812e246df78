import forge from 'node-forge';
// A unit test in Node reads the font file from node_modules, where the app fetches the same file as an asset.
// eslint-disable-next-line no-restricted-imports -- test support, never bundled: Node is where the test runs
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- as above
import { createRequire } from 'node:module';
import { DEFAULT_COMPANY_DETAILS, loadLetterFonts, renderLetter, type LetterContent, type LetterFonts } from '../../../shared/letters';

/**
 * Test material for the web host's signer and the letters feature, made in the test (never a real key
 * in the repository): a throwaway PKCS#12, the bundled fonts, a prepared letter.
 */
export interface TestPkcs12Options {
  password: string;
  notAfter?: Date;
  keyUsage?: { digitalSignature?: boolean; nonRepudiation?: boolean; keyEncipherment?: boolean };
}

let keys: forge.pki.rsa.KeyPair | undefined;

export function makeTestPkcs12(options: TestPkcs12Options): Uint8Array {
  keys ??= forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 }); // slow: one key per test file
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
  cert.validity.notAfter = options.notAfter ?? new Date(Date.UTC(2028, 0, 1));
  const name = [
    { shortName: 'C', value: 'CN' },
    { shortName: 'CN', value: '王敏', valueTagClass: forge.asn1.Type.UTF8 },
  ] as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'keyUsage', ...(options.keyUsage ?? { digitalSignature: true, nonRepudiation: true }) }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const der = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], options.password, { algorithm: '3des' })).getBytes();
  return Uint8Array.from(der, (c) => c.charCodeAt(0));
}

let fonts: LetterFonts | undefined;
/** The bundled Noto Sans SC, regular and bold, parsed once per test file. */
export function testFonts(): LetterFonts {
  const dir = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json').replace(/package\.json$/, '');
  const read = (path: string) => new Uint8Array(readFileSync(`${dir}${path}`));
  fonts ??= loadLetterFonts({ regular: read('400Regular/NotoSansSC_400Regular.ttf'), bold: read('700Bold/NotoSansSC_700Bold.ttf') });
  return fonts;
}

const content: LetterContent = {
  layout: 'zh-CN',
  reference: 'CL-2026-0042',
  letterDate: '2026-09-28',
  recipient: { name: '张三', lines: ['zhangsan@qq.com'] },
  sections: [{ language: 'zh-CN', subject: '关于您请求的答复', paragraphs: [{ style: 'body', text: '经核查，您的请求不予支持，理由如下。' }] }],
  signatory: { name: '王敏', title: { 'zh-CN': '法务专员' } },
  company: DEFAULT_COMPANY_DETAILS,
};

/** A letter rendered for signing at `signingTime`. */
export async function preparedLetter(signingTime: number): Promise<Uint8Array> {
  const r = await renderLetter(content, {
    fonts: testFonts(),
    sign: { signerName: '王敏', reason: '答复函签署', location: '浙江宁波', contactInfo: 'legal@solutioncl.com', signingTime },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.pdf;
}
