// Runs the letters pipeline (PKCS#12 open, render, sign, verify) in headless Chromium, where there is
// no Node Buffer, to show that shared/letters runs unchanged in the web host. By hand:
//   node shared/letters/test-support/browserCheck.mjs [chromium path]
// then ../shared/tools/check-pdf.sh on the file it names.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import forge from 'node-forge';

const here = new URL('.', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'casedesk-browser-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `import { loadLetterFonts, renderLetter, signPreparedPdf, openPkcs12, verifyPdf } from '${here}../index';
import { sampleLetter } from '${here}sampleLetters';
const bytes = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
(globalThis as unknown as { run: unknown }).run = async (font: string, p12: string) => {
  const opened = openPkcs12(bytes(p12), 'pw', Date.UTC(2026, 8, 28));
  if (!opened.ok) return { error: opened.problem };
  const started = performance.now();
  const r = await renderLetter(sampleLetter('refusal', 'bilingual'), { fonts: loadLetterFonts({ regular: bytes(font) }),
    sign: { signerName: 'Wang Min', reason: '答复函签署 / Response letter', location: 'Ningbo', contactInfo: 'legal@solutioncl.com', signingTime: Date.UTC(2026, 8, 28, 2, 30) } });
  if (!r.ok) return { error: r.error };
  const s = await signPreparedPdf(r.pdf, opened.value.signer);
  if (!s.ok) return { error: s.error };
  const ms = performance.now() - started;
  const v = await verifyPdf(s.pdf);
  let bin = '';
  for (const b of s.pdf) bin += String.fromCharCode(b);
  return { bufferGlobal: typeof (globalThis as { Buffer?: unknown }).Buffer, ms: Math.round(ms), valid: v.valid, whole: v.coversWholeDocument, pdf: btoa(bin) };
};`,
);
await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', outfile: join(dir, 'bundle.js'), logLevel: 'warning' });

const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
const cert = forge.pki.createCertificate();
cert.publicKey = keys.publicKey;
cert.serialNumber = '01';
cert.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
cert.validity.notAfter = new Date(Date.UTC(2028, 0, 1));
cert.setSubject([{ shortName: 'CN', value: 'Wang Min' }]);
cert.setIssuer([{ shortName: 'CN', value: 'Wang Min' }]);
cert.sign(keys.privateKey, forge.md.sha256.create());
const p12 = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 'pw', { algorithm: '3des' })).getBytes();

const require = createRequire(import.meta.url);
const fontPath = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const browser = await chromium.launch({ executablePath: process.argv[2] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.addScriptTag({ content: readFileSync(join(dir, 'bundle.js'), 'utf8') });
const result = await page.evaluate(([f, p]) => globalThis.run(f, p), [readFileSync(fontPath).toString('base64'), Buffer.from(p12, 'binary').toString('base64')]);
await browser.close();
if (result.pdf) {
  writeFileSync(join(dir, 'signed-in-browser.pdf'), Buffer.from(result.pdf, 'base64'));
  result.pdf = join(dir, 'signed-in-browser.pdf');
}
console.info(JSON.stringify(result));
process.exit(result.valid && result.whole && result.bufferGlobal === 'undefined' ? 0 : 1);
