import { describe, expect, it } from 'vitest';
import { normaliseEmail, normaliseMobile } from './contacts';
import { parseCsv } from './csv';
import { decodeText } from './decodeText';
import { importPeople, type PeopleImportResult } from './importPeople';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const ok = (r: PeopleImportResult) => {
  if (!r.ok) throw new Error(r.problem);
  return r;
};

// GBK bytes, as Excel on a Chinese Windows saves "CSV": 姓名,手机号码,邮箱 / 张伟,13800138000,zw@example.cn / 李娜,13900139000,
const GBK = new Uint8Array([
  0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5, 0xc2, 0xeb, 0x2c, 0xd3, 0xca, 0xcf, 0xe4, 0x0d, 0x0a,
  0xd5, 0xc5, 0xce, 0xb0, 0x2c, ...utf8('13800138000,zw@example.cn\r\n'),
  0xc0, 0xee, 0xc4, 0xc8, 0x2c, ...utf8('13900139000,\r\n'),
]);

describe('encodings', () => {
  it('UTF-8 without a BOM', () => {
    expect(decodeText(utf8('姓名,手机\n'))).toEqual({ text: '姓名,手机\n', encoding: 'utf-8' });
  });
  it('UTF-8 with the BOM Excel writes, the BOM removed', () => {
    expect(decodeText(withBom('姓名\n'))).toEqual({ text: '姓名\n', encoding: 'utf-8-bom' });
  });
  it('GBK, detected because it is not UTF-8', () => {
    const r = ok(importPeople(GBK));
    expect(r.report.encoding).toBe('gb18030');
    expect(r.people).toEqual([
      { name: '张伟', mobile: '13800138000', email: 'zw@example.cn' },
      { name: '李娜', mobile: '13900139000' },
    ]);
  });
  it('UTF-16 (Excel “Unicode text”, tab-separated)', () => {
    const text = '姓名\t手机\r\n王芳\t13700137000\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = ok(importPeople(bytes));
    expect(r.report.encoding).toBe('utf-16le');
    expect(r.people).toEqual([{ name: '王芳', mobile: '13700137000' }]);
  });
});

describe('CSV syntax (RFC 4180)', () => {
  it('quoted fields with separators, doubled quotes and line breaks; CRLF and LF; blank lines skipped', () => {
    const rows = parseCsv('a,"b,c","say ""hi"""\r\n\r\n"multi\nline",x\ny');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b,c', 'say "hi"'] },
      { line: 3, fields: ['multi\nline', 'x'] },
      { line: 5, fields: ['y'] },
    ]);
  });
});

describe('mobile numbers and email addresses', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['(138) 0013-8000', '13800138000'],
    ['19912345678', '19912345678'],
  ])('%s → %s', (raw, expected) => expect(normaliseMobile(raw)).toBe(expected));

  it.each(['12800138000', '1380013800', '138001380000', '+85213800138000', '010-12345678', 'abc'])('%s is not a mainland mobile number', (raw) => {
    expect(normaliseMobile(raw)).toBeUndefined();
  });

  it.each(['zw@example.cn', 'li.na+notice@mail.example.com.cn', 'A_B@sub.example.org', 'user@例子.中国'])('%s is an address', (raw) => {
    expect(normaliseEmail(raw)).toBe(raw);
  });

  it.each(['zw@', '@example.cn', 'zw@example', 'zw@@example.cn', 'z w@example.cn', 'zw..x@example.cn', '.zw@example.cn', 'zw@-example.cn', 'zw@example.c0m'])('%s is not', (raw) => {
    expect(normaliseEmail(raw)).toBeUndefined();
  });
});

