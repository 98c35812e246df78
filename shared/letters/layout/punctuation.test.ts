import { describe, expect, it } from 'vitest';
import { testFonts } from '../test-support/fonts';
import { compressedGaps, textWidth } from './fonts';

describe('adjacent CJK punctuation (W3C clreq §3.1.6)', () => {
  const chain = testFonts().regular;
  const em = 11;

  it('sets two full-width marks that meet half an em closer', () => {
    // each mark alone is a full em; together, their facing half-em blanks become one
    expect(textWidth(chain, '）', em)).toBeCloseTo(em);
    expect(textWidth(chain, '）。', em)).toBeCloseTo(1.5 * em);
    expect(textWidth(chain, '（《', em)).toBeCloseTo(1.5 * em);
    expect(textWidth(chain, '。”', em)).toBeCloseTo(textWidth(chain, '字。”', em) - em); // Chinese closing quote after a stop
    expect(textWidth(chain, '》）。', em)).toBeCloseTo(2 * em);
  });

  it('leaves marks that do not meet, and Latin text, alone', () => {
    expect(compressedGaps(Array.from('（字）'))).toEqual([]);
    expect(compressedGaps(Array.from('字）（字'))).toEqual([1]);
    // an English closing quote after a full stop is the Latin face's, proportional: no compression
    expect(textWidth(chain, 'us.”', em)).toBeCloseTo(textWidth(chain, 'us.', em) + textWidth(chain, '”', em) - 0, 0);
  });
});
