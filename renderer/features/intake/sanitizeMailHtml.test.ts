import { describe, expect, it } from 'vitest';
import { mailFrameDocument, neutraliseCss } from './sanitizeMailHtml';

// DOMPurify itself needs a DOM: the sanitised display is checked in Chromium by e2e/journeys/intake.spec.ts.
describe('styles of an HTML mail', () => {
  it('empties every url() that would fetch, and counts it', () => {
    const { css, blocked } = neutraliseCss("body{background:url(http://tracker.example.net/bg.png)} p{background-image:url('https://x.example/a.gif')} i{list-style:url(//cdn.example/b.png)}");
    expect(css).not.toMatch(/tracker|x\.example|cdn\.example/);
    expect(blocked).toBe(3);
  });

  it('keeps data: images and drops @import', () => {
    const { css, blocked } = neutraliseCss('@import url("https://fonts.example/x.css"); h1{background:url(data:image/png;base64,AAAA)}');
    expect(css).toBe(' h1{background:url(data:image/png;base64,AAAA)}');
    expect(blocked).toBe(1);
  });

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
