import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../audit/chain';
import { parseMailFile } from './mailFile';
import { parseResultSchema, type ParseResult } from './parsedMessage';
import { parseEmail } from './parseEmail';
import { fixtureBytes, manifest } from './test-support/fixtures';

const OPTIONS = { fileName: 'x.eml', companyDomains: ['solutioncl.com'] };
const enc = (s: string) => new TextEncoder().encode(s);

function rawOf(r: ParseResult): Uint8Array {
  return r.ok ? r.message.raw : r.failure.raw;
}

describe('parseEmail never throws and never drops a message (SPEC §1)', () => {
  // property runs take seconds here, more on a loaded machine: a time-out of their own, not a timing assertion
  it('returns a valid result carrying the exact bytes for any input', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const r = await parseEmail(bytes, OPTIONS);
        expect(parseResultSchema.safeParse(r).success).toBe(true);
        expect(rawOf(r)).toEqual(bytes);
        expect(r.ok ? r.message.sha256 : r.failure.sha256).toBe(sha256Hex(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('survives any fixture cut short or with bytes overwritten', { timeout: 60_000 }, async () => {
    const files = manifest.fixtures.filter((f) => f.kind === 'eml' && f.file !== '35-empty.eml').map((f) => fixtureBytes(f.file));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (file, keep, flips) => {
          const bytes = file.slice(0, Math.floor(file.length * keep));
          for (const [pos, value] of flips) if (bytes.length > 0) bytes[pos % bytes.length] = value;
          const r = await parseEmail(bytes, OPTIONS);
          expect(parseResultSchema.safeParse(r).success).toBe(true);
          expect(rawOf(r)).toEqual(bytes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('turns a parser limit into a failure with the detail, not an exception', async () => {
    const deep = Array.from({ length: 300 }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join('');
    const r = await parseEmail(enc(`From: a@b.c\r\nSubject: deep\r\n${deep}`), OPTIONS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.code).toBe('parser-error');
      expect(r.failure.detail).toBeTruthy();
    }
  });

  it('refuses files that are not mail, keeping them', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\n');
    expect(await parseEmail(pdf, OPTIONS)).toMatchObject({ ok: false, failure: { code: 'not-a-message', raw: pdf } });
    expect(await parseEmail(enc('Hello: world\r\n\r\nnot mail'), OPTIONS)).toMatchObject({ ok: false, failure: { code: 'not-a-message' } });
  });

  it('keeps an Outlook .msg as a failure with its bytes', async () => {
    const msg = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const [r] = await parseMailFile({ name: 'a.msg', bytes: msg, lastModified: '2026-03-10T01:00:00.000Z' }, { companyDomains: [] });
    expect(r).toMatchObject({ ok: false, failure: { code: 'outlook-msg-unsupported', raw: msg, fileTime: '2026-03-10T01:00:00.000Z' } });
  });
});

describe('runs without Node (STYLE.md §1: shared/ is pure)', () => {
  it('postal-mime uses no Node API: no Buffer, process, require or node: import in its browser build', () => {
    const dir = join(import.meta.dirname, '../../node_modules/postal-mime/dist/esm');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      // comments may name Buffer ("a Node.js Buffer is a Uint8Array"); code may not
      const source = readFileSync(join(dir, name), 'utf-8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      expect(source, name).not.toMatch(/\bBuffer\b|\bprocess\.|\brequire\(|from ['"]node:/);
    }
  });

  it('parses a fixture with Buffer removed from the global scope', async () => {
    const saved = globalThis.Buffer;
    const bytes = fixtureBytes('11-multipart-mixed-id-scan-copy.eml');
    try {
      // @ts-expect-error -- simulating a browser/worker global scope, which has no Buffer
      delete globalThis.Buffer;
      const r = await parseEmail(bytes, OPTIONS);
      expect(r.ok && r.message.attachments.map((a) => a.fileName)).toEqual(['身份证正面.jpg', '个人信息副本申请书.pdf']);
    } finally {
      globalThis.Buffer = saved;
    }
  });
});

describe('what a message gives', () => {
  it('reads Message-ID, In-Reply-To and References without angle brackets', async () => {
    const r = await parseEmail(
      enc('From: A <a@x.cn>\r\nMessage-ID: < id-1@x.cn >\r\nIn-Reply-To: <p@x.cn> (comment)\r\nReferences: <o@x.cn>\r\n <p@x.cn>\r\nSubject: s\r\nDate: Tue, 10 Mar 2026 09:00:00 +0800\r\n\r\nb\r\n'),
      OPTIONS,
    );
    expect(r.ok && { id: r.message.messageId, irt: r.message.inReplyTo, refs: r.message.references }).toEqual({ id: 'id-1@x.cn', irt: 'p@x.cn', refs: ['o@x.cn', 'p@x.cn'] });
  });

  it('names a sender in our own domain as fromCompany', async () => {
    const r = await parseEmail(enc('From: kefu@SolutionCL.com\r\nSubject: s\r\n\r\nb'), OPTIONS);
    expect(r.ok && r.message.fromCompany).toBe(true);
  });

  it('derives plain text from an HTML-only body, for keywords', async () => {
    const r = await parseEmail(enc('From: a@b.cn\r\nSubject: s\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>请&nbsp;删除</p><script>x()</script>'), OPTIONS);
    expect(r.ok && r.message.text).toBe('请 删除');
    expect(r.ok && r.message.html).toContain('<script>');
  });
});
