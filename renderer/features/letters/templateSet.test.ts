import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../db/test-support/freshDatabase';
import type { Case } from '../../../shared/domain/case';
import type { Requester } from '../../../shared/domain/requester';
import { DEFAULT_COMPANY_DETAILS, DEFAULT_TEMPLATE_SET, type LetterTemplate } from '../../../shared/letters';
import { CaseDeskDatabase } from '../../db/database';
import { readSetting } from '../../db/settings';
import { mergeDraft, templateFor, type DraftContext } from './draftModel';
import { readTemplateSet, restoreShippedTemplates, saveTemplate } from './templateSet';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const at = '2026-11-20T02:00:00.000Z';
const requester: Requester = { id: 'r', kind: 'individual', name: '欧阳晓东', email: 'ouyang@qq.com', region: 'mainland', createdAt: at, updatedAt: at };
const record: Case = {
  id: 'c',
  reference: 'CL-2026-0188',
  channel: 'email',
  receivedAt: at,
  receivedAtSource: 'received-header',
  requesterId: 'r',
  requestType: 'access',
  typeConfirmed: true,
  gdpr: false,
  subject: '申请查阅个人信息',
  summary: '',
  status: 'open',
  stage: 'in-progress',
  assignee: '王敏',
  pauses: [],
  extensions: [],
  dueDate: '2026-12-11',
  messageIds: [],
  createdAt: at,
  updatedAt: at,
};

function withSubject(template: LetterTemplate, subject: string): LetterTemplate {
  return { ...template, text: { ...template.text, 'zh-CN': { ...template.text['zh-CN'], subject } } };
}

describe('letter templates as data (issue 6)', () => {
  it('saves an edited template as a new version of it and of the set, audited', async () => {
    const shipped = templateFor('acknowledgement');
    const saved = await saveTemplate(db, withSubject(shipped, '收件确认函（{{reference}}）'), '王敏');
    expect(saved.ok).toBe(true);
    const set = await readTemplateSet(db);
    expect(set.version).toBe(DEFAULT_TEMPLATE_SET.version + 1);
    expect(templateFor('acknowledgement', set)).toMatchObject({ version: shipped.version + 1, text: { 'zh-CN': { subject: '收件确认函（{{reference}}）' } } });
    expect(templateFor('refusal', set).version).toBe(templateFor('refusal').version); // the others unchanged
    expect(await db.auditLog.where('subject').equals('settings:letterTemplates').count()).toBe(1);

    await saveTemplate(db, withSubject(templateFor('acknowledgement', set), '再次修改'), '王敏');
    const again = await readTemplateSet(db);
    expect(again.version).toBe(DEFAULT_TEMPLATE_SET.version + 2);
    expect(templateFor('acknowledgement', again).version).toBe(shipped.version + 2);
  });

  it('refuses a template naming an unknown merge field, storing nothing', async () => {
    const result = await saveTemplate(db, withSubject(templateFor('refusal'), '关于{{unknownField}}的答复'), '王敏');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('unknown merge field {{unknownField}}') as unknown });
    expect(await readSetting(db, 'letterTemplates')).toBeUndefined();
    expect(await readTemplateSet(db)).toBe(DEFAULT_TEMPLATE_SET);
  });

  it('drafts a new letter from the stored set; restoring the shipped templates is again a new version', async () => {
    await saveTemplate(db, withSubject(templateFor('acknowledgement'), '已收到您的请求：{{reference}}'), '王敏');
    const set = await readTemplateSet(db);
    const ctx: DraftContext = { case: record, requester, officer: { name: '王敏', title: { 'zh-CN': '法务专员', 'en-US': 'Legal Officer' } }, company: DEFAULT_COMPANY_DETAILS, letterDate: '2026-11-30', templates: set };
    const merged = mergeDraft(templateFor('acknowledgement', set), 'zh-CN', ctx, {});
    expect(merged.sections[0]?.subject).toBe('已收到您的请求：CL-2026-0188');

    const restored = await restoreShippedTemplates(db, '王敏');
    expect(restored.version).toBe(set.version + 1);
    expect(templateFor('acknowledgement', restored).text).toEqual(templateFor('acknowledgement').text);
    expect(templateFor('acknowledgement', restored).version).toBe(templateFor('acknowledgement', set).version + 1);
  });
});
