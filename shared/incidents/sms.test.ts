import { describe, expect, it } from 'vitest';
import { countSms, smsEncoding } from './sms';

const zh = (n: number) => '安'.repeat(n);
const ascii = (n: number) => 'a'.repeat(n);

describe('SMS length and segments', () => {
  it('Chinese: 70 in one message, 67 per part after that', () => {
    expect(countSms(zh(70))).toMatchObject({ encoding: 'ucs2', characters: 70, units: 70, segments: 1, perSegment: 70, remainingInLast: 0 });
    expect(countSms(zh(71))).toMatchObject({ segments: 2, perSegment: 67, remainingInLast: 63 });
    expect(countSms(zh(134)).segments).toBe(2);
    expect(countSms(zh(135)).segments).toBe(3);
  });

  it('plain ASCII: 160 in one message, 153 per part', () => {
    expect(countSms(ascii(160))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1, remainingInLast: 0 });
    expect(countSms(ascii(161))).toMatchObject({ segments: 2, perSegment: 153, remainingInLast: 145 });
    expect(countSms(ascii(306)).segments).toBe(2);
    expect(countSms(ascii(307)).segments).toBe(3);
  });

  it('mixed: one Chinese character sends the whole text as UCS-2', () => {
    const text = `Your account ${'x'.repeat(50)} 请修改密码`;
    expect(smsEncoding(text)).toBe('ucs2');
    expect(countSms(text)).toMatchObject({ characters: text.length, units: text.length, segments: 1 });
    expect(countSms(`${ascii(69)}安`).segments).toBe(1);
    expect(countSms(`${ascii(70)}安`).segments).toBe(2);
  });

  it('the 【】 signature and full-width punctuation are UCS-2 too', () => {
    expect(smsEncoding('【昶联】')).toBe('ucs2');
    expect(smsEncoding('Hello, world!')).toBe('gsm7');
    expect(smsEncoding('Hello，world')).toBe('ucs2');
  });

  it('a character outside the BMP counts 2 code units and is never split across parts', () => {
    expect(countSms('𠮷')).toMatchObject({ characters: 1, units: 2, segments: 1 });
    expect(countSms(`${zh(68)}𠮷`)).toMatchObject({ units: 70, segments: 1 });
    expect(countSms(`${zh(69)}𠮷`)).toMatchObject({ units: 71, segments: 2 });
    // 66 + a surrogate pair would straddle the 67 boundary: the pair starts part 2
    const straddle = countSms(`${zh(66)}𠮷${zh(10)}`);
    expect(straddle).toMatchObject({ units: 78, segments: 2, remainingInLast: 67 - 12 });
  });

  it('GSM extension characters take two septets and are never split either', () => {
    expect(countSms('€')).toMatchObject({ encoding: 'gsm7', characters: 1, units: 2 });
    expect(countSms(`${ascii(158)}€`)).toMatchObject({ units: 160, segments: 1 });
    expect(countSms(`${ascii(159)}€`)).toMatchObject({ units: 161, segments: 2 });
    expect(countSms(`${ascii(152)}€${ascii(10)}`)).toMatchObject({ segments: 2, remainingInLast: 153 - 12 });
  });

  it('an empty text costs nothing', () => {
    expect(countSms('')).toMatchObject({ segments: 0, units: 0 });
  });
});
