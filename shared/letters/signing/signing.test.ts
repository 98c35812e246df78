import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signingReason } from '../pdf/labels';
import { renderLetter } from '../pdf/renderLetter';
import { makeTestPkcs12 } from '../test-support/certificates';
import { testFonts } from '../test-support/fonts';
import { pdfsig, writeTemp } from '../test-support/poppler';
import { sealPng, signaturePng } from '../test-support/png';
import { sampleLetter } from '../test-support/sampleLetters';
import { openPkcs12, type OpenedSigner } from './pkcs12';
import type { SignatureRequest } from './placeholder';
import { signPreparedPdf } from './signPdf';
import { verifyPdf } from './verify';

const NOW = Date.UTC(2026, 8, 28, 2, 30);
const fonts = testFonts();
const request: SignatureRequest = { signerName: '王敏', reason: '答复函签署', location: '浙江宁波', contactInfo: 'legal@solutioncl.com', signingTime: NOW };
let signer: OpenedSigner;
let p12: Uint8Array;

beforeAll(() => {
  p12 = makeTestPkcs12().p12; // a throwaway key and self-signed certificate, made here
  const opened = openPkcs12(p12, 'test-password', NOW);
  if (!opened.ok) throw new Error(opened.problem);
  signer = opened.value;
});

async function signedLetter(subFilter?: SignatureRequest['subFilter']): Promise<Uint8Array> {
  const rendered = await renderLetter(sampleLetter('refusal', 'zh-CN'), { fonts, images: { seal: sealPng(), signature: signaturePng() }, sign: { ...request, subFilter } });
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.error));
  const signed = await signPreparedPdf(rendered.pdf, signer.signer);
  if (!signed.ok) throw new Error(JSON.stringify(signed.error));
  return signed.pdf;
}

describe('PKCS#12 import', () => {
  it('reads the signer from the file', () => {
    expect(signer.summary).toMatchObject({ commonName: '王敏', subject: 'CN=王敏, O=宁波昶联软件有限公司, C=CN', selfIssued: true });
  });

  it('names what is wrong: password, validity, key usage, format', () => {
    expect(openPkcs12(p12, 'wrong', NOW)).toEqual({ ok: false, problem: 'wrong-password' });
    expect(openPkcs12(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x03]), 'x', NOW)).toEqual({ ok: false, problem: 'not-pkcs12' });
    expect(openPkcs12(new TextEncoder().encode('hello'), 'x', NOW)).toEqual({ ok: false, problem: 'not-pkcs12' });
    const expired = makeTestPkcs12({ notBefore: new Date(Date.UTC(2024, 0, 1)), notAfter: new Date(Date.UTC(2025, 0, 1)) }).p12;
    expect(openPkcs12(expired, 'test-password', NOW)).toEqual({ ok: false, problem: 'certificate-expired' });
    const early = makeTestPkcs12({ notBefore: new Date(Date.UTC(2027, 0, 1)) }).p12;
    expect(openPkcs12(early, 'test-password', NOW)).toEqual({ ok: false, problem: 'certificate-not-yet-valid' });
    const encipherOnly = makeTestPkcs12({ keyUsage: { keyEncipherment: true } }).p12;
    expect(openPkcs12(encipherOnly, 'test-password', NOW)).toEqual({ ok: false, problem: 'key-usage' });
    const tlsOnly = makeTestPkcs12({ extendedKeyUsage: { serverAuth: true } }).p12;
    expect(openPkcs12(tlsOnly, 'test-password', NOW)).toEqual({ ok: false, problem: 'extended-key-usage' });
    const nonRepudiation = makeTestPkcs12({ keyUsage: { nonRepudiation: true } }).p12;
    expect(openPkcs12(nonRepudiation, 'test-password', NOW).ok).toBe(true);
  });

  it('opens a file exported by OpenSSL 3 (PBES2, AES-256, SHA-256 MAC)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedesk-p12-'));
    const made = makeTestPkcs12();
    // the same key and certificate, exported with OpenSSL's defaults
    writeFileSync(join(dir, 'all.pem'), made.pem);
    const out = spawnSync('openssl', ['pkcs12', '-export', '-in', join(dir, 'all.pem'), '-passout', 'pass:s3cret']);
    if (out.error) return; // no openssl here: forge's own format is covered above
    expect(out.status).toBe(0);
    const opened = openPkcs12(new Uint8Array(out.stdout), 's3cret', NOW);
    expect(opened.ok ? opened.value.summary.commonName : opened.problem).toBe('王敏');
  });
});

