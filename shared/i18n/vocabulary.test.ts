import { describe, expect, it } from 'vitest';
import { messages } from './messages';

/** Every zh-CN text with its dotted key. */
function texts(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * Issue 14, one vocabulary: an in-house team registers (登记/受理) a request,
 * it does not 立案 (court and police words); the date is the 答复期限, and
 * 法定 is kept for what a statute sets (法定节假日); PIPL 44 calls it 限制处理.
 * The letters' texts too (issue 14: their old wording had 停止除存储外处理).
 */
describe('zh-CN speaks one vocabulary', () => {
  const all = texts(messages['zh-CN']);
  it.each([
    // 建立案件库 (建立 + 案件库) is not 立案
    ['立案', /(?<!建)立案/],
    ['法定期限 / 法定答复期限 for the policy’s date', /法定(答复)?期限/],
    ['停止除存储外处理 instead of 限制处理', /停止除存储外处理/],
  ])('no %s', (_, pattern) => {
    expect(all.filter(([, text]) => pattern.test(text)).map(([key]) => key)).toEqual([]);
  });
});
