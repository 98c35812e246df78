import { strFromU8, unzipSync } from 'fflate';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_DETAILS } from '../../letters/company';
import { generateDraft } from '../drafts/generate';
import { completeIncident } from '../test-support/incident';
import { emlDraftsZip } from './emlDrafts';
import { personalise, splitTitle } from './personalise';
import { smsPlatformCsv } from './smsCsv';
import { crc32, writeZip } from './zip';

const NOW = Date.parse('2026-11-30T02:00:00.000Z');
const people = [
  { name: '张伟', mobile: '13800138000', email: 'zw@example.cn' },
  { name: '', mobile: '13900139000' },
  { name: 'Anna Müller', email: 'anna@example.de' },
];

describe('the SMS platform file', () => {
  it('UTF-8 with a BOM, CRLF, one row per mobile number, the text quoted where it must be', () => {
    const { bytes, rows } = smsPlatformCsv(people, '【昶联】尊敬的用户，您好');
    expect(rows).toBe(2);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('手机号码,短信内容\r\n13800138000,【昶联】尊敬的用户，您好\r\n13900139000,【昶联】尊敬的用户，您好\r\n');
    expect(new TextDecoder().decode(smsPlatformCsv(people, 'a, "b"').bytes)).toContain('13800138000,"a, ""b"""\r\n');
  });
  it('never hands a spreadsheet a formula', () => {
    const text = new TextDecoder().decode(smsPlatformCsv([{ name: '', mobile: '13800138000' }], '=HYPERLINK("x")').bytes);
    expect(text).toContain(`13800138000,"'=HYPERLINK(""x"")"`);
  });
});

describe('the ZIP writer', () => {
  it('CRC-32 of the check string', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
  it('an archive unzip reads back, UTF-8 names included', () => {
    const zip = writeZip([{ name: '0001-张伟.eml', bytes: new TextEncoder().encode('hello') }, { name: 'b.txt', bytes: new Uint8Array() }], NOW);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['0001-张伟.eml', 'b.txt']);
    expect(strFromU8(files['0001-张伟.eml']!)).toBe('hello');
  });
});

describe('per-person .eml drafts', () => {
  it('one draft per person with an address, personalised, the notice’s title as subject', async () => {
    const notice = generateDraft('email', completeIncident(), { company: DEFAULT_COMPANY_DETAILS, nowMs: NOW });
    const { bytes, count } = emlDraftsZip(people, notice, DEFAULT_COMPANY_DETAILS, NOW);
    expect(count).toBe(2);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['0001-张伟.eml', '0002-Anna Müller.eml']);
    const first = await PostalMime.parse(files['0001-张伟.eml']!);
    expect(first.subject).toBe('关于个人信息安全事件的告知');
    expect(first.text).toMatch(/^尊敬的张伟：/);
    expect(first.text).toContain('八、联系我们');
  });

  it('personalises only the generic salutation', () => {
    expect(personalise('标题\n尊敬的用户：\n正文', '李娜')).toBe('标题\n尊敬的李娜：\n正文');
    expect(personalise('标题\n尊敬的客户：\n正文', '李娜')).toBe('标题\n尊敬的客户：\n正文');
    expect(personalise('标题\n尊敬的用户：\n正文', '  ')).toBe('标题\n尊敬的用户：\n正文');
    expect(splitTitle('\n标题\n\n正文\n')).toEqual({ title: '标题', body: '正文\n' });
  });
});
