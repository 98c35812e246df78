import type { RequestType } from '../../domain/requestTypes';
import { instantFromShanghai } from '../../domain/time';
import type { StoredDeadlineCase } from '../recomputeAll';

const TYPES: RequestType[] = ['access', 'copy', 'deletion', 'correction', 'complaint', 'ip-notice', 'other', 'account-cancellation'];

/** n generated cases spread over 2025–2026 (deterministic), as the dashboard holds them. */
export function benchCases(n: number): StoredDeadlineCase[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const cases: StoredDeadlineCase[] = [];
  for (let i = 0; i < n; i++) {
    const received = Math.floor(random() * 720);
    const verified = random() < 0.8 ? received + Math.floor(random() * 10) : undefined;
    const paused = random() < 0.15 ? received + 2 + Math.floor(random() * 10) : undefined;
    const closed = random() < 0.3;
    cases.push({
      id: `case-${i}`,
      requestType: TYPES[i % TYPES.length] ?? 'access',
      gdpr: random() < 0.05,
      receivedAt: instantFromShanghai(day(received), '10:00'),
      ...(verified !== undefined ? { verifiedAt: instantFromShanghai(day(verified), '15:00') } : {}),
      pauses:
        paused !== undefined
          ? [{ id: 'p', from: day(paused), ...(random() < 0.7 ? { to: day(paused + 1 + Math.floor(random() * 12)) } : {}), reason: 'x', by: 'o' }]
          : [],
      extensions: [],
      ...(random() < 0.1 ? { targetDate: day(received + 10) } : {}),
      status: closed ? 'closed' : 'open',
      ...(closed ? { closedAt: instantFromShanghai(day(received + 5 + Math.floor(random() * 30)), '16:00') } : {}),
      ...(random() < 0.9 ? { dueDate: day(received + 21) } : {}),
    });
  }
  return cases;
}
