import { describe, expect, it } from 'vitest';
import { translator, type Translate } from '../i18n/messages';
import { identity as enIdentity } from '../i18n/en-US/identity';
import { identity as zhIdentity } from '../i18n/zh-CN/identity';
import { parseCreditCode, type CreditCodeError } from './creditCode';
import { evaluateIdentityCheck, type IdentityBlocker } from './evaluate';
import type { FraudSignal } from './fraudSignals';
import { blockerText, creditCodeErrorText, fraudSignalText, nameComparisonText, residentIdErrorText } from './messages';
import { compareNames } from './names';
import type { ResidentIdError } from './residentId';
import { checklistItemIds, evidenceKindIds, identityOutcomeIds, overrideKindIds, verificationMethodIds } from './vocabulary';

const zh = translator('zh-CN');
const en = translator('en-US');

const residentIdErrors: ResidentIdError[] = [
  { code: 'length', length: 16 },
  { code: 'charset', position: 15, character: 'A' },
  { code: 'region', addressCode: '990105' },
  { code: 'birth-date-invalid', birthDate: '19000229', reason: 'calendar' },
  { code: 'birth-date-invalid', birthDate: '18800101', reason: 'too-early' },
  { code: 'birth-date-future', birthDate: '2026-06-16' },
  { code: 'check-character', expected: 'X', actual: '1' },
];
const creditCodeErrors: CreditCodeError[] = [
  { code: 'length', length: 17 },
  { code: 'charset', position: 16, character: 'I' },
  { code: 'check-character', expected: '3', actual: '4' },
];
const blockers: IdentityBlocker[] = [
  { code: 'item-missing', item: 'identity-document' },
  { code: 'item-failed', item: 'business-licence' },
  { code: 'method-not-allowed', item: 'identity-document', method: 'verification-code' },
  { code: 'evidence-missing', item: 'authorisation-letter' },
  { code: 'note-missing', item: 'relative-interest' },
  { code: 'resident-id-invalid', item: 'principal-identity' },
  { code: 'child-needs-guardian', item: 'identity-document' },
  { code: 'credit-code-invalid' },
  { code: 'credit-code-check-failed' },
  { code: 'name-mismatch', pairs: [{ first: 'request', second: 'account', match: false }] },
];
const signals: FraudSignal[] = [
  { code: 'id-number-on-other-requester', requesterIds: ['r2'] },
  { code: 'email-on-other-requester', requesterIds: ['r2', 'r3'] },
  { code: 'account-differs-from-sender' },
  { code: 'repeated-failed-checks', count: 3 },
];

/** A text that came out right: not the key itself (translate's fallback) and no placeholder left unfilled. */
function expectFilled(text: string) {
  expect(text).not.toMatch(/^identity\./);
  expect(text).not.toMatch(/\{\w+\}/);
  expect(text.trim()).not.toBe('');
}

describe.each([
  ['zh-CN', zh],
  ['en-US', en],
] as [string, Translate][])('identity texts in %s', (_locale, t) => {
  it('every resident ID error', () => residentIdErrors.forEach((e) => expectFilled(residentIdErrorText(e, t))));
  it('every credit code error', () => creditCodeErrors.forEach((e) => expectFilled(creditCodeErrorText(e, t))));
  it('every blocker', () => blockers.forEach((b) => expectFilled(blockerText(b, t))));
  it('every fraud signal', () => signals.forEach((s) => expectFilled(fraudSignalText(s, t))));
  it('every name comparison', () => {
    for (const c of [compareNames({ request: 'a', account: 'b' }), compareNames({ request: 'a', account: 'a' }), compareNames({})]) {
      nameComparisonText(c, t).forEach(expectFilled);
    }
  });
  it('every item, method, evidence kind, outcome and override label', () => {
    checklistItemIds.forEach((id) => expectFilled(t(`identity.item.${id}`)));
    verificationMethodIds.forEach((id) => expectFilled(t(`identity.method.${id}`)));
    evidenceKindIds.forEach((id) => expectFilled(t(`identity.evidence.${id}`)));
    identityOutcomeIds.forEach((id) => {
      expectFilled(t(`identity.outcome.${id}`));
      expectFilled(t(`identity.outcomeHint.${id}`));
    });
    overrideKindIds.forEach((id) => expectFilled(t(`identity.override.${id}`)));
  });
});

describe('identity texts', () => {
  it('say what is wrong with a check character, in both languages', () => {
    const error = { code: 'check-character', expected: 'X', actual: '1' } as const;
    expect(residentIdErrorText(error, zh)).toBe('校验码应为 X（现为 1）');
    expect(residentIdErrorText(error, en)).toBe('Check character should be X (it is 1)');
  });

  it('name the item in a blocker', () => {
    const evaluation = evaluateIdentityCheck({ requesterKind: 'guardian', requestType: 'minor', items: [], overrides: [] });
    expect(evaluation.blockers.map((b) => blockerText(b, zh))).toEqual(['缺少：监护人身份证件', '缺少：监护关系证明']);
    expect(blockerText({ code: 'credit-code-check-failed' }, en)).toMatch(/check character/);
  });

  it('name the bad character of a credit code', () => {
    const result = parseCreditCode('91350100M000100I43');
    expect(result.ok ? [] : result.errors.map((e) => creditCodeErrorText(e, zh))).toEqual([
      '第 16 位的“I”不在代码字符集中（不使用 I、O、S、V、Z）',
    ]);
  });

  it('every text leaf uses only placeholders the zh-CN text also uses', () => {
    const leaves = (node: unknown, path = ''): [string, string][] =>
      typeof node === 'string'
        ? [[path, node]]
        : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
    const zhLeaves = new Map(leaves(zhIdentity));
    for (const [path, text] of leaves(enIdentity)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(text), path).toEqual(placeholders(zhLeaves.get(path)!));
    }
  });
});
