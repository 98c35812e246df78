import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEml, encodeWords, mailDate, type EmlDraft } from './eml';

const pdf = Uint8Array.from({ length: 5000 }, (_, i) => (i * 37) % 256);

function draft(overrides: Partial<EmlDraft> = {}): EmlDraft {
  return {
    from: { name: '宁波昶联软件有限公司 法务部', address: 'legal@solutioncl.com' },
    to: { name: '欧阳晓东', address: 'ouyang1234@qq.com' },
    subject: '关于您个人信息删除请求的答复函（案件编号 CL-2026-0042，已数字签名）',
    text: '尊敬的欧阳晓东：\n\n随函附上答复函。\n\n宁波昶联软件有限公司',
    attachment: { fileName: 'CL-2026-0042-refusal-v1.pdf', mimeType: 'application/pdf', bytes: pdf },
    date: Date.UTC(2026, 10, 30, 2, 0),
    id: 'a1b2c3d4-e5f6',
    ...overrides,
  };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the .eml draft', () => {
  it('reads back in a mail parser: addresses, encoded subject, text and the PDF byte for byte', async () => {
    const parsed = await PostalMime.parse(buildEml(draft()));
    expect(parsed.from).toMatchObject({ name: '宁波昶联软件有限公司 法务部', address: 'legal@solutioncl.com' });
    expect(parsed.to?.[0]).toMatchObject({ name: '欧阳晓东', address: 'ouyang1234@qq.com' });
    expect(parsed.subject).toBe(draft().subject);
    expect(parsed.text?.replace(/\r\n/g, '\n').trim()).toBe(draft().text);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({ filename: 'CL-2026-0042-refusal-v1.pdf', mimeType: 'application/pdf' });
    expect(new Uint8Array(parsed.attachments[0]!.content as ArrayBuffer)).toEqual(pdf);
  });

  it('is an unsent draft with CRLF line ends and no line over 78 characters', () => {
    const eml = text(buildEml(draft()));
    expect(eml).toContain('\r\nX-Unsent: 1\r\n');
    expect(eml).toContain('Date: Mon, 30 Nov 2026 10:00:00 +0800');
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('cannot be given an extra header through a name or the subject (header injection)', async () => {
    const eml = text(buildEml(draft({ to: { name: 'Anna\r\nBcc: evil@example.com', address: 'anna.schmidt@web.de' }, subject: 'Answer\r\nBcc: evil@example.com' })));
    expect(eml).not.toMatch(/^Bcc:/m);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.to?.[0]?.address).toBe('anna.schmidt@web.de');
  });

  it('carries a Chinese file name both ways (RFC 2231 and encoded word)', async () => {
    const parsed = await PostalMime.parse(buildEml(draft({ attachment: { fileName: '答复函-CL-2026-0042.pdf', mimeType: 'application/pdf', bytes: pdf } })));
    expect(parsed.attachments[0]?.filename).toBe('答复函-CL-2026-0042.pdf');
  });

  it('refuses a recipient that is not a mail address', () => {
    expect(() => buildEml(draft({ to: { name: 'x', address: 'not an address' } }))).toThrow();
  });

  it('cuts encoded words between characters only, four-byte ones included', () => {
    const words = encodeWords('𠮷'.repeat(30));
    for (const w of words) {
      expect(w.length).toBeLessThanOrEqual(75);
      const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(Buffer.from(w.slice(10, -2), 'base64')));
      expect(decoded).toMatch(/^(𠮷)+$/u);
    }
    expect(mailDate(Date.UTC(2026, 0, 1, 16, 5, 9))).toBe('Fri, 2 Jan 2026 00:05:09 +0800');
  });

  it('without an attachment is one text part, astral characters and all (a breach notice to one person)', async () => {
    const eml = buildEml({ ...draft(), attachment: undefined, text: '尊敬的张伟：\n\n一、事件基本情况\n……😀' });
    const raw = text(eml);
    expect(raw).not.toContain('multipart');
    expect(raw).toContain('X-Unsent: 1\r\n');
    expect(raw).toContain('Date: Mon, 30 Nov 2026 10:00:00 +0800\r\n');
    const parsed = await PostalMime.parse(eml);
    expect(parsed.attachments).toHaveLength(0);
    expect(parsed.text?.replace(/\r\n/g, '\n')).toBe('尊敬的张伟：\n\n一、事件基本情况\n……😀');
  });
});
