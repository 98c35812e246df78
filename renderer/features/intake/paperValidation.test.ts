import { describe, expect, it } from 'vitest';
import { dateProblems, isValidEmail, isValidMainlandPhone, isValidPostcode, scanTypeOf } from './paperValidation';

describe('the paper form checks', () => {
  it.each(['13800138000', '138 0013 8000', '+86 138-0013-8000', '0574-88888888', '010-62345678', '(020) 8765 4321', '0574 8765432', '400-7800-900'])('takes %s as a mainland number', (phone) => {
    expect(isValidMainlandPhone(phone)).toBe(true);
  });

  it.each(['12800138000', '1380013800', '138001380001', '0574-0888888', '05-12345678', '8888888', 'abc', '', '0138-88888888'])('refuses %s', (phone) => {
    expect(isValidMainlandPhone(phone)).toBe(false);
  });

  it('checks postcodes and email addresses', () => {
    expect(isValidPostcode('315100')).toBe(true);
    expect(isValidPostcode('31510')).toBe(false);
    expect(isValidEmail('li.lei@example.cn')).toBe(true);
    expect(isValidEmail('li.lei@')).toBe(false);
  });

  it('refuses a receipt in the future and a postmark after the receipt', () => {
    expect(dateProblems('2026-11-30', '2026-11-27', '2026-11-30')).toEqual([]);
    expect(dateProblems('2026-12-01', undefined, '2026-11-30')).toEqual(['receivedInFuture']);
    expect(dateProblems('2026-11-27', '2026-11-28', '2026-11-30')).toEqual(['postmarkAfterReceipt']);
    expect(dateProblems('2026-11-27', '2026-12-02', '2026-11-30')).toEqual(['postmarkInFuture']);
  });

  it('recognises PDF, JPEG and PNG by their bytes, not their names', () => {
    expect(scanTypeOf(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(scanTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(scanTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(scanTypeOf(new TextEncoder().encode('MZ\x90\x00'))).toBeUndefined();
  });
});
