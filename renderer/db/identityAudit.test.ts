import { describe, expect, it } from 'vitest';
import { redactIdNumbers } from './identityAudit';

describe('redactIdNumbers', () => {
  it('masks 18-character numbers (X in either case) and legacy 15-digit ones', () => {
    expect(redactIdNumbers('号码 33010619900101123X 有误')).toBe('号码 3301**********123X 有误');
    expect(redactIdNumbers('id 33010619900101123x')).toBe('id 3301**********123X');
    expect(redactIdNumbers('旧号 330106900101123')).toBe('旧号 3301*******1123');
  });

  it('catches full-width digits typed with a Chinese input method', () => {
    expect(redactIdNumbers('３３０１０６１９９００１０１１２３Ｘ')).toBe('3301**********123X');
  });

  it('leaves shorter numbers, dates and case references alone', () => {
    const text = 'CL-2026-0001 2026-09-28 电话 13812345678 邮编 315000';
    expect(redactIdNumbers(text)).toBe(text);
  });

  it('does not mask a part of a longer run of digits as if it were a number', () => {
    expect(redactIdNumbers('1234567890123456789012')).toBe('1234567890123456789012');
  });
});
