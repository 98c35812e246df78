import { describe, expect, it } from 'vitest';
import { redactPersonalData, redactValue } from './redact';

describe('audit text carries no personal data', () => {
  it('masks an ID number inside a file name, full-width digits included', () => {
    expect(redactPersonalData('CL-2026-0042 身份证_110105194912310021.jpg')).toBe('CL-2026-0042 身份证_1101**********0021.jpg');
    expect(redactPersonalData('１１０１０５１９４９１２３１００２Ｘ')).toBe('1101**********002X');
  });

  it('masks phone numbers, emails and card numbers, and keeps dates and references', () => {
    expect(redactPersonalData('回电 +86 138-0013-8000，邮件 zhang.san@example.com')).toBe('回电 138****8000，邮件 zh***@example.com');
    expect(redactPersonalData('卡号 6222021234567890123')).toBe('卡号 6222***********0123');
    expect(redactPersonalData('CL-2026-0042 2026-11-30T02:00:00.000Z')).toBe('CL-2026-0042 2026-11-30T02:00:00.000Z');
  });

  it('leaves digests alone, even ones full of digits', () => {
    const digest = '1101051949123100211101051949123100210000000000000000000000000000';
    expect(redactPersonalData(`SHA-256 ${digest}`)).toBe(`SHA-256 ${digest}`);
  });

  it('reaches every string of a before/after value', () => {
    expect(redactValue({ files: ['110105194912310021.pdf'], n: 3, nested: { to: 'li@corp.cn' } })).toEqual({
      files: ['1101**********0021.pdf'],
      n: 3,
      nested: { to: 'li***@corp.cn' },
    });
  });
});

describe('file names entering the audit chain', () => {
  it('lose ID numbers, phones, emails and long numbers whole, and keep their extension', async () => {
    const { redactFileName } = await import('./redact');
    expect(redactFileName('身份证-330106199001011234-13957401234.jpg')).toBe('身份证-[id]-[phone].jpg');
    expect(redactFileName('ID_１１０１０５１９４９１２３１００２Ｘ.PDF')).toBe('ID_[id].PDF');
    expect(redactFileName('from zhang.san@example.com 6222021234567890123.png')).toBe('from [email] [number].png');
    expect(redactFileName('来信第1页.pdf')).toBe('来信第1页.pdf');
  });

  it('lose the requester’s name when the caller knows it', async () => {
    const { redactFileName } = await import('./redact');
    expect(redactFileName('陈静的身份证.jpg', ['陈静'])).toBe('[name]的身份证.jpg');
  });
});
