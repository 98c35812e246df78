import { describe, expect, it } from 'vitest';
import { certificateNameCheck, looksGarbled } from './certificateName';

/** UTF-8 bytes shown as Windows-1252, the way a mis-decoded subject arrives. */
function mojibake(s: string): string {
  const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Array.from(new TextEncoder().encode(s), (b) => (b >= 0x80 && b < 0xa0 ? cp1252[b - 0x80] : String.fromCharCode(b))).join('');
}

describe("the certificate's name against the officer's", () => {
  it('matches the name, a name with a department, and the romanised name either way round', () => {
    expect(certificateNameCheck('王敏', '王敏')).toBe('match');
    expect(certificateNameCheck('王敏（法务部）', '王敏')).toBe('match');
    expect(certificateNameCheck('WANG Min', '王敏', 'Wang Min')).toBe('match');
    expect(certificateNameCheck('Min Wang', '王敏', 'Wang Min')).toBe('match');
  });

  it('does not match another person', () => {
    expect(certificateNameCheck('李雷', '王敏')).toBe('mismatch');
    expect(certificateNameCheck('Changlian Test CA', '王敏', 'Wang Min')).toBe('mismatch');
    expect(certificateNameCheck('', '王敏')).toBe('mismatch');
  });

  it('calls mojibake and replacement characters garbled, not a mismatch', () => {
    expect(mojibake('王敏')).not.toBe('王敏');
    expect(certificateNameCheck(mojibake('王敏'), '王敏')).toBe('garbled');
    expect(certificateNameCheck('王\uFFFD', '王敏')).toBe('garbled');
    expect(looksGarbled('Ã¼ber')).toBe(true);
  });

  it('leaves honest Latin-1 names alone', () => {
    expect(looksGarbled('José Müller')).toBe(false);
    expect(looksGarbled('王敏')).toBe(false);
  });
});
