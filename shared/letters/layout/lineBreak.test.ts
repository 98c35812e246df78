import { describe, expect, it } from 'vitest';
import { atomize, breakLines, NO_LINE_END, NO_LINE_START, type Line } from './lineBreak';
import { placeLine } from './justify';

// A fixed-pitch stand-in for the font: a CJK character 10 wide, anything else 5.
const measure = (text: string) => Array.from(text).reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’—…]/.test(ch) ? 10 : 5), 0);
const texts = (lines: Line[]) => lines.map((l) => l.atoms.map((a) => a.text).join(''));

describe('kinsoku line breaking', () => {
  it('breaks Chinese text between any two characters when nothing forbids it', () => {
    expect(texts(breakLines('一二三四五六七八九十', 40, measure))).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('never starts a line with closing punctuation: the mark takes the character before it along', () => {
    // 。 would start line 2; 三 moves down with it
    expect(texts(breakLines('一二三。四五六', 30, measure))).toEqual(['一二', '三。四', '五六']);
    for (const mark of '，、；：？！」）》') {
      const lines = texts(breakLines(`甲乙丙${mark}丁戊`, 30, measure));
      for (const line of lines) expect(NO_LINE_START.has(Array.from(line)[0] ?? '')).toBe(false);
    }
  });

  it('never ends a line with opening punctuation: the mark moves to the next line', () => {
    // （ may not end line 1, so it opens line 2; ） may not start line 3, so 四 goes with it
    expect(texts(breakLines('一二（三四）五', 30, measure))).toEqual(['一二', '（三', '四）五']);
    for (const mark of '「（《') {
      const lines = texts(breakLines(`甲乙${mark}丙丁戊己`, 30, measure));
      for (const line of lines) expect(NO_LINE_END.has(Array.from(line).at(-1) ?? '')).toBe(false);
    }
  });

  it('keeps a Latin word, an e-mail address or a reference whole, breaking beside it', () => {
    const lines = texts(breakLines('请发送至legal@solutioncl.com联系', 120, measure));
    expect(lines.some((l) => l.includes('legal@solutioncl.com'))).toBe(true);
    expect(texts(breakLines('编号CL-2026-0042已收悉', 60, measure))).toEqual(['编号', 'CL-2026-0042', '已收悉']);
  });

  it('breaks English at spaces and never inside a word', () => {
    const lines = texts(breakLines('We received your request concerning access', 100, measure));
    expect(lines).toEqual(['We received your', 'request concerning', 'access']);
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
  });

  it('splits a word wider than the whole line as a last resort', () => {
    const lines = texts(breakLines('x'.repeat(30), 50, measure));
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
  });

  it('indents the first line by the given width', () => {
    expect(texts(breakLines('一二三四五六', 40, measure, 20))).toEqual(['一二', '三四五六']);
  });

  it('handles mixed text and several marks in a row (“……”, ”。)', () => {
    const lines = texts(breakLines('他说：“可以。”然后……走了', 50, measure));
    for (const line of lines) {
      expect(NO_LINE_START.has(Array.from(line)[0] ?? '')).toBe(false);
      expect(NO_LINE_END.has(Array.from(line).at(-1) ?? '')).toBe(false);
    }
    expect(lines.join('')).toBe('他说：“可以。”然后……走了');
  });

  it('collapses white space and keeps the text intact across lines', () => {
    const text = 'Dear  Ms\tSchmidt,\nwe 收到了 your request。';
    expect(atomize(text).filter((a) => a.kind === 'space')).toHaveLength(6);
    expect(texts(breakLines(text, 60, measure)).join(' ').replace(/\s+/g, ' ')).toBe('Dear Ms Schmidt, we 收到了 your request。');
  });
});

describe('justification', () => {
  it('stretches Chinese lines between characters and English lines at spaces, to the full width', () => {
    const [zh] = breakLines('一二三四五六七', 65, measure);
    const runs = placeLine(zh as Line, 65, true, measure, 12);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.charSpacing).toBeCloseTo(5 / 5);
    const [en] = breakLines('aa bb cc dd', 60, measure);
    const enRuns = placeLine({ ...(en as Line), last: false }, 60, true, measure, 12);
    expect(enRuns.map((r) => r.charSpacing)).toEqual([0, 0, 0, 0]);
    const lastRun = enRuns.at(-1);
    expect((lastRun?.x ?? 0) + measure(lastRun?.text ?? '')).toBeCloseTo(60);
  });

  it('leaves the last line of a paragraph, and a line that would gape, flush left', () => {
    const lines = breakLines('一二三四五六七八', 65, measure);
    expect(placeLine(lines.at(-1) as Line, 65, true, measure, 12)[0]?.charSpacing).toBe(0);
    const gaping = { atoms: [{ kind: 'word' as const, text: 'aa' }, { kind: 'space' as const, text: ' ' }, { kind: 'word' as const, text: 'bb' }], width: 25, last: false };
    expect(placeLine(gaping, 100, true, measure, 12).at(-1)?.x).toBe(15);
  });
});

describe('issue 13: hyphenation and stretches never broken', () => {
  it('hyphenates an English word that does not fit, at a point the en-US patterns allow', async () => {
    const { hyphenateEnglish } = await import('./hyphenation');
    // 'responsibilities' (80 wide) does not fit after 'our ' (20); re-spon-si-bil-i-ties: 'responsibil-' (60) does, leaving 'ities'
    expect(texts(breakLines('our responsibilities here', 80, measure, 0, hyphenateEnglish))).toEqual(['our responsibil-', 'ities here']);
    // without the hyphenator (Chinese text, the default) the word moves down whole
    expect(texts(breakLines('our responsibilities here', 80, measure))).toEqual(['our', 'responsibilities', 'here']);
    // never a reference, a date or an address, and never leaving fewer than two letters or taking fewer than three
    expect(texts(breakLines('see CL-2026-0042', 70, measure, 0, hyphenateEnglish))).toEqual(['see', 'CL-2026-0042']);
    expect(texts(breakLines('an abc', 20, measure, 0, hyphenateEnglish))).toEqual(['an', 'abc']);
  });

  it('never breaks a date, an amount or a reference', () => {
    expect(atomize('by 28 September 2026, that is').map((a) => a.text)).toContain('28 September 2026');
    for (const width of [90, 100, 120, 150]) {
      const lines = texts(breakLines('We received it on 28 September 2026 and paid RMB 1,000.00 for CL-2026-0042.', width, measure));
      expect(lines.some((l) => l.includes('28 September 2026')), `${width}`).toBe(true);
      expect(lines.some((l) => l.includes('RMB 1,000.00')), `${width}`).toBe(true);
    }
    for (const width of [70, 90, 110]) {
      const lines = texts(breakLines('我们已于2026年9月28日收到您的请求', width, measure));
      expect(lines.some((l) => l.includes('2026年9月28日')), `${width}`).toBe(true);
    }
  });

  it('keeps an English apostrophe inside its word, and Chinese quotes with Chinese text', () => {
    expect(atomize('the People’s Court').map((a) => a.text)).toEqual(['the', ' ', 'People’s', ' ', 'Court']);
    expect(atomize('“关于我们”').map((a) => a.kind)).toEqual(['cjk', 'cjk', 'cjk', 'cjk', 'cjk', 'cjk']);
  });
});
