import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { computeDeadline, shanghaiDay } from './computeDeadline';
import { DEFAULT_DEADLINE_RULES } from './deadlineRule';
import { calendar, caseInput, pause } from './test-support/deadlineInput';

// Instants near the edges of the Shanghai day and of other zones' days.
const INPUTS = [
  caseInput({ requestType: 'ip-notice', receivedAt: '2026-09-27T17:00:00.000Z' }),
  caseInput({ requestType: 'ip-notice', receivedAt: '2026-09-27T15:59:59.000Z' }),
  caseInput({ receivedAt: '2026-09-30T23:30:00.000Z', verifiedAt: '2026-10-09T10:30:00.000Z', pauses: [pause('2026-10-12', '2026-10-14')] }),
  caseInput({ gdpr: true, receivedAt: '2026-01-30T16:00:00.000Z' }),
  caseInput({ receivedAt: '2026-12-31T16:30:00.000Z', verifiedAt: '2026-12-31T16:30:00.000Z' }),
  caseInput({ requestType: 'complaint', receivedAt: '2026-03-01T00:00:00.000Z', verifiedAt: '2026-03-02T08:00:00.000Z', status: 'closed', closedAt: '2026-03-20T15:59:00.000Z' }),
];
const ZONES = ['Pacific/Honolulu', 'UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London', 'Asia/Kolkata'];

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

function answers(): string {
  return JSON.stringify(INPUTS.map((input) => computeDeadline(input, calendar, DEFAULT_DEADLINE_RULES, '2026-10-20')));
}

describe('the engine whatever the workstation time zone', () => {
  it('gives the same answers in every zone', () => {
    const reference = answers();
    const localDays = new Set<number>();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      localDays.add(new Date('2026-09-27T23:00:00.000Z').getDate()); // proves the zone really changed
      expect(answers(), zone).toBe(reference);
    }
    expect(localDays.size).toBeGreaterThan(1);
  });

  it('gives the Shanghai answers, not the local ones', () => {
    process.env.TZ = 'America/Los_Angeles';
    const r = computeDeadline(INPUTS[0]!, calendar, DEFAULT_DEADLINE_RULES, '2026-10-20');
    expect(r.explanation.rule?.startDate).toBe('2026-09-28'); // it is still the 27th in Los Angeles
    expect(r.dueDate).toBe('2026-10-23');
  });
});

describe('shanghaiDay', () => {
  it('is the UTC+8 day of any instant, in the stored form or another ISO form', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const expected = Math.floor((ms + 8 * 3_600_000) / 86_400_000);
        expect(shanghaiDay(new Date(ms).toISOString())).toBe(expected);
        expect(shanghaiDay(new Date(ms).toISOString().replace('Z', '+00:00'))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not an instant', () => {
    expect(() => shanghaiDay('2026-02-30T10:00:00.000Z')).toThrow(RangeError);
    expect(() => shanghaiDay('yesterday')).toThrow(RangeError);
  });
});