describe('rows: rejected with reasons, duplicates merged', () => {
  const csv = [
    '姓名,手机号码,电子邮箱',
    '张伟,138 0013 8000,zw@example.cn', // 2
    '李娜,12345,', // 3: bad mobile, nothing else
    '王芳,,', // 4: no contact
    ',,', // 5: an empty row, not counted
    '赵敏,+86 139-0013-9000,not-an-email', // 6: good mobile, bad email: taken, warned
    '张伟,13800138000,', // 7: same mobile as line 2
    '张三,,ZW@example.cn', // 8: same email as line 2 (case differs), different name
    '刘洋,13700137000,ly@example', // 9
    `${'长'.repeat(101)},13600136000,`, // 10: name too long
  ].join('\n');

  it('reports every rejected row with its reasons and line', () => {
    const r = ok(importPeople(utf8(csv)));
    expect(r.report.rejected.map((x) => [x.line, x.problems])).toEqual([
      [3, ['mobile-invalid']],
      [4, ['no-contact']],
      [10, ['name-too-long']],
    ]);
    expect(r.report.rejected[0]?.raw).toEqual({ name: '李娜', mobile: '12345', email: '' });
    expect(r.report.warnings).toEqual([
      { line: 6, problem: 'email-invalid', value: 'not-an-email' },
      { line: 9, problem: 'email-invalid', value: 'ly@example' },
    ]);
  });

  it('merges duplicates by mobile or email, keeping the first values and naming conflicts', () => {
    const r = ok(importPeople(utf8(csv)));
    expect(r.report.merged).toEqual([
      { line: 7, into: 2, conflicts: [] },
      { line: 8, into: 2, conflicts: ['name'] },
    ]);
    expect(r.people).toEqual([
      { name: '张伟', mobile: '13800138000', email: 'zw@example.cn' },
      { name: '赵敏', mobile: '13900139000' },
      { name: '刘洋', mobile: '13700137000' },
    ]);
    expect(r.report).toMatchObject({ header: 'found', rowsRead: 8, added: 3 });
  });

  it('fills what the first row lacked from a later duplicate', () => {
    const r = ok(importPeople(utf8('name,mobile,email\n李娜,13900139000,\n,13900139000,ln@example.cn\n李娜,,ln@example.cn')));
    expect(r.people).toEqual([{ name: '李娜', mobile: '13900139000', email: 'ln@example.cn' }]);
    expect(r.report.merged.map((m) => m.line)).toEqual([3, 4]);
  });

  it('merges against the list already imported', () => {
    const r = ok(importPeople(utf8('姓名,手机\n张伟,13800138000\n李娜,13900139000'), [{ name: '张伟', mobile: '13800138000' }]));
    expect(r.people.map((p) => p.name)).toEqual(['张伟', '李娜']);
    expect(r.report.merged).toEqual([{ line: 2, conflicts: [] }]);
    expect(r.report.added).toBe(1);
  });

  it('without a header reads name, mobile, email', () => {
    const r = ok(importPeople(withBom('张伟,13800138000,zw@example.cn\n李娜,13900139000\n')));
    expect(r.report.header).toBe('positional');
    expect(r.people).toHaveLength(2);
  });

  it('refuses a file whose header has no mobile or email column, and an empty file', () => {
    expect(importPeople(utf8('姓名,地址\n张伟,宁波'))).toMatchObject({ ok: false, problem: 'no-contact-columns' });
    expect(importPeople(utf8('\n\n'))).toMatchObject({ ok: false, problem: 'empty-file' });
  });

  // its speed is the bench's to measure (npm run bench), not a unit test's: beside a CPU hog a time bound only flakes
  it('merges at scale: 20,000 rows with a duplicate every tenth', () => {
    const lines = ['姓名,手机号码,邮箱'];
    for (let i = 0; i < 20_000; i++) {
      const n = i % 10 === 9 ? i - 1 : i;
      lines.push(`用户${n},1${String(3_000_000_000 + n).padStart(10, '0')},u${n}@example.cn`);
    }
    const r = ok(importPeople(utf8(lines.join('\r\n'))));
    expect(r.people).toHaveLength(18_000);
    expect(r.report.merged).toHaveLength(2_000);
  });
});
