import { describe, expect, it } from 'vitest';
import { blankIncidentFields, type Incident } from '../../../../shared/domain/incident';
import { toFormValues, toPatch } from './formValues';

const incident: Incident = {
  ...blankIncidentFields(),
  id: 'i1',
  reference: 'INC-2026-0001',
  title: '短信接口配置错误',
  discoveredAt: '2026-11-30T02:00:00.000Z',
  createdBy: '王敏',
  createdAt: '2026-11-30T02:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
};

describe('the record form’s values', () => {
  it('round-trips a record unchanged', () => {
    const patch = toPatch(toFormValues(incident), incident);
    for (const [key, value] of Object.entries(patch)) expect(value, key).toEqual(incident[key as keyof Incident]);
  });

  it('reads moments as Beijing wall time, whatever the workstation’s zone', () => {
    const values = { ...toFormValues(incident), occurredAt: '2026-11-30T00:30' };
    expect(toFormValues(incident).discoveredAt).toBe('2026-11-30T10:00');
    expect(toPatch(values, incident).occurredAt).toBe('2026-11-29T16:30:00.000Z');
  });

  it('an estimate with one bound given uses it for both; unknown clears the number', () => {
    const base = toFormValues(incident);
    expect(toPatch({ ...base, peopleKind: 'estimate', peopleLow: null, peopleHigh: 1_500_000 }, incident).peopleAffected).toEqual({ kind: 'estimate', low: 1_500_000, high: 1_500_000 });
    expect(toPatch({ ...base, peopleKind: 'exact', peopleExact: 1_200_000 }, incident).peopleAffected).toEqual({ kind: 'exact', count: 1_200_000 });
    expect(toPatch({ ...base, peopleKind: 'unknown', peopleExact: 1_200_000 }, incident).peopleAffected).toBeUndefined();
  });

  it('keeps the EEA count only while EEA is among the regions, and the sensitive answer three-way', () => {
    const base = toFormValues(incident);
    expect(toPatch({ ...base, regions: ['mainland'], eeaPeopleAffected: 300 }, incident).eeaPeopleAffected).toBeUndefined();
    expect(toPatch({ ...base, regions: ['eea'], eeaPeopleAffected: 300 }, incident).eeaPeopleAffected).toBe(300);
    expect(toPatch({ ...base, sensitive: 'unknown' }, incident).sensitiveInvolved).toBeUndefined();
    expect(toPatch({ ...base, sensitive: 'no' }, incident).sensitiveInvolved).toBe(false);
  });
});
