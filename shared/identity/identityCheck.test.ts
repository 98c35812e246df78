import { describe, expect, it } from 'vitest';
import { currentDecision, identityCheckSchema, identityDecisionSchema } from './identityCheck';

const at = '2026-06-15T02:00:00.000Z';

const check = {
  id: 'chk-1',
  caseId: 'case-1',
  requesterKind: 'individual',
  requestType: 'copy',
  items: [
    { item: 'account-email', method: 'account-email-match', result: 'passed', checkedBy: '王律师', checkedAt: at },
    {
      item: 'identity-document',
      method: 'document-copy',
      evidenceDocumentId: 'doc-7',
      result: 'passed',
      checkedBy: '王律师',
      checkedAt: at,
      note: '姓名与身份证一致',
    },
  ],
  overrides: [{ kind: 'name-mismatch', reason: '2019 年改名，已见户口簿变更记录', by: '王律师', at }],
  decisions: [
    { outcome: 'insufficient', decidedBy: '王律师', decidedAt: at, reason: '缺验证码确认' },
    { outcome: 'verified', decidedBy: '王律师', decidedAt: '2026-06-16T02:00:00.000Z' },
  ],
  createdAt: at,
  updatedAt: at,
};

describe('identityCheckSchema', () => {
  it('parses a complete record', () => {
    const parsed = identityCheckSchema.parse(check);
    expect(currentDecision(parsed)?.outcome).toBe('verified');
  });

  it('refuses an unknown item, method, result or outcome', () => {
    const bad = (patch: Record<string, unknown>) =>
      identityCheckSchema.safeParse({ ...check, items: [{ ...check.items[0], ...patch }] }).success;
    expect(bad({ item: 'palm-reading' })).toBe(false);
    expect(bad({ method: 'guess' })).toBe(false);
    expect(bad({ result: 'maybe' })).toBe(false);
    expect(bad({ checkedBy: '  ' })).toBe(false);
    expect(bad({ checkedAt: '2026-06-15 10:00' })).toBe(false);
    expect(identityDecisionSchema.safeParse({ outcome: 'approved', decidedBy: 'a', decidedAt: at }).success).toBe(false);
  });

  it('an override states its reason', () => {
    expect(identityCheckSchema.safeParse({ ...check, overrides: [{ kind: 'name-mismatch', reason: ' ', by: 'a', at }] }).success).toBe(
      false,
    );
  });

  it('a failed or insufficient outcome states its reason; verified needs none', () => {
    expect(identityDecisionSchema.safeParse({ outcome: 'failed', decidedBy: 'a', decidedAt: at }).success).toBe(false);
    expect(identityDecisionSchema.safeParse({ outcome: 'insufficient', decidedBy: 'a', decidedAt: at, reason: ' ' }).success).toBe(
      false,
    );
    expect(identityDecisionSchema.safeParse({ outcome: 'failed', decidedBy: 'a', decidedAt: at, reason: '证件系伪造' }).success).toBe(
      true,
    );
    expect(identityDecisionSchema.safeParse({ outcome: 'verified', decidedBy: 'a', decidedAt: at }).success).toBe(true);
  });

  it('no decision yet: no current outcome', () => {
    expect(currentDecision({ decisions: [] })).toBeUndefined();
  });
});
