import { describe, expect, it } from 'vitest';
import { mailFrameDocument } from './sanitizeMailHtml';

// The sanitising itself is tested in shared/intake/htmlSanitise.test.ts, and shown in Chromium by e2e/journeys/intake.spec.ts.
describe('the mail frame document', () => {
  it('puts the shared policy’s CSP at the head of the frame document', () => {
    expect(mailFrameDocument('<p>x</p>', 'http://127.0.0.1:4173/assets/font.ttf')).toMatch(/^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src cid: data: blob:;/);
  });

  it('lets the frame load the app’s CJK font and nothing else from outside', () => {
    const doc = mailFrameDocument('<p>你好</p>', 'http://127.0.0.1:4173/assets/font.ttf');
    expect(doc).toContain("font-src data: http://127.0.0.1:4173/assets/font.ttf\"");
    expect(doc).toContain("src:url('http://127.0.0.1:4173/assets/font.ttf')");
    expect(doc).not.toMatch(/default-src (?!'none')/);
  });
});
