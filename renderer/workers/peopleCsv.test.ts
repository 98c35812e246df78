import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { importPeople } from '../../shared/incidents';
import { readPeopleCsv } from './peopleCsv';

/**
 * Issue 12: the affected-people CSV is read as a stream with papaparse. What
 * it gives is what the whole-file reader (shared/incidents/people) gives,
 * and a quoted field left open is named by its line.
 */
const utf8 = (text: string) => new TextEncoder().encode(text);
const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

describe('reading a list of affected people as a stream (issue 12)', () => {
  const csv = ['姓名,手机号码,电子邮箱', '张伟,138 0013 8000,zw@example.cn', '李娜,12345,', '"王, 芳",13900139000,"wf@example.cn"', '"多行', '备注",13700137000,', '张伟,13800138000,', ''].join('\r\n');

  it('gives what the whole-file reader gives, lines included', async () => {
    const { result, sha256 } = await readPeopleCsv(blob(utf8(csv)), []);
    expect(result).toEqual(importPeople(utf8(csv)));
    expect(sha256).toBe(sha256Hex(utf8(csv)));
    if (!result.ok) throw new Error(result.problem);
    expect(result.report.rejected.map((r) => r.line)).toEqual([3]);
    // the multi-line name starts on line 5; the duplicate of line 2 is on line 7
    expect(result.report.merged).toEqual([{ line: 7, into: 2, conflicts: [] }]);
  });

  it('keeps a character split between two slices whole (GBK, a long file)', { timeout: 60_000 }, async () => {
    // 姓名,手机 / 张伟,<n> in GBK, repeated past several 1 MB slices
    const header = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0x0d, 0x0a]);
    const parts: number[] = [...header];
    for (let i = 0; i < 150_000; i++) parts.push(0xd5, 0xc5, 0xce, 0xb0, ...utf8(`,1${String(3_000_000_000 + i).padStart(10, '0')}\r\n`));
    const { result } = await readPeopleCsv(blob(Uint8Array.from(parts)), []);
    if (!result.ok) throw new Error(result.problem);
    expect(result.report.encoding).toBe('gb18030');
    expect(result.people).toHaveLength(150_000);
    expect(result.people.every((p) => p.name === '张伟')).toBe(true);
  });

  it('names the line of a quoted field that never closes, instead of reading the rest of the file as that field', async () => {
    const rows = ['姓名,手机', '张伟,13800138000', '"李娜,13900139000'];
    for (let i = 0; i < 60_000; i++) rows.push(`用户${i},1${String(3_000_000_000 + i).padStart(10, '0')}`);
    const { result } = await readPeopleCsv(blob(utf8(rows.join('\n'))), []);
    expect(result).toEqual({ ok: false, problem: 'unterminated-quote', line: 3, encoding: 'utf-8' });
    // and at the very end of a short file
    const short = await readPeopleCsv(blob(utf8('姓名,手机\n张伟,13800138000\n"李娜,13900139000\n王芳,13700137000\n')), []);
    expect(short.result).toEqual({ ok: false, problem: 'unterminated-quote', line: 3, encoding: 'utf-8' });
  });

  it('refuses a file without a contact column, and an empty one', async () => {
    expect((await readPeopleCsv(blob(utf8('姓名,地址\n张伟,宁波')), [])).result).toMatchObject({ ok: false, problem: 'no-contact-columns' });
    expect((await readPeopleCsv(blob(utf8('\n\n')), [])).result).toMatchObject({ ok: false, problem: 'empty-file' });
  });
});
