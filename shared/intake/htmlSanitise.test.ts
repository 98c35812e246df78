import { describe, expect, it } from 'vitest';
import { parseEmail } from './parseEmail';
import { cleanCss, MAX_VIEWED_HTML, sanitiseMailHtml } from './htmlSanitise';
import { fixtureBytes } from './test-support/fixtures';

const OPTIONS = { fileName: 'x.eml', companyDomains: ['solutioncl.com'] };

describe('sanitising an HTML mail for the viewer (SPEC §1, issue 12)', () => {
  it('keeps the text and layout, removes scripts, handlers, forms, frames and remote images, and lists links', () => {
    const r = sanitiseMailHtml(
      [
        '<html><head><title>t</title><meta http-equiv="refresh" content="0;url=http://x"><style>p{color:red;background:url(http://tracker.example/bg.png)}</style></head>',
        '<body onload="steal()"><h1 style="color:blue">通知</h1><script>alert(1)</script>',
        '<p>见 <a href="https://brand-law.example.com/n" target="_blank" onclick="x()">这里</a> 与 <a href="javascript:alert(1)">那里</a></p>',
        '<img src="http://tracker.example/open.gif" width="1"><img src="data:image/png;base64,AAAA" alt="ok">',
        '<form action="http://x"><input name="q"><button>提交</button></form><iframe src="http://x"></iframe>',
        '<svg><script>alert(2)</script><text>svg text</text></svg><table><tr><td bgcolor="#fff">格</td></tr></table>',
        '</body></html>',
      ].join(''),
      [],
    );
    expect(r.html).toContain('<h1 style="color:blue">通知</h1>');
    expect(r.html).toContain('<a>这里</a>');
    expect(r.html).toContain('<img src="data:image/png;base64,AAAA" alt="ok">');
    expect(r.html).toContain('<td bgcolor="#fff">格</td>');
    expect(r.html).toContain('提交');
    expect(r.html).not.toMatch(/script|alert|onload|onclick|steal|href|tracker|iframe|<form|<input|<meta|svg text|<title/);
    expect(r.blockedImages).toBe(2);
    expect(r.links).toEqual(['https://brand-law.example.com/n']);
  });

  it('escapes what it keeps, whatever entities or quotes the sender used', () => {
    const r = sanitiseMailHtml('<p title="a&quot; onmouseover=&quot;x()">1 &lt; 2 &amp; <b>3</b> &#x3c;script&#x3e;</p><p style="background:url&#40;http://x/y.png&#41;">z</p>', []);
    expect(r.html).toBe('<p title="a&quot; onmouseover=&quot;x()">1 &lt; 2 &amp; <b>3</b> &lt;script&gt;</p><p style="background:none">z</p>');
    expect(r.blockedImages).toBe(1);
  });

  it('shows inline (cid:) images from the message itself', async () => {
    const m = await parseEmail(fixtureBytes('15-inline-image-cid-correction.eml'), OPTIONS);
    if (!m.ok || !m.message.html) throw new Error('fixture 15 has an HTML body');
    const r = sanitiseMailHtml(m.message.html, m.message.attachments);
    expect(r.html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
  });

  it('reads the IP notice fixture as the e2e journey expects', async () => {
    const m = await parseEmail(fixtureBytes('16-html-only-ip-notice.eml'), OPTIONS);
    if (!m.ok || !m.message.html) throw new Error('fixture 16 has an HTML body');
    const r = sanitiseMailHtml(m.message.html, m.message.attachments);
    expect(r.blockedImages).toBe(2);
    expect(r.html).toContain('知识产权侵权通知');
    expect(r.html).not.toMatch(/javascript:|tracker\.example\.net|phish/);
  });

  it('cuts a body longer than the viewer shows, and says so', () => {
    const r = sanitiseMailHtml('<p>' + 'x'.repeat(MAX_VIEWED_HTML + 10) + '</p><p>end</p>', []);
    expect(r.truncated).toBe(true);
    expect(r.html.length).toBeLessThanOrEqual(MAX_VIEWED_HTML);
  });
});

describe('cleaning CSS', () => {
  it('empties every url() that would fetch, keeps data:, drops @import', () => {
    const { css, blocked } = cleanCss("@import url('https://fonts.example/x.css'); body{background:url(http://tracker.example.net/bg.png)} p{background-image:url( 'https://x.example/a.gif' )} h1{background:url(data:image/png;base64,AAAA)}");
    expect(css).toBe(' body{background:none} p{background-image:none} h1{background:url(data:image/png;base64,AAAA)}');
    expect(blocked).toBe(3);
  });

  it('an unclosed url( takes the rest with it', () => {
    expect(cleanCss('a{color:red} b{background:url(http://x').css).toBe('a{color:red} b{background:');
  });

  it('never lets a style element be closed from inside', () => {
    expect(cleanCss('p{}</style><script>x()</script>').css).not.toContain('<');
  });
});
