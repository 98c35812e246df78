import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postTimeStampRequest, timeStampOptions } from '../../platform/letterSigning';
import { renderLetter } from '../pdf/renderLetter';
import { makeTestPkcs12 } from '../test-support/certificates';
import { testFonts } from '../test-support/fonts';
import { pdfsig, writeTemp } from '../test-support/poppler';
import { sampleLetter } from '../test-support/sampleLetters';
import { parseCertificate } from './certificate';
import { openPkcs12, type OpenedSigner } from './pkcs12';
import type { SignatureRequest } from './placeholder';
import { signPreparedPdf, type SignOptions } from './signPdf';
import { judgeLetter } from './trust';
import { verifyPdf } from './verify';

/**
 * Issue 13: a signature that says who signed. The letter is certified
 * (DocMDP, no changes), CaseDesk tells "ours", "an unknown certificate" and
 * "changed after signing" apart, and a configured TSA time-stamps the
 * signature (PAdES B-T). Certificates, the CA and the TSA are made here with
 * OpenSSL in a temporary directory; the TSA answers on 127.0.0.1.
 */

const NOW = Date.now();
const request: SignatureRequest = { signerName: '王敏', reason: '答复函签署', location: '浙江宁波', contactInfo: 'legal@solutioncl.com', signingTime: NOW };
const dir = mkdtempSync(join(tmpdir(), 'casedesk-trust-'));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

let ours: OpenedSigner;
let impostor: OpenedSigner;
let caIssued: OpenedSigner;
let caDer: Uint8Array;
let tsa: Server | undefined;
let tsaUrl: string;
let tsaRequests = 0;

function open(p12: Uint8Array, password: string): OpenedSigner {
  const opened = openPkcs12(p12, password, Date.now() + 1000); // openssl's certificates start the second they are made
  if (!opened.ok) throw new Error(opened.problem);
  return opened.value;
}

beforeAll(async () => {
  ours = open(makeTestPkcs12({ notBefore: new Date(NOW - 86_400_000), notAfter: new Date(NOW + 365 * 86_400_000) }).p12, 'test-password');
  // anyone can name themselves 王敏 of 宁波昶联软件有限公司: a second self-made certificate with the very same names
  impostor = open(makeTestPkcs12({ notBefore: new Date(NOW - 86_400_000), notAfter: new Date(NOW + 365 * 86_400_000) }).p12, 'test-password');

  // a company CA (the trust anchor a manager imports) and a signer it issued
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Changlian Test CA', '-days', '30', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'signer.key', '-out', 'signer.csr', '-subj', '/CN=王敏/O=宁波昶联软件有限公司', '-utf8');
  writeFileSync(join(dir, 'signer.ext'), 'keyUsage=critical,digitalSignature,nonRepudiation\n');
  openssl('x509', '-req', '-in', 'signer.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'signer.crt', '-days', '30', '-extfile', 'signer.ext');
  openssl('pkcs12', '-export', '-in', 'signer.crt', '-inkey', 'signer.key', '-certfile', 'ca.crt', '-out', 'signer.p12', '-passout', 'pass:s3cret');
  caIssued = open(new Uint8Array(readFileSync(join(dir, 'signer.p12'))), 's3cret');
  caDer = new Uint8Array(openssl('x509', '-in', 'ca.crt', '-outform', 'DER'));

  // the test TSA: openssl ts -reply behind a small HTTP server on 127.0.0.1
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.crt', '-subj', '/CN=CaseDesk Test TSA', '-days', '30', '-addext', 'extendedKeyUsage=critical,timeStamping', '-addext', 'keyUsage=critical,digitalSignature');
  writeFileSync(join(dir, 'tsaserial'), '01\n');
  writeFileSync(
    join(dir, 'tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config',
      '[ tsa_config ]',
      `serial = ${join(dir, 'tsaserial')}`,
      `signer_cert = ${join(dir, 'tsa.crt')}`,
      `signer_key = ${join(dir, 'tsa.key')}`,
      'signer_digest = sha256',
      'default_policy = 1.2.3.4.1',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  tsa = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      tsaRequests++;
      const n = tsaRequests;
      writeFileSync(join(dir, `q${n}.tsq`), Buffer.concat(chunks));
      try {
        openssl('ts', '-reply', '-config', 'tsa.cnf', '-queryfile', `q${n}.tsq`, '-out', `r${n}.tsr`);
        res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' });
        res.end(readFileSync(join(dir, `r${n}.tsr`)));
      } catch {
        res.writeHead(500).end();
      }
    });
  });
  const server = tsa;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tsaUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
});

afterAll(() => new Promise<void>((resolve) => (tsa ? tsa.close(() => resolve()) : resolve())));

/** the hosts' POST to the TSA (Electron's main process and the web host both call it with their `fetch`) */
const post = (url: string, body: Uint8Array) => postTimeStampRequest(fetch, url, body);

async function signed(signer: OpenedSigner, options: SignOptions = {}): Promise<Uint8Array> {
  const rendered = await renderLetter(sampleLetter('refusal', 'zh-CN'), { fonts: testFonts(), sign: request });
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.error));
  const result = await signPreparedPdf(rendered.pdf, signer.signer, options);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.pdf;
}

/** An incremental update as an editor would append one: a new page content that says 予以支持. */
function incrementalUpdate(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? '0');
  const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1] ?? '50');
  const stream = 'BT /F1 12 Tf 72 720 Td (yu yi zhi chi) Tj ET';
  const obj = `${size} 0 obj\n<< /Length ${stream.length} >>\nstream\n${stream}\nendstream\nendobj\n`;
  const at = pdf.length + 1;
  const xref = `xref\n${size} 1\n${String(at).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Prev ${startxref} /Root 1 0 R >>\nstartxref\n${at + obj.length}\n%%EOF\n`;
  const appended = new TextEncoder().encode(`\n${obj}${xref}`);
  const out = new Uint8Array(pdf.length + appended.length);
  out.set(pdf);
  out.set(appended, pdf.length);
  return out;
}

