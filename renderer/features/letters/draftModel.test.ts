import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Requester } from '../../../shared/domain/requester';
import { DEFAULT_COMPANY_DETAILS, DEFAULT_TEMPLATE_SET, renderLetter } from '../../../shared/letters';
import { testFonts } from '../../../shared/letters/test-support/fonts';
import { SHIPPED_CALENDAR_DATA } from '../../../shared/calendar/shippedCalendarData';
import { WorkingDayCalendar } from '../../../shared/calendar/workingDayCalendar';
import { computeDeadline, DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_CALENDAR_DAYS_RULE } from '../../../shared/deadlines';
import { letterPeriodFrom } from '../../../shared/letters/templates/period';
import { initialWritten, letterContent, mergeDraft, officerFields, templateFor, type DraftContext } from './draftModel';

const at = '2026-11-20T02:00:00.000Z';
const requester: Requester = { id: 'r', kind: 'individual', name: '欧阳晓东', email: 'ouyang@qq.com', address: '浙江省宁波市海曙区中山西路 138 号', region: 'mainland', createdAt: at, updatedAt: at };
const openCase: Case = {
  id: 'c',
  reference: 'CL-2026-0188',
  channel: 'email',
  receivedAt: at,
  receivedAtSource: 'received-header',
  requesterId: 'r',
  requestType: 'deletion',
  typeConfirmed: true,
  gdpr: false,
  subject: '申请删除个人信息',
  summary: '',
  status: 'open',
  stage: 'in-progress',
  assignee: '王敏',
  verifiedAt: '2026-11-21T02:00:00.000Z',
  pauses: [],
  extensions: [],
  dueDate: '2026-12-11',
  messageIds: [],
  createdAt: at,
  updatedAt: at,
};
const ctx: DraftContext = {
  case: openCase,
  requester,
  officer: { name: '王敏', title: { 'zh-CN': '法务专员', 'en-US': 'Legal Officer' } },
  company: DEFAULT_COMPANY_DETAILS,
  letterDate: '2026-11-30',
  templates: DEFAULT_TEMPLATE_SET,
};

describe('the letter draft model', () => {
  it('asks for the reasons of a refusal (PIPL 50) and blocks the merge, naming the field, until they are written', () => {
    const template = templateFor('refusal');
    const fields = officerFields(template, 'zh-CN', ctx);
    expect(fields).toContain('reasons');
    expect(fields).not.toContain('dueDate'); // the case has its due date
    const blocked = mergeDraft(template, 'zh-CN', ctx, initialWritten(fields, 'zh-CN', ctx));
    expect(blocked.missing).toEqual([{ field: 'reasons', language: 'zh-CN' }]);
    // the preview marks the gap in the letter itself
    expect(blocked.sections[0]?.paragraphs.some((p) => p.text.includes('【'))).toBe(true);
    const merged = mergeDraft(template, 'zh-CN', ctx, { reasons: { 'zh-CN': '所涉通话记录属于法律要求保存的信息' } });
    expect(merged.missing).toEqual([]);
    expect(merged.sections[0]?.paragraphs.map((p) => p.text).join('')).toContain('所涉通话记录属于法律要求保存的信息');
  });

  it('needs the reasons in both languages of a bilingual letter', () => {
    const merged = mergeDraft(templateFor('refusal'), 'bilingual', ctx, { reasons: { 'zh-CN': '理由' } });
    expect(merged.missing).toEqual([{ field: 'reasons', language: 'en-US' }]);
    expect(merged.sections.map((s) => s.language)).toEqual(['zh-CN', 'en-US']);
  });

  it('starts from the reasons the case was closed with', () => {
    const refused = { ...ctx, case: { ...openCase, outcome: 'refused' as const, refusalReasons: '法律要求保存' } };
    const fields = officerFields(templateFor('refusal'), 'zh-CN', refused);
    expect(initialWritten(fields, 'zh-CN', refused)).toEqual({ reasons: { 'zh-CN': '法律要求保存' } });
  });

  it('asks for the deletion ground only when the case has none', () => {
    expect(officerFields(templateFor('deletion-done'), 'zh-CN', ctx)).toContain('deletionGround');
    const withGround = { ...ctx, case: { ...openCase, deletionGround: 'consent-withdrawn' as const } };
    expect(officerFields(templateFor('deletion-done'), 'zh-CN', withGround)).not.toContain('deletionGround');
  });

  it('makes the acknowledgement’s promise from the rule in force, with its date, and blocks it without one (issue 13)', () => {
    const template = templateFor('acknowledgement');
    // without the deadline rule in force the letter cannot promise a date
    expect(mergeDraft(template, 'zh-CN', ctx, {}).missing).toContainEqual({ field: 'responsePeriod', language: 'zh-CN' });
    const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);
    const strict = DEFAULT_DEADLINE_RULES.map((r) => (r.id === 'rights-request' ? RIGHTS_REQUEST_CALENDAR_DAYS_RULE : r));
    const period = letterPeriodFrom(computeDeadline(openCase, calendar, strict, '2026-11-21'));
    const merged = mergeDraft(template, 'zh-CN', { ...ctx, ...(period ? { period } : {}) }, {});
    expect(merged.missing).toEqual([]);
    // verified 2026-11-21; 15 days → 12-06, a Sunday → Monday 12-07 (民法典 203)
    expect(merged.sections[0]?.paragraphs.map((p) => p.text)).toContain('我们原则上将于收到您的请求并验证您的身份后15日内作出答复（《昶联隐私政策》第4.6条），即不晚于2026年12月7日。');
  });

  it('renders the merged letter; a name the font lacks is refused, naming the character', async () => {
    const merged = mergeDraft(templateFor('refusal'), 'zh-CN', ctx, { reasons: { 'zh-CN': '理由' } });
    const fonts = testFonts();
    await expect(renderLetter(letterContent(ctx, 'zh-CN', merged.sections), { fonts })).resolves.toMatchObject({ ok: true });
    const odd = { ...ctx, requester: { ...requester, name: '王\u{31350}' } }; // a CJK Extension G character
    const refused = await renderLetter(letterContent(odd, 'zh-CN', merged.sections), { fonts });
    expect(refused).toMatchObject({ ok: false, error: { code: 'missing-glyph', character: '\u{31350}', codePoint: 'U+31350' } });
  });
});
