import { describe, expect, it } from 'vitest';
import { compareNames, normalizeName } from './names';

describe('normalizeName', () => {
  it.each([
    ['  张三  ', '张三'],
    ['张 三', '张三'], // a space between Han characters is typing
    ['张\u3000三', '张三'], // ideographic space
    ['阿卜杜·热合曼', '阿卜杜·热合曼'],
    ['阿卜杜•热合曼', '阿卜杜·热合曼'], // U+2022 bullet
    ['阿卜杜・热合曼', '阿卜杜·热合曼'], // U+30FB katakana middle dot
    ['阿卜杜･热合曼', '阿卜杜·热合曼'], // U+FF65 half-width katakana middle dot
    ['阿卜杜‧热合曼', '阿卜杜·热合曼'], // U+2027 hyphenation point (common in Taiwan)
    ['阿卜杜 · 热合曼', '阿卜杜·热合曼'],
    ['Anna   Schmidt', 'anna schmidt'],
    ['ＡＮＮＡ　ＳＣＨＭＩＤＴ', 'anna schmidt'], // full-width letters
    ['ZHANG San', 'zhang san'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps different characters different', () => {
    expect(normalizeName('张三')).not.toBe(normalizeName('章三'));
    expect(normalizeName('Müller')).not.toBe(normalizeName('Muller'));
    expect(normalizeName('Zhang San')).not.toBe(normalizeName('ZhangSan')); // a space between Latin words is kept
  });
});

describe('compareNames', () => {
  it('match when every known name is the same after normalising', () => {
    expect(compareNames({ request: '阿卜杜•热合曼', idDocument: '阿卜杜·热合曼', account: '阿卜杜・热合曼' })).toEqual({
      result: 'match',
      pairs: [
        { first: 'request', second: 'idDocument', match: true },
        { first: 'request', second: 'account', match: true },
        { first: 'idDocument', second: 'account', match: true },
      ],
      differing: [],
    });
  });

  it('mismatch names the pairs that differ', () => {
    const result = compareNames({ request: '张三', idDocument: '张三', account: '李四' });
    expect(result.result).toBe('mismatch');
    expect(result.differing).toEqual([
      { first: 'request', second: 'account', match: false },
      { first: 'idDocument', second: 'account', match: false },
    ]);
  });

  it('compares only the names that are known', () => {
    expect(compareNames({ request: 'Anna Schmidt', account: 'ANNA SCHMIDT' })).toEqual({
      result: 'match',
      pairs: [{ first: 'request', second: 'account', match: true }],
      differing: [],
    });
  });

  it('nothing to compare with fewer than two names (blank counts as absent)', () => {
    expect(compareNames({ request: '张三', idDocument: '   ' }).result).toBe('nothing-to-compare');
    expect(compareNames({}).result).toBe('nothing-to-compare');
  });
});
