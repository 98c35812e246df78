import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../identity/creditCode';
import {
  findCreditCode,
  findMobileNumber,
  findResidentIdNumber,
  matchRequester,
  normaliseEmail,
  normaliseIdNumber,
  normaliseMainlandPhone,
  requesterCandidateOf,
  type MatchableRequester,
} from './requesterMatch';

describe('normalisers (SPEC §1: matching by email, phone or ID number)', () => {
  it.each([
    ['HuangLi@139.COM', 'huangli@139.com'],
    [' mailto:<Anna.Schmidt@Beispiel.de> ', 'anna.schmidt@beispiel.de'],
    ['not an address', undefined],
  ])('email %s → %s', (input, output) => {
    expect(normaliseEmail(input)).toBe(output);
  });

  it.each([
    ['+86 135-0000-1234', '13500001234'],
    ['0086 13500001234', '13500001234'],
    ['86-135 0000 1234', '13500001234'],
    ['135 0000 1234', '13500001234'],
    ['(0574) 8888-8888', '057488888888'],
    ['+86 574 8888 8888', '057488888888'],
    ['400-7800-900', '4007800900'],
    ['call me', undefined],
  ])('phone %s → %s', (input, output) => {
    expect(normaliseMainlandPhone(input)).toBe(output);
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    ['110105 19491231 002X', '11010519491231002X'],
    ['123', undefined],
  ])('ID number %s → %s', (input, output) => {
    expect(normaliseIdNumber(input)).toBe(output);
  });

  it('are idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const f of [normaliseEmail, normaliseMainlandPhone, normaliseIdNumber]) {
          const once = f(s);
          if (once !== undefined) expect(f(once)).toBe(once);
        }
      }),
    );
  });

  it('give one form for every way of writing a mobile number', () => {
    const digits = fc.tuple(fc.constantFrom('3', '5', '8', '9'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => `1${a}${b}`);
    const sep = fc.constantFrom('', ' ', '-');
    fc.assert(
      fc.property(digits, fc.constantFrom('', '+86 ', '0086', '86-'), sep, (n, prefix, s) => {
        const written = `${prefix}${n.slice(0, 3)}${s}${n.slice(3, 7)}${s}${n.slice(7)}`;
        expect(normaliseMainlandPhone(written)).toBe(n);
      }),
    );
  });
});

describe('matchRequester', () => {
  const requesters: MatchableRequester[] = [
    { id: 'r1', name: '黄丽', email: 'huangli@139.com', phone: '13500001234', idNumber: '11010519491231002X' },
    { id: 'r2', name: '黄强', phone: '13500001234' },
    { id: 'r3', name: 'Anna Schmidt', email: 'anna.schmidt@beispiel.de' },
  ];

  it('says what matched, strongest first, and flags a different name', () => {
    expect(matchRequester({ email: 'HuangLi@139.com', phone: '+86 135-0000-1234', idNumber: '11010519491231002x', name: '黄丽' }, requesters)).toEqual([
      { requesterId: 'r1', matchedOn: ['idNumber', 'phone', 'email'], nameDiffers: false },
      { requesterId: 'r2', matchedOn: ['phone'], nameDiffers: true },
    ]);
  });

  it('matches nothing on empty fields', () => {
    expect(matchRequester({}, requesters)).toEqual([]);
    expect(matchRequester({ name: '黄丽' }, requesters)).toEqual([]);
  });
});

describe('finding a phone and an ID number in a text', () => {
  it('finds a mainland mobile written with spaces or dashes', () => {
    expect(findMobileNumber('手机：+86 135-0000-1234，谢谢')).toBe('13500001234');
    expect(findMobileNumber('我是用户，手机号 138 0013 8000。')).toBe('13800138000');
    expect(findMobileNumber('订单号 202603021234567890')).toBeUndefined();
  });

  it('takes an 18-character ID number only when its check character is right', () => {
    expect(findResidentIdNumber('身份证号：11010519491231002x')).toBe('11010519491231002X');
    expect(findResidentIdNumber('订单号：110105194912310021')).toBeUndefined();
  });

  it('reads the forwarded sender when a colleague forwards a request', () => {
    const candidate = requesterCandidateOf({
      subject: '转发：举报',
      text: '请处理',
      from: { name: '客服部', address: 'kefu@solutioncl.com' },
      fromCompany: true,
      forwarded: [{ depth: 1, attachmentIndex: 0, subject: '举报', from: { name: '何静', address: 'HeJing@163.com' }, text: '我的手机 13912345678' }],
    });
    expect(candidate).toEqual({ email: 'hejing@163.com', name: '何静', phone: '13912345678' });
  });
});

describe('an enterprise request (issue 12): the 统一社会信用代码 in the text', () => {
  const withCheck = (body: string) => body + creditCodeCheckCharacter(body);
  const code = withCheck('91330212MA2H4B7C1');
  const digitsOnly = withCheck('91330200144071234');

  it('finds a valid code with letters on its own, and one of digits only after its label', () => {
    expect(findCreditCode(`我司（宁波某某科技有限公司）${code}申请删除`)).toBe(code);
    expect(findCreditCode(`统一社会信用代码：${digitsOnly}`)).toBe(digitsOnly);
    expect(findCreditCode(`订单号 ${digitsOnly}`)).toBeUndefined();
  });

  it('refuses a code whose check character is wrong, and never takes a resident ID number for one', () => {
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(findCreditCode(`统一社会信用代码 ${wrong}`)).toBeUndefined();
    expect(findCreditCode('身份证 11010519491231002X')).toBeUndefined();
  });

  it('makes the candidate an enterprise with its name', () => {
    const candidate = requesterCandidateOf({
      from: { name: '张律师', address: 'zhang@lawfirm.cn' },
      fromCompany: false,
      forwarded: [],
      subject: '企业用户数据删除申请',
      text: `宁波某某科技有限公司（统一社会信用代码 ${code}）委托本所申请删除其账户数据。`,
    });
    expect(candidate).toMatchObject({ creditCode: code, organisation: '宁波某某科技有限公司', email: 'zhang@lawfirm.cn' });
  });
});
