import { describe, expect, it } from 'vitest';
import type { AuditEvent } from './audit';
import type { Case } from './case';
import { caseTimeline } from './caseTimeline';

const record = {
  receivedAt: '2026-09-28T01:00:00.000Z',
  verifiedAt: '2026-09-29T02:00:00.000Z',
  pauses: [{ id: 'p', from: '2026-09-30', to: '2026-10-09', reason: '等待补充材料', by: '王敏' }],
  closedAt: '2026-10-20T08:00:00.000Z',
} as Case;
const opened = { seq: 1, at: '2026-09-28T01:05:00.000Z', action: 'case.created', actor: '王敏' } as AuditEvent;

describe('case timeline', () => {
  it('lists the milestones and the audit events, newest first', () => {
    const kinds = caseTimeline(record, [opened]).map((e) => (e.kind === 'milestone' ? e.milestone : e.event.action));
    expect(kinds).toEqual(['closed', 'resumed', 'paused', 'verified', 'case.created', 'received']);
  });

  it('dates a pause at the start of its Shanghai day', () => {
    const paused = caseTimeline(record, []).find((e) => e.kind === 'milestone' && e.milestone === 'paused');
    expect(paused?.at).toBe('2026-09-29T16:00:00.000Z');
  });

  it('shows an open case without verification as just received', () => {
    expect(caseTimeline({ ...record, verifiedAt: undefined, pauses: [], closedAt: undefined }, [])).toEqual([
      { kind: 'milestone', at: '2026-09-28T01:00:00.000Z', milestone: 'received' },
    ]);
  });
});
