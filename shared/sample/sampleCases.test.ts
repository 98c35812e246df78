import { describe, expect, it } from 'vitest';
import { caseSchema, caseStatusIds } from '../domain/case';
import { requesterSchema } from '../domain/requester';
import { requestTypeIds } from '../domain/requestTypes';
import { shanghaiDate } from '../domain/time';
import { generateSampleData } from './sampleCases';

const data = generateSampleData({ until: '2026-11-29' });

describe('sample data for a first run', () => {
  it('has about 200 cases, every request type and every status', () => {
    expect(data.cases).toHaveLength(201); // 200 drawn + the worked example of SPEC §3
    expect(new Set(data.cases.map((c) => c.requestType))).toEqual(new Set(requestTypeIds));
    expect(new Set(data.cases.map((c) => c.status))).toEqual(new Set(caseStatusIds));
  });

  it('has Chinese and EEA requesters, and the EEA cases are flagged GDPR', () => {
    const eea = data.requesters.filter((r) => r.region === 'eea');
    expect(eea.length).toBeGreaterThan(2);
    expect(data.requesters.filter((r) => r.region === 'mainland').length).toBeGreaterThan(100);
    for (const c of data.cases) if (data.requesters[c.requesterIndex]!.region === 'eea') expect(c.gdpr).toBe(true);
  });

  it('spreads receipt dates over 2025–2026, never after today', () => {
    const dates = data.cases.map((c) => shanghaiDate(c.receivedAt)).sort();
    expect(dates[0]! >= '2025-01-01').toBe(true);
    expect(dates.at(-1)! <= '2026-11-29').toBe(true);
    expect(dates.some((d) => d.startsWith('2025'))).toBe(true);
    expect(dates.some((d) => d.startsWith('2026'))).toBe(true);
  });

  it('gives every record a shape the store accepts, closed ones with outcome and date, refusals with reasons', () => {
    const now = '2026-11-29T00:00:00.000Z';
    for (const r of data.requesters) requesterSchema.parse({ ...r, id: 'r', createdAt: now, updatedAt: now });
    for (const { requesterIndex: _i, ...c } of data.cases) {
      caseSchema.parse({ ...c, id: 'c', reference: 'CL-2026-0001', requesterId: 'r', createdAt: now, updatedAt: now });
      if (c.status === 'closed') {
        expect(c.outcome).toBeDefined();
        expect(c.closedAt! >= c.receivedAt).toBe(true);
      }
      if (c.outcome === 'refused') expect(c.refusalReasons).toBeTruthy();
      if (c.status === 'paused') expect(c.pauses.at(-1)?.to).toBeUndefined();
    }
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateSampleData({ until: '2026-11-29' })).toEqual(data);
    expect(generateSampleData({ until: '2026-11-29', seed: 7 }).cases[0]).not.toEqual(data.cases[0]);
  });
});

describe('sample requesters', () => {
  it('carry valid resident ID numbers where they gave one', async () => {
    const { parseResidentId } = await import('../identity/residentId');
    const withId = data.requesters.filter((r) => r.idNumber);
    expect(withId.length).toBeGreaterThan(30);
    for (const r of withId) expect(parseResidentId(r.idNumber!, '2026-11-29').ok, r.idNumber).toBe(true);
  });

  it('come in order of receipt, so references follow the calendar', () => {
    const received = data.cases.map((c) => c.receivedAt);
    expect(received).toEqual(received.slice().sort());
  });
});

describe('the worked example', () => {
  it('is SPEC §3\'s: received and verified on 2026-09-28 in Shanghai', async () => {
    const { WORKED_EXAMPLE_SUBJECT } = await import('./sampleCases');
    const example = data.cases.filter((c) => c.subject === WORKED_EXAMPLE_SUBJECT);
    expect(example).toHaveLength(1);
    expect(shanghaiDate(example[0]!.receivedAt)).toBe('2026-09-28');
    expect(shanghaiDate(example[0]!.verifiedAt!)).toBe('2026-09-28');
  });
  it('is left out when the sample ends before its due date', () => {
    expect(generateSampleData({ until: '2026-10-01' }).cases).toHaveLength(200);
  });
});
