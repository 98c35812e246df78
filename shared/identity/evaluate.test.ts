import { describe, expect, it } from 'vitest';
import { parseCreditCode } from './creditCode';
import { evaluateIdentityCheck, isOutcomeAllowed, type IdentityCheckInput } from './evaluate';
import type { IdentityCheckItem } from './identityCheck';
import { compareNames } from './names';
import { parseResidentId } from './residentId';
import { withResidentIdCheck } from './test-support/reference';

const TODAY = '2026-06-15';

function record(item: IdentityCheckItem['item'], patch: Partial<IdentityCheckItem> = {}): IdentityCheckItem {
  return {
    item,
    method: 'document-copy',
    evidenceDocumentId: `doc-${item}`,
    result: 'passed',
    checkedBy: '王律师',
    checkedAt: '2026-06-15T02:00:00.000Z',
    ...patch,
  };
}

const individualCopy = (items: IdentityCheckItem[]): IdentityCheckInput => ({
  requesterKind: 'individual',
  requestType: 'copy',
  items,
  overrides: [],
});

const allIndividualCopyItems = [
  record('account-email', { method: 'account-email-match', evidenceDocumentId: undefined }),
  record('verification-code', { method: 'verification-code', evidenceDocumentId: undefined }),
  record('identity-document'),
];

describe('evaluateIdentityCheck: completeness', () => {
  it('cannot be verified while a required item is missing', () => {
    const evaluation = evaluateIdentityCheck(individualCopy(allIndividualCopyItems.slice(0, 2)));
    expect(evaluation.missing).toEqual(['identity-document']);
    expect(evaluation.blockers).toEqual([{ code: 'item-missing', item: 'identity-document' }]);
    expect(evaluation.allowedOutcomes).toEqual(['insufficient', 'failed']);
    expect(evaluation.suggestedOutcome).toBe('insufficient');
    expect(isOutcomeAllowed(evaluation, 'verified')).toBe(false);
    expect(isOutcomeAllowed(evaluation, 'insufficient')).toBe(true);
  });

  it('verified is allowed once every required item has passed', () => {
    const evaluation = evaluateIdentityCheck(individualCopy(allIndividualCopyItems));
    expect(evaluation.missing).toEqual([]);
    expect(evaluation.blockers).toEqual([]);
    expect(evaluation.allowedOutcomes).toEqual(['verified', 'insufficient', 'failed']);
    expect(evaluation.suggestedOutcome).toBe('verified');
    expect(evaluation.checklist.map((e) => e.status)).toEqual(['passed', 'passed', 'passed']);
  });

  it('access needs no ID document: verified without one', () => {
    const evaluation = evaluateIdentityCheck({ ...individualCopy(allIndividualCopyItems.slice(0, 2)), requestType: 'access' });
    expect(evaluation.allowedOutcomes).toContain('verified');
    expect(evaluation.checklist.find((e) => e.item === 'identity-document')).toMatchObject({ required: false, status: 'missing' });
  });

  it('a failed item blocks and suggests failed', () => {
    const items = [...allIndividualCopyItems.slice(0, 2), record('identity-document', { result: 'failed', note: '照片不符' })];
    const evaluation = evaluateIdentityCheck(individualCopy(items));
    expect(evaluation.blockers).toEqual([{ code: 'item-failed', item: 'identity-document' }]);
    expect(evaluation.suggestedOutcome).toBe('failed');
    expect(isOutcomeAllowed(evaluation, 'verified')).toBe(false);
  });

  it('a failed optional item blocks as well: something checked did not hold', () => {
    const items = [...allIndividualCopyItems.slice(0, 2), record('identity-document', { result: 'failed' })];
    const evaluation = evaluateIdentityCheck({ ...individualCopy(items), requestType: 'access' });
    expect(evaluation.blockers).toEqual([{ code: 'item-failed', item: 'identity-document' }]);
  });

  it('the newest record of an item counts (a re-check replaces a failure)', () => {
    const items = [
      ...allIndividualCopyItems.slice(0, 2),
      record('identity-document', { result: 'passed', checkedAt: '2026-06-16T02:00:00.000Z' }),
      record('identity-document', { result: 'failed', checkedAt: '2026-06-15T02:00:00Z' }), // older, listed later
    ];
    const evaluation = evaluateIdentityCheck(individualCopy(items));
    expect(evaluation.blockers).toEqual([]);
    expect(evaluation.checklist[2]?.record?.checkedAt).toBe('2026-06-16T02:00:00.000Z');
  });

  it('a method that does not fit the item does not satisfy it', () => {
    const items = [...allIndividualCopyItems.slice(0, 2), record('identity-document', { method: 'verification-code' })];
    const evaluation = evaluateIdentityCheck(individualCopy(items));
    expect(evaluation.blockers).toEqual([{ code: 'method-not-allowed', item: 'identity-document', method: 'verification-code' }]);
    expect(evaluation.missing).toEqual(['identity-document']);
    expect(evaluation.checklist[2]?.status).toBe('incomplete');
  });

  it('a copy must name its evidence document; an original seen in person need not', () => {
    const noDoc = [...allIndividualCopyItems.slice(0, 2), record('identity-document', { evidenceDocumentId: undefined })];
    expect(evaluateIdentityCheck(individualCopy(noDoc)).blockers).toEqual([{ code: 'evidence-missing', item: 'identity-document' }]);
    const inPerson = [
      ...allIndividualCopyItems.slice(0, 2),
      record('identity-document', { method: 'original-in-person', evidenceDocumentId: undefined }),
    ];
    expect(evaluateIdentityCheck(individualCopy(inPerson)).blockers).toEqual([]);
  });

  it('PIPL 49 statements need a note saying what was stated', () => {
    const base = [
      record('relative-identity'),
      record('death-certificate'),
      record('proof-of-relationship'),
      record('relative-interest', { method: 'recorded-statement', evidenceDocumentId: undefined, note: '需办理遗产继承' }),
    ];
    const input: IdentityCheckInput = { requesterKind: 'relative-of-deceased', requestType: 'deceased-relative', items: base, overrides: [] };
    const withoutNote = [...base, record('deceased-arrangements', { method: 'recorded-statement', evidenceDocumentId: undefined })];
    expect(evaluateIdentityCheck({ ...input, items: withoutNote }).blockers).toEqual([
      { code: 'note-missing', item: 'deceased-arrangements' },
    ]);
    const withNote = [
      ...base,
      record('deceased-arrangements', { method: 'recorded-statement', evidenceDocumentId: undefined, note: '申请人称死者无遗嘱或其他安排' }),
    ];
    expect(evaluateIdentityCheck({ ...input, items: withNote }).allowedOutcomes).toContain('verified');
  });

  it('EEA: proportionate check suffices unless a reasonable doubt is recorded', () => {
    const items = [record('proportionate-check', { method: 'verification-code', evidenceDocumentId: undefined })];
    const input: IdentityCheckInput = { requesterKind: 'eea-individual', requestType: 'access', items, overrides: [] };
    expect(evaluateIdentityCheck(input).allowedOutcomes).toContain('verified');
    const doubt = { reason: 'account email recently changed', raisedBy: '王律师', raisedAt: '2026-06-15T02:00:00.000Z' };
    expect(evaluateIdentityCheck({ ...input, reasonableDoubt: doubt }).missing).toEqual(['identity-document']);
  });

  it('records of items not on the checklist are ignored', () => {
    const items = [...allIndividualCopyItems, record('death-certificate', { result: 'failed' })];
    expect(evaluateIdentityCheck(individualCopy(items)).blockers).toEqual([]);
  });
});

