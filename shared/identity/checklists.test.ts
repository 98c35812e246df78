import { describe, expect, it } from 'vitest';
import { requestTypeIds, type RequestType } from '../domain/requestTypes';
import { requesterKindIds } from '../domain/requester';
import { checklistFor, checklistItems, identityChecklists } from './checklists';
import { checklistItemIds, documentMethods } from './vocabulary';

const plain = { reasonableDoubt: false };
const requiredItems = (kind: (typeof requesterKindIds)[number], requestType: RequestType, reasonableDoubt = false) =>
  checklistFor(kind, { requestType, reasonableDoubt })
    .filter((e) => e.required)
    .map((e) => e.item);

describe('identity checklists (SPEC §2)', () => {
  it('individual: account email and verification code always', () => {
    expect(requiredItems('individual', 'access')).toEqual(['account-email', 'verification-code']);
  });

  it.each(['copy', 'deletion', 'account-cancellation', 'portability'] as const)(
    'individual asking for %s: also the identity document',
    (type) => {
      expect(requiredItems('individual', type)).toEqual(['account-email', 'verification-code', 'identity-document']);
    },
  );

  it('individual asking for access or correction: the identity document is listed, not required', () => {
    for (const type of ['access', 'correction', 'explanation'] as const) {
      const entry = checklistFor('individual', { requestType: type, ...plain }).find((e) => e.item === 'identity-document');
      expect(entry?.required).toBe(false);
    }
  });

  it('enterprise: licence, credit code, seal, agent ID and 授权委托书', () => {
    expect(requiredItems('enterprise', 'access')).toEqual([
      'business-licence',
      'credit-code',
      'company-seal',
      'agent-identity',
      'authorisation-letter',
    ]);
  });

  it('agent for an individual: authorisation letter and both IDs', () => {
    expect(requiredItems('agent', 'copy')).toEqual(['authorisation-letter', 'agent-identity', 'principal-identity']);
  });

  it('relative of a deceased person (PIPL 49): certificate, relationship, own interest, no other arrangement', () => {
    expect(requiredItems('relative-of-deceased', 'deceased-relative')).toEqual([
      'relative-identity',
      'death-certificate',
      'proof-of-relationship',
      'relative-interest',
      'deceased-arrangements',
    ]);
    expect(checklistItems['relative-interest'].noteRequired).toBe(true);
    expect(checklistItems['deceased-arrangements'].noteRequired).toBe(true);
  });

  it('guardian of a child under 14: guardian ID and proof of guardianship', () => {
    expect(requiredItems('guardian', 'minor')).toEqual(['guardian-identity', 'proof-of-guardianship']);
  });

  it('EEA individual: proportionate checks; the ID document only on reasonable doubt', () => {
    expect(requiredItems('eea-individual', 'deletion')).toEqual(['proportionate-check']);
    expect(requiredItems('eea-individual', 'deletion', true)).toEqual(['proportionate-check', 'identity-document']);
  });

  it('every kind has a checklist and every request type gives at least one required item', () => {
    for (const kind of requesterKindIds) {
      for (const type of requestTypeIds) expect(requiredItems(kind, type).length, `${kind}/${type}`).toBeGreaterThan(0);
    }
  });

  it('every item is defined, with at least one method and a source', () => {
    for (const id of checklistItemIds) {
      const definition = checklistItems[id];
      expect(definition.id).toBe(id);
      expect(definition.methods.length).toBeGreaterThan(0);
      expect(definition.source).not.toBe('');
    }
    const used = new Set(Object.values(identityChecklists).flatMap((list) => list.map((e) => e.item)));
    expect([...used].sort()).toEqual([...checklistItemIds].sort()); // no orphan item
  });

  it('document items accept a copy, a notarised copy or the original seen in person', () => {
    for (const id of ['identity-document', 'authorisation-letter', 'death-certificate', 'proof-of-guardianship'] as const) {
      expect(checklistItems[id].methods).toEqual(['document-copy', 'notarised-copy', 'original-in-person']);
    }
    expect(documentMethods.has('original-in-person')).toBe(false);
  });
});
