import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_DETAILS } from '../company';
import { DEFAULT_CLAUSES } from './defaultClauses';
import { DEFAULT_TEMPLATE_SET, DEFAULT_TEMPLATES } from './defaultTemplates';
import { clauseVariant, mergeLetter } from './merge';
import { letterKindIds, letterTemplateSchema, letterTemplateSetSchema } from './schema';
import { periodOf, sampleCase, sampleLetter, templateOf, written } from '../test-support/sampleLetters';
import { formatLetterDate } from '../dates';
import { fieldsIn } from './mergeSyntax';

function sampleData(regime: 'pipl' | 'gdpr') {
  const c = { ...sampleCase, gdpr: regime === 'gdpr' };
  return { reference: 'CL-2026-0042', requesterName: 'Anna Schmidt', receivedDate: '2026-09-28', requestType: 'access' as const, responsePeriod: periodOf(c) };
}

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
    expect(result.missing).toContainEqual({ field: 'responsePeriod', language: 'zh-CN' });
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

  it('gives the PIPL remedies: the regulator with its reporting channel, any competent people’s court, and the policy 10.2 court as a further forum', () => {
    const zh = sampleLetter('refusal', 'zh-CN').sections[0]?.paragraphs.map((p) => p.text).join('');
    expect(zh).toContain('根据《中华人民共和国个人信息保护法》第五十条，现将理由说明如下');
    expect(zh).toContain('向国家网信部门和其他履行个人信息保护职责的部门投诉、举报（《中华人民共和国个人信息保护法》第六十五条），举报渠道为国家互联网信息办公室违法和不良信息举报中心（网站 www.12377.cn，电话 12377）');
    expect(zh).toContain('您可以依法向有管辖权的人民法院提起诉讼（《中华人民共和国个人信息保护法》第五十条第二款）');
    expect(zh).toContain('根据《昶联隐私政策》第10.2条，您也可以向宁波市鄞州区人民法院提起诉讼');
    expect(zh).not.toContain('网信部门等');
    expect(zh).toContain(written.reasons && typeof written.reasons !== 'string' ? written.reasons['zh-CN'] : '');
  });

  it('cites GDPR Art. 12(4) in a refusal to an EEA requester, with the supervisory authority and the courts, not PIPL 50', () => {
    const en = sampleLetter('refusal', 'en-US').sections[0]?.paragraphs.map((p) => p.text).join(' ');
    expect(en).toContain('have decided not to take action on it. Article 12(4) GDPR requires us to tell you our reasons');
    expect(en).not.toContain('PIPL');
    expect(en).toContain('lodge a complaint with a supervisory authority');
    expect(en).toContain('(Articles 12(4) and 77 GDPR)');
    expect(en).toContain('competent courts of the Member State where you habitually reside (Article 79(2) GDPR');
    const zh = sampleLetter('refusal', 'bilingual').sections[0]?.paragraphs.map((p) => p.text).join('');
    expect(zh).toContain('根据《通用数据保护条例》第十二条第四款，现将理由说明如下');
    expect(zh).not.toContain('第五十条');
  });

  it('states the routes of complaint in every letter that does not grant the request', () => {
    for (const kind of ['acknowledgement', 'information-request', 'extension-notice', 'refusal', 'storage-only'] as const) {
      for (const layout of ['zh-CN', 'en-US'] as const) {
        if (kind === 'extension-notice' && layout === 'zh-CN') continue; // a GDPR letter: the EEA layouts only
        const text = sampleLetter(kind, layout).sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ');
        expect(text, `${kind} ${layout}`).toMatch(layout === 'zh-CN' ? /投诉、举报.*人民法院提起诉讼/ : /supervisory authority.*judicial remedy/);
      }
    }
  });

  it('names the EU representative and the DPO where Settings has them, and gives an EEA requester no 400 number', () => {
    const noneSet = sampleLetter('refusal', 'en-US').sections[0]?.paragraphs.map((p) => p.text).join(' ') ?? '';
    expect(noneSet).not.toContain('400-7800-900');
    expect(noneSet).not.toContain('representative');
    expect(noneSet).toContain('please write to legal@solutioncl.com, quoting');
    const company = {
      ...DEFAULT_COMPANY_DETAILS,
      internationalPhone: '+86 574 8888 0000',
      euRepresentative: { 'zh-CN': 'EU Rep GmbH（德国柏林）', 'en-US': 'EU Rep GmbH, Berlin, Germany' },
      dpo: { 'zh-CN': 'dpo@solutioncl.com', 'en-US': 'dpo@solutioncl.com' },
    };
    const merged = mergeLetter(templateOf('refusal'), { ...sampleData('gdpr'), reasons: 'x' }, { layout: 'en-US', regime: 'gdpr', company, clauses: DEFAULT_CLAUSES });
    const text = merged.ok ? merged.sections[0]?.paragraphs.map((p) => p.text).join(' ') : '';
    expect(text).toContain('Our representative in the Union (Article 27 GDPR) is EU Rep GmbH, Berlin, Germany');
    expect(text).toContain('data protection officer at dpo@solutioncl.com');
    expect(text).toContain('write to legal@solutioncl.com or call +86 574 8888 0000');
    // a PIPL letter keeps the hotline
    expect(sampleLetter('refusal', 'zh-CN').sections[0]?.paragraphs.map((p) => p.text).join('')).toContain('拨打客服热线400-7800-900');
  });

  it('tells an EEA requester the Art. 15(1)(a)–(h) and 15(2) information with the access answer, from Settings', () => {
    const en = sampleLetter('access-answer', 'en-US').sections[0]?.paragraphs ?? [];
    const items = en.filter((p) => p.style === 'item').map((p) => p.text);
    expect(items.map((i) => i.slice(0, 4))).toEqual(['(a) ', '(b) ', '(c) ', '(d) ', '(e) ', '(f) ', '(g) ', '(h) ', 'Safe']);
    expect(items[8]).toContain('Article 15(2) GDPR');
    expect(items[0]).toContain(DEFAULT_COMPANY_DETAILS.accessInformation.purposes['en-US']);
    // a manager's text is what the letter prints
    const company = { ...DEFAULT_COMPANY_DETAILS, accessInformation: { ...DEFAULT_COMPANY_DETAILS.accessInformation, retention: { 'zh-CN': '保存两年。', 'en-US': 'Two years.' } } };
    const merged = mergeLetter(templateOf('access-answer'), { ...sampleData('gdpr'), outcome: 'granted', responseDetails: 'x' }, { layout: 'en-US', regime: 'gdpr', company, clauses: DEFAULT_CLAUSES });
    expect(merged.ok && merged.sections[0]?.paragraphs.map((p) => p.text)).toContain('(d) Storage period: Two years.');
    // a PIPL access answer has none of it
    expect(sampleLetter('access-answer', 'zh-CN').sections[0]?.paragraphs.some((p) => p.text.startsWith('（一）处理目的'))).toBe(false);
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
