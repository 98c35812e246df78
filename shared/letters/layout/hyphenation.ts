import { hyphenateSync } from 'hyphen/en-us';
import type { Hyphenate } from './lineBreak';

/**
 * English hyphenation for justified letters (issue 13: wide word gaps): the
 * `hyphen` package's Liang hyphenator with the TeX en-US patterns, cached per
 * word (a letter repeats its words).
 */
const cache = new Map<string, string[]>();

export const hyphenateEnglish: Hyphenate = (word) => {
  let syllables = cache.get(word);
  if (!syllables) {
    syllables = hyphenateSync(word, { hyphenChar: '\u00ad' }).split('\u00ad');
    if (cache.size > 20_000) cache.clear();
    cache.set(word, syllables);
  }
  return syllables;
};