describe('signing', () => {
  it('signs so that pdfsig reports a valid signature over the whole document (PAdES baseline and Adobe format)', async () => {
    for (const subFilter of ['ETSI.CAdES.detached', 'adbe.pkcs7.detached'] as const) {
      const path = writeTemp(await signedLetter(subFilter), `signed-${subFilter}.pdf`);
      const out = pdfsig(path);
      expect(out.stdout).toContain('Signature Validation: Signature is Valid');
      expect(out.stdout).toContain('Total document signed');
      expect(out.stdout).toContain(`Signature Type: ${subFilter}`);
      expect(out.stdout).toContain('Signing Hash Algorithm: SHA-256');
      expect(out.stdout).toContain('Signer Certificate Common Name: 王敏');
      expect(out.stderr).toBe('');
    }
  });

  it('agrees with openssl cms -verify on the extracted signature', async () => {
    const pdf = await signedLetter();
    const v = await verifyPdf(pdf);
    const [, a = 0, b = 0, c = 0] = v.signatures[0]?.byteRange ?? [];
    const hex = new TextDecoder().decode(pdf.subarray(a + 1, b - 1)).replace(/(00)+$/, '');
    const dir = mkdtempSync(join(tmpdir(), 'casedesk-cms-'));
    writeFileSync(join(dir, 'sig.der'), Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
    writeFileSync(join(dir, 'content.bin'), Buffer.concat([pdf.subarray(0, a), pdf.subarray(b, b + c)]));
    const out = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'content.bin'), '-noverify', '-out', '/dev/null'], { encoding: 'utf8' });
    if (out.error) return; // no openssl here
    expect(out.stderr).toContain('Verification successful');
  });

  it('verifies our own signature: valid, whole document, signer, time, SHA-256 of the file', async () => {
    const pdf = await signedLetter();
    const v = await verifyPdf(pdf);
    expect(v).toMatchObject({ readable: true, valid: true, coversWholeDocument: true, signedAt: '2026-09-28T02:30:00.000Z' });
    expect(v.signer?.commonName).toBe('王敏');
    expect(v.signatures[0]).toMatchObject({ name: '王敏', reason: '答复函签署', location: '浙江宁波', subFilter: 'ETSI.CAdES.detached', problems: [] });
    expect(v.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails verification when one byte changes, and pdfsig agrees', async () => {
    const pdf = await signedLetter();
    const v = await verifyPdf(pdf);
    const [, a = 0, b = 0] = v.signatures[0]?.byteRange ?? [];
    for (const at of [200, a - 40, b + 100, pdf.length - 20]) {
      const changed = Uint8Array.from(pdf);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      const verdict = await verifyPdf(changed);
      expect(verdict.valid, `byte ${at}`).toBe(false);
      expect(verdict.sha256).not.toBe(v.sha256);
    }
    const changed = Uint8Array.from(pdf);
    changed[200] = (changed[200] ?? 0) ^ 0x01;
    expect((await verifyPdf(changed)).signatures[0]?.problems).toContain('digest-mismatch');
    expect(pdfsig(writeTemp(changed)).stdout).not.toContain('Signature is Valid');
    // a change inside the signature itself breaks it too
    const forged = Uint8Array.from(pdf);
    forged[a + 801] = forged[a + 801] === 0x61 ? 0x62 : 0x61;
    expect((await verifyPdf(forged)).valid).toBe(false);
  });

  it('says when bytes were appended after signing (not the whole document)', async () => {
    const pdf = await signedLetter();
    const appended = new Uint8Array([...pdf, ...new TextEncoder().encode('\n% appended\n')]);
    const v = await verifyPdf(appended);
    expect(v.coversWholeDocument).toBe(false);
    expect(v.signatures[0]?.valid).toBe(true);
  });

  it('gives the signing reason in the letter\'s language(s)', () => {
    expect(signingReason('zh-CN')).toBe('答复函签署');
    expect(signingReason('en-US')).toBe('Response letter');
    expect(signingReason('bilingual')).toBe('答复函签署 / Response letter');
  });

  it('reports an unsigned letter and a file that is no PDF as unsigned', async () => {
    const rendered = await renderLetter(sampleLetter('acknowledgement', 'zh-CN'), { fonts });
    expect(rendered.ok && (await verifyPdf(rendered.pdf))).toMatchObject({ readable: true, valid: false, signatures: [] });
    expect(await verifyPdf(new TextEncoder().encode('not a pdf'))).toMatchObject({ readable: false, valid: false });
  });

  it('refuses to sign a PDF without a placeholder, and says when the signature would not fit', async () => {
    const plain = await renderLetter(sampleLetter('acknowledgement', 'zh-CN'), { fonts });
    if (!plain.ok) throw new Error('render');
    expect(await signPreparedPdf(plain.pdf, signer.signer)).toEqual({ ok: false, error: { code: 'no-placeholder' } });
    const tiny = await renderLetter(sampleLetter('acknowledgement', 'zh-CN'), { fonts, sign: { ...request, contentsBytes: 200 } });
    if (!tiny.ok) throw new Error('render');
    const result = await signPreparedPdf(tiny.pdf, signer.signer);
    expect(result.ok ? undefined : result.error).toMatchObject({ code: 'placeholder-too-small', reserved: 200 });
  });
});
