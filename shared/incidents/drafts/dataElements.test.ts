import { describe, expect, it } from 'vitest';
import { incidentSchema, type Incident } from '../../domain/incident';
import { translate } from '../../i18n/messages';
import { DEFAULT_COMPANY_DETAILS } from '../../letters/company';
import { completeIncident } from '../test-support/incident';
import { personalInfoCategoryIds, storedCategoryElements, type DraftKind, type PersonalInfoCategory } from '../vocabulary';
import { generateDraft } from './generate';

/**
 * Issue 14: a notice names exactly the data elements that were chosen. An
 * email-only leak must not tell two million people that their passwords may
 * be affected.
 */
const inputs = { company: DEFAULT_COMPANY_DETAILS, nowMs: Date.parse('2026-11-30T03:00:00.000Z') };
const zhDrafts: DraftKind[] = ['email', 'sms', 'announcement', 'regulator-report'];
const enDrafts: DraftKind[] = ['gdpr-art33', 'gdpr-art34'];
/** the free-text fields (and the contact line's 电子邮箱：) must not name an element themselves, or the test would prove nothing */
const only = (categories: PersonalInfoCategory[]): Incident =>
  completeIncident({
    categories,
    sensitiveWhich: '',
    adviceToIndividuals: '请警惕可疑来电、短信和邮件。',
    possibleHarm: '可能收到诈骗信息。',
    contact: { name: '王敏', phone: '400-7800-900', email: '' },
  });
const zhName = (c: PersonalInfoCategory) => translate('zh-CN', `incidents.category.${c}`);
const enName = (c: PersonalInfoCategory) => translate('en-US', `incidents.category.${c}`);

describe('each data element alone: the drafts name it and no other element', () => {
  it.each(personalInfoCategoryIds)('%s', (element) => {
    const record = only([element]);
    for (const kind of zhDrafts) {
      const text = generateDraft(kind, record, inputs);
      expect(text, kind).toContain(zhName(element));
      // an element whose name is part of the chosen one's is not looked for
      for (const other of personalInfoCategoryIds.filter((o) => o !== element && !zhName(element).includes(zhName(o)))) expect(text, `${kind} names ${other}`).not.toContain(zhName(other));
    }
    for (const kind of enDrafts) {
      const text = generateDraft(kind, record, inputs);
      // Art. 34(2) does not ask the communication to list the categories; Art. 33(3)(a) does
      if (kind === 'gdpr-art33') expect(text, kind).toContain(enName(element));
      for (const other of personalInfoCategoryIds.filter((o) => o !== element && !enName(element).includes(enName(o)))) expect(text, `${kind} names ${other}`).not.toContain(enName(other));
    }
  });
});

describe('the leaked-email-only incident of issue 14', () => {
  const record = only(['email']);
  it('the SMS says email addresses and not passwords', () => {
    const sms = generateDraft('sms', record, inputs);
    expect(sms).toContain('可能涉及您的电子邮箱。');
    expect(sms).not.toMatch(/密码|账户名|姓名/);
  });
  it('the GDPR Art. 33 draft lists email addresses as the only category of personal data', () => {
    const art33 = generateDraft('gdpr-art33', record, inputs);
    expect(art33).toContain('Categories of personal data: email addresses');
    expect(art33).not.toMatch(/password/i);
  });
  it('two elements are both listed, in the order of the form', () => {
    expect(generateDraft('sms', only(['password', 'email']), inputs)).toContain('可能涉及您的电子邮箱、密码。');
    expect(generateDraft('gdpr-art33', only(['password', 'email']), inputs)).toContain('Categories of personal data: email addresses; passwords');
  });
});

describe('incidents stored before the data elements', () => {
  const legacy = (categories: string[]) => ({ ...completeIncident(), categories }) as unknown;
  it('the old grouped ids read as the elements they named', () => {
    expect(storedCategoryElements(['account-contact'])).toEqual(['name', 'email', 'account-name', 'password']);
    expect(storedCategoryElements(['phone-numbers', 'logs'])).toEqual(['phone', 'login-ip', 'operation-logs', 'browsing-records']);
    expect(storedCategoryElements(['communication-records', 'location', 'bank-accounts', 'id-numbers'])).toEqual(['id-number', 'bank-card', 'top-up', 'call-records', 'support-records', 'precise-location', 'itinerary']);
    expect(storedCategoryElements(['biometrics', 'address-book', 'device-identifiers', 'business-licence'])).toEqual(['address-book', 'device-identifiers', 'business-licence', 'biometrics']);
  });
  it('every element id reads as itself, never as an old group that had the same id', () => {
    for (const id of personalInfoCategoryIds) expect(storedCategoryElements([id])).toEqual([id]);
  });
  it('an old record is accepted by the schema and saved with elements', () => {
    expect(incidentSchema.parse(legacy(['phone-numbers', 'account-contact'])).categories).toEqual(['name', 'phone', 'email', 'account-name', 'password']);
  });
  it('an id that never existed is still refused', () => {
    expect(incidentSchema.safeParse(legacy(['passport-scans'])).success).toBe(false);
  });
  it('an old record read straight from the store (never parsed) still drafts its elements', () => {
    const stored = legacy(['phone-numbers']) as Incident;
    expect(generateDraft('sms', stored, inputs)).toContain('可能涉及您的手机号码。');
    expect(generateDraft('gdpr-art33', stored, inputs)).toContain('Categories of personal data: mobile phone numbers');
  });
});
