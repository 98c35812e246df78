// The letters figure of npm run bench: render + sign one letter cold (fonts
// parsed first), then 100 in a row with the fonts parsed once (every other one
// bilingual: the Latin face and English hyphenation at work), in Chromium,
// through the web host's signer (see browser/lettersBench.ts). The PKCS#12 is
// a throwaway made here; the fonts are the ones the app bundles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import forge from 'node-forge';

const PASSWORD = 'bench';

function throwawayPkcs12() {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const name = [{ shortName: 'CN', value: '王敏', valueTagClass: forge.asn1.Type.UTF8 }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], PASSWORD, { algorithm: '3des' })).getBytes(), 'binary').toString('base64');
}

export async function benchLetters({ browser, url, benchScript, count = 100 }) {
  const require = createRequire(import.meta.url);
  // issue 13: the letters' serif chain (Noto Serif SC, Noto Serif for Latin), as the app loads it by default
  const ttf = (pkg, weight, file) => readFileSync(require.resolve(`@expo-google-fonts/${pkg}/${weight}/${file}_${weight}.ttf`)).toString('base64');
  const fonts = {
    regular: ttf('noto-serif-sc', '400Regular', 'NotoSerifSC'),
    bold: ttf('noto-serif-sc', '700Bold', 'NotoSerifSC'),
    latin: ttf('noto-serif', '400Regular', 'NotoSerif'),
    latinBold: ttf('noto-serif', '700Bold', 'NotoSerif'),
  };
  const p12 = throwawayPkcs12();
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // the bench script is an ES module (it opens the store first, with top-level await)
    await page.addScriptTag({ content: benchScript, type: 'module' });
    await page.waitForFunction(() => 'casedeskBench' in window);
    const r = await page.evaluate(([f, p, pw, n]) => window.casedeskBench.letters(f, p, pw, n), [fonts, p12, PASSWORD, count]);
    const ms = (v) => v.toFixed(0);
    return {
      letters: count,
      'import .p12 (ms)': ms(r.importMs),
      'fonts parsed (ms)': ms(r.fontsMs),
      'first letter cold (ms)': ms(r.coldMs),
      'then per letter: mean (ms)': ms(r.total.mean),
      'median (ms)': ms(r.total.median),
      'p90 (ms)': ms(r.total.p90),
      'max (ms)': ms(r.total.max),
      'render / sign incl. the PIN unwrap (scrypt), median (ms)': `${ms(r.render.median)} / ${ms(r.sign.median)}`,
      'size (KB)': r.meanKb.toFixed(0),
    };
  } finally {
    await context.close();
  }
}
