import { describe, expect, it } from 'vitest';
import { parseEmail } from './parseEmail';
import { listedLinks } from './htmlSanitise';
import { attachmentForCid, isAllowedImageSource } from './sanitiserPolicy';
import { fixtureBytes } from './test-support/fixtures';

const OPTIONS = { fileName: 'x.eml', companyDomains: ['solutioncl.com'] };

describe('HTML mail policy (SPEC §1: no scripts, remote images or in-app links)', () => {
  it('allows images only from the message itself', () => {
    expect(isAllowedImageSource('cid:sig-15@example.com')).toBe(true);
    expect(isAllowedImageSource('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedImageSource('http://tracker.example.net/open.gif')).toBe(false);
    expect(isAllowedImageSource('//tracker.example.net/open.gif')).toBe(false);
  });

  it('resolves a cid: URL to its inline part', async () => {
    const r = await parseEmail(fixtureBytes('15-inline-image-cid-correction.eml'), OPTIONS);
    if (!r.ok) throw new Error(r.failure.code);
    expect(attachmentForCid('cid:sig-15@example.com', r.message.attachments)?.fileName).toBe('signature.png');
    expect(attachmentForCid('cid:sig-15%40example.com', r.message.attachments)?.fileName).toBe('signature.png');
    expect(attachmentForCid('cid:other', r.message.attachments)).toBeUndefined();
  });

  it('lists http(s) and mailto links for opening outside the app, and never javascript:', async () => {
    const r = await parseEmail(fixtureBytes('16-html-only-ip-notice.eml'), OPTIONS);
    if (!r.ok || !r.message.html) throw new Error('fixture 16 has an HTML body');
    expect(listedLinks(r.message.html)).toEqual(['https://brand-law.example.com/notice/16']);
  });
});
