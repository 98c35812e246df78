import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_DETAILS } from '../company';
import { DEFAULT_CLAUSES } from './defaultClauses';
import { DEFAULT_TEMPLATE_SET, DEFAULT_TEMPLATES } from './defaultTemplates';
import { clauseVariant, mergeLetter } from './merge';
import { letterKindIds, letterTemplateSchema, letterTemplateSetSchema } from './schema';
import { sampleLetter, templateOf, written } from '../test-support/sampleLetters';
import { formatLetterDate } from '../dates';
import { fieldsIn } from './mergeSyntax';

const pipl = { layout: 'zh-CN' as const, regime: 'pipl' as const, company: DEFAULT_COMPANY_DETAILS, clauses: DEFAULT_CLAUSES };

describe('templates as data', () => {
  it('ships one template for every kind of letter, valid against the schema', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.kind).sort()).toEqual([...letterKindIds].sort());
    expect(letterTemplateSetSchema.safeParse(DEFAULT_TEMPLATE_SET).success).toBe(true);
  });

  it('refuses a template naming a merge field or a clause that does not exist', () => {
    const t = structuredClone(templateOf('acknowledgement'));
    t.text['zh-CN'].subject = '关于{{nonsense}}的确认';
    const parsed = letterTemplateSchema.safeParse(t);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('{{nonsense}}');
    const set = structuredClone(DEFAULT_TEMPLATE_SET);
    set.templates[0]?.text['en-US'].blocks.push({ type: 'clause', clause: 'no-such-clause' });
    expect(letterTemplateSetSchema.safeParse(set).success).toBe(false);
  });
});

describe('mergeLetter', () => {
  it('fills every template in both languages and leaves no {{field}} behind', () => {
    for (const kind of letterKindIds) {
      for (const layout of ['zh-CN', 'en-US', 'bilingual'] as const) {
        const content = sampleLetter(kind, layout);
        const texts = content.sections.flatMap((s) => [s.subject, ...s.paragraphs.map((p) => p.text)]);
        expect(texts.flatMap(fieldsIn), `${kind} ${layout}`).toEqual([]);
        expect(content.sections.map((s) => s.language)).toEqual(layout === 'bilingual' ? ['zh-CN', 'en-US'] : [layout]);
      }
    }
  });

  it('prints dates as 2026年9月28日 and 28 September 2026', () => {
    expect(formatLetterDate('2026-09-28', 'zh-CN')).toBe('2026年9月28日');
    expect(formatLetterDate('2026-09-28', 'en-US')).toBe('28 September 2026');
    const zh = sampleLetter('acknowledgement', 'zh-CN');
    expect(zh.sections[0]?.paragraphs[1]?.text).toContain('我们已于2026年9月28日收到您关于查阅个人信息的请求，案件编号为CL-2026-0042');
    const en = sampleLetter('acknowledgement', 'en-US');
    expect(en.sections[0]?.paragraphs.map((p) => p.text).join(' ')).toContain('on 28 September 2026');
  });

  it('names each missing field with the language that needs it', () => {
    const result = mergeLetter(templateOf('acknowledgement'), { reference: 'CL-2026-0042', requestType: 'access' }, { ...pipl, layout: 'bilingual' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toContainEqual({ field: 'requesterName', language: 'zh-CN' });
    expect(result.missing).toContainEqual({ field: 'receivedDate', language: 'en-US' });
    expect(result.missing).toContainEqual({ field: 'dueDate', language: 'zh-CN' });
  });

  it('blocks a refusal without reasons (PIPL 50), even from a template edited to leave them out', () => {
    const data = { reference: 'CL-2026-0042', requesterName: '张三', receivedDate: '2026-09-28', requestType: 'access' as const };
    const blank = mergeLetter(templateOf('refusal'), { ...data, reasons: '   ' }, pipl);
    expect(blank).toEqual({ ok: false, missing: [{ field: 'reasons', language: 'zh-CN' }] });
    const edited = structuredClone(templateOf('refusal'));
    edited.text['zh-CN'].blocks = edited.text['zh-CN'].blocks.filter((b) => b.type !== 'text' || !b.text.includes('{{reasons}}'));
    expect(mergeLetter(edited, data, pipl)).toEqual({ ok: false, missing: [{ field: 'reasons', language: 'zh-CN' }] });
    // a bilingual refusal needs the reasons in English too
    const onlyZh = mergeLetter(templateOf('refusal'), { ...data, reasons: { 'zh-CN': '理由' } }, { ...pipl, layout: 'bilingual' });
    expect(onlyZh.ok ? [] : onlyZh.missing).toEqual([{ field: 'reasons', language: 'en-US' }]);
  });

  it('cites the PIPL 47 ground of a deletion, and blocks the letter without it', () => {
    const zh = sampleLetter('deletion-done', 'zh-CN', { deletionGround: 'consent-withdrawn' });
    expect(zh.sections[0]?.paragraphs[1]?.text).toContain('鉴于您已撤回同意（个人信息保护法第四十七条第一款第（三）项）');
    const data = { reference: 'CL-1', requesterName: '张三', receivedDate: '2026-09-28', requestType: 'deletion' as const, responseDetails: 'x' };
    const result = mergeLetter(templateOf('deletion-done'), data, pipl);
    expect(result.ok ? [] : result.missing.map((m) => m.field)).toEqual(['deletionGround']);
  });

  it('gives the remedies of the regime: the regulator and 宁波市鄞州区人民法院 (policy 10.2), or the GDPR supervisory authority', () => {
    const zh = sampleLetter('refusal', 'zh-CN').sections[0]?.paragraphs.map((p) => p.text).join('');
    expect(zh).toContain('向履行个人信息保护职责的部门（网信部门等）投诉、举报');
    expect(zh).toContain('依法向宁波市鄞州区人民法院提起诉讼');
    expect(zh).toContain(written.reasons && typeof written.reasons !== 'string' ? written.reasons['zh-CN'] : '');
    const en = sampleLetter('refusal', 'en-US').sections[0]?.paragraphs.map((p) => p.text).join(' ');
    expect(en).toContain('lodge a complaint with a supervisory authority');
    expect(en).toContain('Article 77 GDPR');
  });

  it('picks the most specific clause variant, and leaves out a clause with none for the case', () => {
    expect(clauseVariant(DEFAULT_CLAUSES, 'recipients-informed', 'gdpr', 'deletion')).toBeDefined();
    expect(clauseVariant(DEFAULT_CLAUSES, 'recipients-informed', 'gdpr', 'access')).toBeUndefined();
    expect(clauseVariant(DEFAULT_CLAUSES, 'recipients-informed', 'pipl', 'deletion')).toBeUndefined();
    expect(clauseVariant(DEFAULT_CLAUSES, 'remedies', 'gdpr', 'access')?.regime).toBe('gdpr');
  });

  it('turns a multi-line value into one paragraph per line', () => {
    const paragraphs = sampleLetter('information-request', 'zh-CN').sections[0]?.paragraphs ?? [];
    expect(paragraphs.filter((p) => p.style === 'item').map((p) => p.text)).toEqual(['1. 居民身份证正反面复印件；', '2. 账户注册手机号码收到的验证码截图。']);
  });
});
