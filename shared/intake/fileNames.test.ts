import { describe, expect, it } from 'vitest';
import { safeFileName, withoutControls } from './fileNames';
import { parseEmail } from './parseEmail';

/**
 * Issue 12: an attachment's name is the sender's text. Controls, newlines and
 * bidirectional overrides go before any other cleaning, whatever encoding
 * carried them (RFC 2047 encoded word, RFC 2231 parameter, raw 8-bit bytes).
 */

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const utf8Binary = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
const b64 = (text: string) => btoa(utf8Binary(text));

/** A message whose one attachment has the given Content-Disposition / Content-Type name parameters (raw header text, as binary). */
function withAttachment(disposition: string, contentType = 'application/octet-stream'): Uint8Array {
  return latin1(
    [
      'From: a@example.cn',
      'To: legal@solutioncl.com',
      'Subject: names',
      'Date: Tue, 10 Mar 2026 09:00:00 +0800',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'see attachment',
      '--b',
      `Content-Type: ${contentType}`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; ${disposition}`,
      '',
      btoa('MZ payload'),
      '--b--',
      '',
    ].join('\r\n'),
  );
}

async function attachmentName(raw: Uint8Array): Promise<string> {
  const r = await parseEmail(raw, { fileName: 'x.eml', companyDomains: ['solutioncl.com'] });
  if (!r.ok) throw new Error(r.failure.code);
  expect(r.message.attachments).toHaveLength(1);
  return r.message.attachments[0]!.fileName;
}

const RLO = '\u202e';

describe('attachment names from every encoding (issue 12)', () => {
  it('RFC 2231: a percent-encoded newline does not hide a path from the directory stripping', async () => {
    expect(await attachmentName(withAttachment("filename*=UTF-8''%0A..%2F..%2Fevil.exe"))).toBe('evil.exe');
    expect(await attachmentName(withAttachment("filename*=UTF-8''%0D%0A..%5C..%5Cevil.exe"))).toBe('evil.exe');
  });

  it('RFC 2231: a right-to-left override is removed, so the name reads as what it is', async () => {
    expect(await attachmentName(withAttachment("filename*=UTF-8''report%E2%80%AEfdp.exe"))).toBe('reportfdp.exe');
  });

  it('RFC 2231 in GBK, with a control character', async () => {
    // 身份证 in GBK: C9ED B7DD D6A4
    expect(await attachmentName(withAttachment("filename*=gbk''%09%C9%ED%B7%DD%D6%A4.jpg"))).toBe('身份证.jpg');
  });

  it('RFC 2047 encoded words, base64 and quoted-printable', async () => {
    expect(await attachmentName(withAttachment(`filename="=?UTF-8?B?${b64(`report${RLO}fdp.exe`)}?="`))).toBe('reportfdp.exe');
    expect(await attachmentName(withAttachment('filename="=?utf-8?q?=0A..=2F..=2Fevil.exe?="'))).toBe('evil.exe');
    expect(await attachmentName(withAttachment(`filename="=?UTF-8?B?${b64('\u2066申请书\u2069.pdf')}?="`))).toBe('申请书.pdf');
  });

  it('raw 8-bit UTF-8 in the header (RFC 6532)', async () => {
    expect(await attachmentName(withAttachment(`filename="${utf8Binary(`身份证${RLO}gpj.exe`)}"`))).toBe('身份证gpj.exe');
  });

  it('the name= of Content-Type when Content-Disposition has none', async () => {
    expect(await attachmentName(withAttachment('size=10', `application/pdf; name="=?UTF-8?B?${b64(`..\\..\\${RLO}x.pdf`)}?="`))).toBe('x.pdf');
  });
});

describe('safeFileName', () => {
  it('removes controls and bidirectional marks before anything else', () => {
    expect(withoutControls(`a\u0000b\u202ac\u202ed\u2066e\u2069f\u200eg\u200fh\u061ci\u0085j`)).toBe('abcdefghij');
    expect(safeFileName('\n../../evil.exe', 'x.bin')).toBe('evil.exe');
    expect(safeFileName('..\r\n', 'x.bin')).toBe('x.bin');
    expect(safeFileName(`CON${RLO}.txt`, 'x.bin')).toBe('_CON.txt');
  });

  it('keeps an ordinary Chinese name as it is', () => {
    expect(safeFileName('个人信息副本申请书.pdf', 'x.bin')).toBe('个人信息副本申请书.pdf');
  });
});
