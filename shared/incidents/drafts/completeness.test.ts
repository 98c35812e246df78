import { describe, expect, it } from 'vitest';
import type { Incident } from '../../domain/incident';
import { DEFAULT_COMPANY_DETAILS } from '../../letters/company';
import { completeIncident, incident } from '../test-support/incident';
import { checkDraft } from './completeness';
import type { DraftContext } from './elements';
import { generateDraft } from './generate';
import type { DraftKind } from '../vocabulary';

const NOW = Date.parse('2026-11-30T03:00:00.000Z');
const inputs = { company: DEFAULT_COMPANY_DETAILS, nowMs: NOW };
const initial: DraftContext = { stage: 'initial', art33Late: false };
const check = (kind: DraftKind, record: Incident, context = initial) => checkDraft(kind, generateDraft(kind, record, inputs), context);
const missingOf = (kind: DraftKind, record: Incident, context = initial) => check(kind, record, context).missing.map((m) => m.element);

describe('a complete record gives complete drafts', () => {
  it.each(['email', 'sms', 'announcement', 'regulator-report', 'gdpr-art33', 'gdpr-art34'] as const)('%s', (kind) => {
    expect(check(kind, completeIncident()).missing).toEqual([]);
  });
  it('the supplementary regulator report too', () => {
    expect(check('regulator-report', completeIncident({ drafts: { 'regulator-report': { stage: 'supplementary' } } }), { stage: 'supplementary', art33Late: false }).complete).toBe(true);
  });
});

describe('an empty record: each draft names every element it lacks', () => {
  it('the email notice: PIPL 57 and policy 5.4.1, element by element', () => {
    const result = check('email', incident());
    expect(result.missing.map((m) => [m.element, m.problem])).toEqual([
      ['basic-situation', 'placeholder'],
      ['categories', 'placeholder'],
      ['cause', 'placeholder'],
      ['possible-harm', 'placeholder'],
      ['measures', 'placeholder'],
      ['advice', 'placeholder'],
      ['remedies', 'placeholder'],
      ['contact', 'placeholder'],
    ]);
    expect(result.missing.find((m) => m.element === 'contact')?.sources).toEqual(['pipl-57-3']);
    expect(result.missing.find((m) => m.element === 'remedies')?.sources).toEqual(['policy-5-4-1']);
    expect(result.missing.find((m) => m.element === 'possible-harm')?.sources).toEqual(['pipl-57-1', 'policy-5-4-1']);
  });

  it('the announcement: the same elements', () => {
    expect(missingOf('announcement', incident())).toEqual(['basic-situation', 'categories', 'cause', 'possible-harm', 'measures', 'advice', 'remedies', 'contact']);
  });

  it('the SMS: what was affected, what to do, whom to contact', () => {
    expect(missingOf('sms', incident())).toEqual(['categories', 'advice', 'contact']);
  });

  it('the initial regulator report: items (一)(二) and the contact; the rest may follow', () => {
    expect(missingOf('regulator-report', incident())).toEqual(['unit-systems', 'time-place', 'event-type', 'impact', 'measures-effect', 'contact']);
  });

  it('the supplementary regulator report: everything', () => {
    const sup = { stage: 'supplementary' as const, art33Late: false };
    const record = incident({ drafts: { 'regulator-report': { stage: 'supplementary' } } });
    expect(missingOf('regulator-report', record, sup)).toEqual([
      'unit-systems',
      'time-place',
      'event-type',
      'impact',
      'measures-effect',
      'trend',
      'cause-analysis',
      'further-measures',
      'support-requested',
      'contact',
    ]);
  });

  it('Art. 33: (a)–(d), and after 72 hours the reasons for the delay', () => {
    expect(missingOf('gdpr-art33', incident())).toEqual(['nature', 'data-subjects', 'data-records', 'contact-point', 'consequences', 'gdpr-measures']);
    const late = { stage: 'initial' as const, art33Late: true };
    const record = completeIncident();
    expect(checkDraft('gdpr-art33', generateDraft('gdpr-art33', record, { ...inputs, nowMs: Date.parse('2026-12-04T00:00:00.000Z') }), late).missing).toEqual([
      { element: 'delay-reasons', problem: 'placeholder', sources: ['gdpr-33-1'] },
    ]);
    const explained = completeIncident({ gdprDelayReasons: 'The EEA users were identified only on day 4.' });
    expect(checkDraft('gdpr-art33', generateDraft('gdpr-art33', explained, { ...inputs, nowMs: Date.parse('2026-12-04T00:00:00.000Z') }), late).complete).toBe(true);
  });

  it('Art. 34: the nature and Art. 33(3)(b)–(d), cited to Art. 34(2)', () => {
    const result = check('gdpr-art34', incident());
    expect(result.missing.map((m) => m.element)).toEqual(['nature', 'consequences', 'gdpr-measures', 'contact-point']);
    expect(result.missing[0]?.sources).toEqual(['gdpr-34-2']);
    expect(result.missing[1]?.sources).toEqual(['gdpr-34-2', 'gdpr-33-3-c']);
  });
});

describe('only what is missing is named', () => {
  it('a record without contact details blocks every draft on the contact alone', () => {
    const record = completeIncident({ contact: { name: '王敏', phone: '', email: '' } });
    expect(missingOf('email', record)).toEqual(['contact']);
    expect(missingOf('sms', record)).toEqual(['contact']);
    expect(missingOf('regulator-report', record)).toEqual(['contact']);
    expect(missingOf('gdpr-art33', record)).toEqual(['contact-point']);
  });
});

describe('the text is checked as edited', () => {
  const text = generateDraft('email', completeIncident(), inputs);

  it('a deleted section is named', () => {
    const edited = text.replace(/七、对您的补救措施\n[^\n]*\n/, '');
    expect(checkDraft('email', edited, initial).missing).toEqual([{ element: 'remedies', problem: 'no-section', sources: ['policy-5-4-1'] }]);
  });

  it('an emptied section is named', () => {
    const edited = text.replace(/(三、事件原因\n)[^\n]*\n/, '$1\n');
    expect(checkDraft('email', edited, initial).missing.map((m) => [m.element, m.problem])).toEqual([['cause', 'empty']]);
  });

  it('a contact section without a number or address is named', () => {
    const edited = text.replace(/如您有任何疑问，请联系我们。[^\n]*/, '请联系我们的法务部。');
    expect(checkDraft('email', edited, initial).missing.map((m) => [m.element, m.problem])).toEqual([['contact', 'no-contact']]);
  });

  it('renumbered or unnumbered headings still count, and words of one’s own in a section are fine', () => {
    const edited = text
      .replace('三、事件原因', '3. 事件原因：')
      .replace('四、可能造成的影响和危害', '可能造成的影响和危害')
      .replace('接口网关升级后访问控制策略未生效。', '经初步调查，原因是网关升级后旧策略未同步。');
    expect(checkDraft('email', edited, initial).complete).toBe(true);
  });

  it('an SMS edited to drop the number is named', () => {
    const sms = generateDraft('sms', completeIncident(), inputs).replace(/如有疑问请.*$/, '');
    expect(checkDraft('sms', sms, initial).missing.map((m) => [m.element, m.problem])).toEqual([['contact', 'no-contact']]);
  });
});
