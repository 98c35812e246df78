import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES } from '../deadlines/deadlineRule';
import { requestTypeIds, requestTypes } from '../domain/requestTypes';
import { checklistItems } from '../identity/checklists';
import { citationText } from './citation';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('citations in the reader’s language (issue 14)', () => {
  it('the English case page names the policy in English', () => {
    expect(citationText('隐私政策 4.1；PIPL 45', 'en-US')).toBe('Privacy Policy 4.1; PIPL 45');
    expect(citationText('隐私政策 1.2.1、4.6', 'en-US')).toBe('Privacy Policy 1.2.1, 4.6');
    expect(citationText('法律声明 三', 'en-US')).toBe('Legal Notice 3');
  });
  it('zh-CN shows the source as written', () => {
    expect(citationText('隐私政策 4.1；PIPL 45', 'zh-CN')).toBe('隐私政策 4.1；PIPL 45');
  });
  it('no request type’s, shipped rule’s or identity check’s citation keeps a Chinese character in English', () => {
    const sources = [...requestTypeIds.map((id) => requestTypes[id].source), ...DEFAULT_DEADLINE_RULES.map((r) => r.source), ...Object.values(checklistItems).map((i) => i.source)];
    for (const source of sources) expect(citationText(source, 'en-US'), source).not.toMatch(CJK);
  });
});