describe('a certified letter (DocMDP, no changes allowed)', () => {
  it('is certified by its first signature, and poppler still calls it valid and whole', async () => {
    const pdf = await signed(ours);
    const v = await verifyPdf(pdf);
    expect(v.signatures[0]?.certifies).toBe(1);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const perms = doc.catalog.lookup(PDFName.of('Perms'), PDFDict);
    expect(perms.get(PDFName.of('DocMDP'))?.toString()).toMatch(/^\d+ 0 R$/);
    const out = pdfsig(writeTemp(pdf)).stdout;
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Total document signed');
  });

  it('an incremental update after signing is "changed after signing", whoever signed', async () => {
    const pdf = incrementalUpdate(await signed(ours));
    const v = await verifyPdf(pdf);
    expect(v.signatures[0]?.valid).toBe(true); // the signed bytes themselves are intact…
    expect(judgeLetter(v, { fingerprints: [ours.summary.fingerprint], anchors: [] })).toEqual({ kind: 'changed-after-signing' }); // …but the letter is not
    expect(pdfsig(writeTemp(pdf)).stdout).not.toContain('Total document signed');
  });
});

describe('who signed: three answers', () => {
  it('"signed by our key" for the configured signer’s fingerprint', async () => {
    const v = await verifyPdf(await signed(ours));
    expect(judgeLetter(v, { fingerprints: [ours.summary.fingerprint], anchors: [] })).toEqual({ kind: 'ours', via: 'configured-signer' });
  });

  it('"signed by an unknown certificate" for a certificate that merely names 王敏 of 宁波昶联软件有限公司', async () => {
    const v = await verifyPdf(await signed(impostor));
    expect(v.valid && v.coversWholeDocument).toBe(true);
    expect(v.signer?.subject).toBe(ours.summary.subject);
    expect(judgeLetter(v, { fingerprints: [ours.summary.fingerprint], anchors: [] })).toEqual({ kind: 'unknown-certificate' });
  });

  it('"signed by our key" for a signer issued under a trust anchor a manager imported, and only then', async () => {
    const v = await verifyPdf(await signed(caIssued));
    const anchor = parseCertificate(caDer);
    expect(judgeLetter(v, { fingerprints: [], anchors: [anchor] }, v.chain)).toEqual({ kind: 'ours', via: 'trust-anchor', anchor: 'CN=Changlian Test CA' });
    expect(judgeLetter(v, { fingerprints: [], anchors: [] }, v.chain)).toEqual({ kind: 'unknown-certificate' });
    // the CA certificate travelling inside the signature is not itself trusted
    expect(judgeLetter(v, { fingerprints: [ours.summary.fingerprint], anchors: [] }, v.chain).kind).toBe('unknown-certificate');
  });

  it('a changed byte is "changed after signing"', async () => {
    const pdf = await signed(ours);
    const at = new TextDecoder('latin1').decode(pdf).indexOf('/Reason');
    pdf[at + 9] = (pdf[at + 9] ?? 0) ^ 1;
    expect(judgeLetter(await verifyPdf(pdf), { fingerprints: [ours.summary.fingerprint], anchors: [] })).toEqual({ kind: 'changed-after-signing' });
  });
});

describe('RFC 3161 time-stamp from the company’s TSA (PAdES B-T)', () => {
  it('time-stamps the signature; the token checks against it and poppler still validates the letter', async () => {
    const before = tsaRequests;
    const pdf = await signed(ours, timeStampOptions(tsaUrl, fetch, Uint8Array.of(0x5a, 1, 2, 3, 4, 5, 6, 7)));
    expect(tsaRequests).toBe(before + 1);
    const v = await verifyPdf(pdf);
    expect(v.valid && v.coversWholeDocument).toBe(true);
    expect(v.timeStamp?.valid).toBe(true);
    expect(v.timeStamp?.authority).toBe('CN=CaseDesk Test TSA');
    expect(Math.abs((v.timeStamp?.time ?? 0) - Date.now())).toBeLessThan(10 * 60_000);
    const out = pdfsig(writeTemp(pdf)).stdout;
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Total document signed');
  });

  it('refuses to sign when the TSA cannot be reached, rather than sign without the time-stamp', async () => {
    const rendered = await renderLetter(sampleLetter('refusal', 'zh-CN'), { fonts: testFonts(), sign: request });
    if (!rendered.ok) throw new Error('render');
    const result = await signPreparedPdf(rendered.pdf, ours.signer, { timeStamp: { transport: (req) => post('http://127.0.0.1:9/none', req), nonce: Uint8Array.of(1) } });
    expect(result.ok ? 'signed' : result.error.code).toBe('timestamp-failed');
  });

  it('notices a token that stamps other bytes', async () => {
    // a TSA answering for another signature: its imprint does not match ours
    const other = async (req: Uint8Array) => {
      const copy = Uint8Array.from(req);
      const i = copy.length - 1 - 3 - 10; // inside the hashed message, before the nonce and certReq
      copy[i] = (copy[i] ?? 0) ^ 0xff;
      return post(tsaUrl, copy);
    };
    const rendered = await renderLetter(sampleLetter('refusal', 'zh-CN'), { fonts: testFonts(), sign: request });
    if (!rendered.ok) throw new Error('render');
    const result = await signPreparedPdf(rendered.pdf, ours.signer, { timeStamp: { transport: other, nonce: Uint8Array.of(1) } });
    expect(result.ok ? 'signed' : result.error.code).toBe('timestamp-failed');
  });
});
