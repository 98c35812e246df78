import { describe, expect, it } from 'vitest';
import type { Incident } from '../domain/incident';
import { art33IsLate, deriveObligations, nextDeadline, type Obligation } from './obligations';
import { incident, shippedCalendar } from './test-support/incident';

const NOW = Date.parse('2026-11-30T03:00:00.000Z'); // an hour after discovery
const by = (list: Obligation[], id: Obligation['id']) => list.find((o) => o.id === id);
const derive = (i: Incident, now = NOW) => deriveObligations(i, shippedCalendar(), now);
const big = (overrides: Partial<Incident> = {}) => incident({ peopleAffected: { kind: 'exact', count: 1_200_000 }, ...overrides });

describe('obligations derived from the record', () => {
  it('较大 with EEA people: the 4-hour report, PIPL 57 notice, Art. 33 at 72 hours, Art. 34 awaiting the risk assessment, the summary awaiting the end of handling', () => {
    const list = derive(big({ regions: ['mainland', 'eea'] }));
    expect(list.map((o) => [o.id, o.basis, o.state])).toEqual([
      ['regulator-report', 'measures-4h', 'due'],
      ['individual-notice', 'pipl-57-individuals', 'due'],
      ['gdpr-art33', 'gdpr-art33', 'due'],
      ['gdpr-art34', 'gdpr-art34', 'pending'],
      ['summary-report', 'measures-summary', 'pending'],
    ]);
    expect(by(list, 'regulator-report')?.dueAt).toBe('2026-11-30T06:00:00.000Z');
    expect(by(list, 'gdpr-art33')?.dueAt).toBe('2026-12-03T02:00:00.000Z');
    expect(by(list, 'individual-notice')?.dueAt).toBeUndefined(); // "立即": no hour in the law
  });

  it('critical information infrastructure: 1 hour, to the protection department and the police', () => {
    const list = derive(big({ criticalInfrastructure: true, suspectedCrime: true }));
    expect(by(list, 'regulator-report')).toMatchObject({ basis: 'measures-1h-cii', dueAt: '2026-11-30T03:00:00.000Z', state: 'due' });
    expect(by(list, 'police-report')?.dueAt).toBe('2026-11-30T03:00:00.000Z');
    expect(by(derive(big({ criticalInfrastructure: true }), NOW + 1000), 'regulator-report')?.state).toBe('late');
  });

  it('below 较大: PIPL 57’s notice to the authority, immediately, and no summary report', () => {
    const list = derive(incident({ peopleAffected: { kind: 'exact', count: 999_999 }, suspectedCrime: true }));
    expect(list.map((o) => o.id)).toEqual(['regulator-report', 'police-report', 'individual-notice']);
    expect(by(list, 'regulator-report')).toMatchObject({ basis: 'pipl-57-authority', state: 'due' });
    expect(by(list, 'regulator-report')?.dueAt).toBeUndefined();
    expect(by(list, 'police-report')?.dueAt).toBeUndefined();
  });

  it('an hour clock goes late one moment after its deadline, across midnight', () => {
    const late = big({ discoveredAt: '2026-11-30T14:30:00.000Z' }); // 22:30 Shanghai
    const due = Date.parse('2026-11-30T18:30:00.000Z'); // 02:30 next day
    expect(by(derive(late, due), 'regulator-report')?.state).toBe('due');
    expect(by(derive(late, due + 1), 'regulator-report')?.state).toBe('late');
  });

  it('done on time, done late', () => {
    const done = (doneAt: string) => big({ obligationsDone: { 'regulator-report': { doneAt, note: '', at: doneAt, by: '王敏' } } });
    expect(by(derive(done('2026-11-30T05:59:00.000Z')), 'regulator-report')?.state).toBe('done');
    expect(by(derive(done('2026-11-30T06:01:00.000Z')), 'regulator-report')?.state).toBe('done-late');
  });

  it('PIPL 57 ¶2: a recorded justification waives the individual notice; an announcement is discharged by the 公告 draft', () => {
    const at = '2026-11-30T02:30:00.000Z';
    const skipped = derive(big({ individualNotice: { mode: 'skip', justification: '数据已加密且密钥未泄露', at, by: '王敏' } }));
    expect(by(skipped, 'individual-notice')).toMatchObject({ state: 'waived', waiver: { reason: 'pipl-57-measures-avoid-harm', justification: '数据已加密且密钥未泄露' } });
    const announced = derive(big({ individualNotice: { mode: 'announcement', justification: '无法逐一联系', at, by: '王敏' } }));
    expect(by(announced, 'individual-notice')).toMatchObject({ state: 'due', drafts: ['announcement'] });
  });

  it('Art. 34: required when the risk is high, waived when it is not or under an Art. 34(3) exception', () => {
    const at = '2026-11-30T02:30:00.000Z';
    const eea = (art34: Incident['art34']) => by(derive(big({ regions: ['eea'], art34 })), 'gdpr-art34');
    expect(eea({ risk: 'high', justification: '', at, by: '王敏' })).toMatchObject({ state: 'due', drafts: ['gdpr-art34'] });
    expect(eea({ risk: 'not-high', justification: '仅涉及企业联系人邮箱', at, by: '王敏' })?.state).toBe('waived');
    expect(eea({ risk: 'high', exception: 'a', justification: '数据经 AES-256 加密', at, by: '王敏' })).toMatchObject({ state: 'waived', waiver: { reason: 'art34-3-a' } });
    expect(eea({ risk: 'high', exception: 'c', justification: '无法逐一联系', at, by: '王敏' })).toMatchObject({ state: 'waived', drafts: ['announcement'] });
  });

  it('the summary report runs 30 calendar days from the end of handling, moved off the holiday', () => {
    const list = derive(big({ handlingEndedAt: '2026-09-01T02:00:00.000Z', discoveredAt: '2026-08-30T02:00:00.000Z' }), Date.parse('2026-09-02T00:00:00.000Z'));
    expect(by(list, 'summary-report')).toMatchObject({ state: 'due', dueAt: '2026-10-08T16:00:00.000Z', unpublishedYears: [] });
  });

  it('next deadline: the earliest open one with an hour', () => {
    const list = derive(big({ regions: ['eea'] }));
    expect(nextDeadline(list)?.id).toBe('regulator-report');
    const reported = big({ regions: ['eea'], obligationsDone: { 'regulator-report': { doneAt: '2026-11-30T02:40:00.000Z', note: '', at: '2026-11-30T02:40:00.000Z', by: '王敏' } } });
    expect(nextDeadline(derive(reported))?.id).toBe('gdpr-art33');
  });

  it('Art. 33 is late after 72 hours, and a notice made after them stays late', () => {
    const i = big({ regions: ['eea'] });
    expect(art33IsLate(i, Date.parse('2026-12-03T02:00:00.000Z'))).toBe(false);
    expect(art33IsLate(i, Date.parse('2026-12-03T02:00:01.000Z'))).toBe(true);
    const doneLate = { ...i, obligationsDone: { 'gdpr-art33': { doneAt: '2026-12-04T00:00:00.000Z', note: '', at: '2026-12-04T00:00:00.000Z', by: '王敏' } } };
    expect(art33IsLate(doneLate, Date.parse('2026-12-10T00:00:00.000Z'))).toBe(true);
  });
});
