import { describe, expect, it } from 'vitest';
import { identityFacts, requesterIdItem } from './identityFacts';
import { validIdNumber } from './identityTestSupport';

const ADULT = validIdNumber('33010619900101123');
const CHILD = validIdNumber('33010620160501002');

describe('identityFacts', () => {
  it('attaches the requester’s number to their own ID item', () => {
    expect(requesterIdItem('individual')).toBe('identity-document');
    expect(requesterIdItem('agent')).toBe('agent-identity');
    expect(requesterIdItem('relative-of-deceased')).toBe('relative-identity');
    expect(requesterIdItem('guardian')).toBe('guardian-identity');
    const facts = identityFacts('individual', { idNumber: ADULT, names: {} }, '2026-09-28');
    expect(facts.residentIds?.['identity-document']).toMatchObject({ ok: true, age: 36 });
  });

  it('does not take a child’s number on a guardian’s case for the guardian’s own ID (policy 7.1)', () => {
    expect(identityFacts('guardian', { idNumber: CHILD, names: {} }, '2026-09-28').residentIds).toBeUndefined();
    expect(identityFacts('guardian', { idNumber: ADULT, names: {} }, '2026-09-28').residentIds?.['guardian-identity']).toMatchObject({ ok: true });
  });

  it('checks a credit code only for an enterprise, and compares the names it knows', () => {
    expect(identityFacts('individual', { creditCode: '91350100M000100Y43', names: {} }, '2026-09-28').creditCode).toBeUndefined();
    expect(identityFacts('enterprise', { creditCode: '91350100M000100Y43', names: {} }, '2026-09-28').creditCode).toMatchObject({ ok: true });
    expect(identityFacts('individual', { names: { request: '张三', idDocument: '章三' } }, '2026-09-28').names?.result).toBe('mismatch');
  });
});