describe('evaluateIdentityCheck: what the validators found', () => {
  const complete = individualCopy(allIndividualCopyItems);

  it('an ID number that does not validate blocks verification', () => {
    const residentIds = { 'identity-document': parseResidentId('110105194912310021', TODAY) };
    expect(evaluateIdentityCheck(complete, { residentIds }).blockers).toEqual([
      { code: 'resident-id-invalid', item: 'identity-document' },
    ]);
  });

  it('a requester under 14 needs the guardian: the case becomes a minor’s case (policy 7.1)', () => {
    const child = parseResidentId(withResidentIdCheck('11010520120616002'), TODAY); // 14 tomorrow
    const evaluation = evaluateIdentityCheck(complete, { residentIds: { 'identity-document': child } });
    expect(evaluation.childDetected).toBe(true);
    expect(evaluation.blockers).toEqual([{ code: 'child-needs-guardian', item: 'identity-document' }]);

    const fourteen = parseResidentId(withResidentIdCheck('11010520120615002'), TODAY); // 14 today
    expect(evaluateIdentityCheck(complete, { residentIds: { 'identity-document': fourteen } }).childDetected).toBe(false);
  });

  it('an agent acting for a child is flagged too; a guardian’s own ID is not the child’s', () => {
    const child = parseResidentId(withResidentIdCheck('11010520150101002'), TODAY);
    const agent: IdentityCheckInput = {
      requesterKind: 'agent',
      requestType: 'access',
      items: [record('authorisation-letter'), record('agent-identity'), record('principal-identity')],
      overrides: [],
    };
    expect(evaluateIdentityCheck(agent, { residentIds: { 'principal-identity': child } }).childDetected).toBe(true);
    expect(evaluateIdentityCheck(agent, { residentIds: { 'agent-identity': child } }).childDetected).toBe(false);
  });

  it('a credit code failing only its check blocks until an officer accepts it with a reason', () => {
    const enterprise: IdentityCheckInput = {
      requesterKind: 'enterprise',
      requestType: 'access',
      items: [
        record('business-licence'),
        record('credit-code', { method: 'public-registry', evidenceDocumentId: undefined }),
        record('company-seal'),
        record('agent-identity'),
        record('authorisation-letter'),
      ],
      overrides: [],
    };
    const creditCode = parseCreditCode('91350100M000100Y44');
    expect(evaluateIdentityCheck(enterprise, { creditCode }).blockers).toEqual([{ code: 'credit-code-check-failed' }]);
    const accepted = {
      ...enterprise,
      overrides: [
        { kind: 'credit-code-check-character' as const, reason: '公示系统可查到该代码', by: '王律师', at: '2026-06-15T03:00:00.000Z' },
      ],
    };
    expect(evaluateIdentityCheck(accepted, { creditCode }).allowedOutcomes).toContain('verified');
    // any other defect cannot be overridden
    expect(evaluateIdentityCheck(accepted, { creditCode: parseCreditCode('91350100M0001') }).blockers).toEqual([
      { code: 'credit-code-invalid' },
    ]);
  });

  it('differing names block until an officer accepts the difference with a reason', () => {
    const names = compareNames({ request: '张三', idDocument: '张叁' });
    expect(evaluateIdentityCheck(complete, { names }).blockers).toEqual([
      { code: 'name-mismatch', pairs: [{ first: 'request', second: 'idDocument', match: false }] },
    ]);
    const accepted = {
      ...complete,
      overrides: [{ kind: 'name-mismatch' as const, reason: '曾用名，户口簿有记载', by: '王律师', at: '2026-06-15T03:00:00.000Z' }],
    };
    expect(evaluateIdentityCheck(accepted, { names }).blockers).toEqual([]);
    expect(evaluateIdentityCheck(complete, { names: compareNames({ request: '张 三', idDocument: '张三' }) }).blockers).toEqual([]);
  });
});
