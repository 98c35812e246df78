import type { RequestType } from '../domain/requestTypes';
import type { RequesterKind } from '../domain/requester';
import type { ChecklistItemId, EvidenceKind, VerificationMethod } from './vocabulary';

/**
 * What proves who is asking, per requester kind (SPEC §2; policy 4.6, 10.2).
 * Kept as data so that the legal team's practice can change in one place and
 * the UI, the evaluation and the letter asking for more all read the same list.
 */

export interface ChecklistItemDefinition {
  id: ChecklistItemId;
  /** the methods that can satisfy the item */
  methods: readonly VerificationMethod[];
  /** what evidence is expected */
  evidence: EvidenceKind;
  /** the note must say what was found (a statement has no other record) */
  noteRequired: boolean;
  /** the rule the item rests on, shown beside it */
  source: string;
}

/** When an item of a checklist must be satisfied before the requester counts as verified. */
export type ItemRequirement =
  | { when: 'always' }
  /** only for these request types (otherwise listed, not required) */
  | { when: 'request-types'; requestTypes: readonly RequestType[] }
  /** GDPR Art. 12(6): only when the officer records a reasonable doubt about who is asking */
  | { when: 'reasonable-doubt' };

export interface ChecklistEntry {
  item: ChecklistItemId;
  requirement: ItemRequirement;
}

const DOCUMENT_METHODS = ['document-copy', 'notarised-copy', 'original-in-person'] as const;
const STATEMENT_METHODS = ['written-statement', 'recorded-statement'] as const;

function document(id: ChecklistItemId, evidence: EvidenceKind, source: string): ChecklistItemDefinition {
  return { id, methods: DOCUMENT_METHODS, evidence, noteRequired: false, source };
}

export const checklistItems: Record<ChecklistItemId, ChecklistItemDefinition> = {
  'account-email': {
    id: 'account-email',
    methods: ['account-email-match'],
    evidence: 'request-message',
    noteRequired: false,
    source: '隐私政策 1.2.1、4.6',
  },
  'verification-code': {
    id: 'verification-code',
    methods: ['verification-code'],
    evidence: 'code-log',
    noteRequired: false,
    source: '隐私政策 1.2.1、4.6',
  },
  'identity-document': document('identity-document', 'identity-document', '隐私政策 4.6；GB 11643'),
  'business-licence': {
    id: 'business-licence',
    methods: [...DOCUMENT_METHODS, 'public-registry'],
    evidence: 'business-licence',
    noteRequired: false,
    source: '隐私政策 1.1.2、10.2',
  },
  'credit-code': {
    id: 'credit-code',
    methods: ['code-validated', 'public-registry'],
    evidence: 'credit-code',
    noteRequired: false,
    source: '隐私政策 1.1.2；GB 32100',
  },
  'company-seal': document('company-seal', 'sealed-request', '隐私政策 10.2'),
  'agent-identity': document('agent-identity', 'identity-document', '隐私政策 1.1.2、10.2'),
  'authorisation-letter': document('authorisation-letter', 'authorisation-letter', '民法典 165'),
  'principal-identity': document('principal-identity', 'identity-document', '隐私政策 4.6'),
  'relative-identity': document('relative-identity', 'identity-document', 'PIPL 49'),
  'death-certificate': document('death-certificate', 'death-certificate', 'PIPL 49'),
  'proof-of-relationship': document('proof-of-relationship', 'relationship-proof', 'PIPL 49；民法典 1045'),
  'relative-interest': {
    id: 'relative-interest',
    methods: STATEMENT_METHODS,
    evidence: 'statement',
    noteRequired: true,
    source: 'PIPL 49',
  },
  'deceased-arrangements': {
    id: 'deceased-arrangements',
    methods: [...STATEMENT_METHODS, 'document-copy'],
    evidence: 'statement',
    noteRequired: true,
    source: 'PIPL 49',
  },
  'guardian-identity': document('guardian-identity', 'identity-document', '隐私政策 7.1、7.3；PIPL 31'),
  'proof-of-guardianship': document('proof-of-guardianship', 'guardianship-proof', '隐私政策 7.3；PIPL 31；民法典 27'),
  'proportionate-check': {
    id: 'proportionate-check',
    methods: ['account-email-match', 'verification-code', 'phone-callback', 'original-in-person'],
    evidence: 'request-message',
    noteRequired: false,
    source: 'GDPR Art. 12(6), Recital 64',
  },
};

const always: ItemRequirement = { when: 'always' };

/** SPEC §2: copy, deletion, cancellation and portability also need the ID document. */
export const ID_DOCUMENT_REQUEST_TYPES: readonly RequestType[] = ['copy', 'deletion', 'account-cancellation', 'portability'];

export const identityChecklists: Record<RequesterKind, readonly ChecklistEntry[]> = {
  individual: [
    { item: 'account-email', requirement: always },
    { item: 'verification-code', requirement: always },
    { item: 'identity-document', requirement: { when: 'request-types', requestTypes: ID_DOCUMENT_REQUEST_TYPES } },
  ],
  enterprise: [
    { item: 'business-licence', requirement: always },
    { item: 'credit-code', requirement: always },
    { item: 'company-seal', requirement: always },
    { item: 'agent-identity', requirement: always },
    { item: 'authorisation-letter', requirement: always },
  ],
  agent: [
    { item: 'authorisation-letter', requirement: always },
    { item: 'agent-identity', requirement: always },
    { item: 'principal-identity', requirement: always },
  ],
  // PIPL 49. The relative's own ID is not in SPEC §2's list; it is required
  // here because proof of a relationship proves nothing about who is asking
  // without it.
  'relative-of-deceased': [
    { item: 'relative-identity', requirement: always },
    { item: 'death-certificate', requirement: always },
    { item: 'proof-of-relationship', requirement: always },
    { item: 'relative-interest', requirement: always },
    { item: 'deceased-arrangements', requirement: always },
  ],
  guardian: [
    { item: 'guardian-identity', requirement: always },
    { item: 'proof-of-guardianship', requirement: always },
  ],
  'eea-individual': [
    { item: 'proportionate-check', requirement: always },
    { item: 'identity-document', requirement: { when: 'reasonable-doubt' } },
  ],
};

export interface ChecklistContext {
  requestType: RequestType;
  /** an officer recorded a reasonable doubt about who is asking (GDPR Art. 12(6)) */
  reasonableDoubt: boolean;
}

export interface ResolvedChecklistEntry extends ChecklistEntry {
  definition: ChecklistItemDefinition;
  /** must be passed before the requester counts as verified, in this context */
  required: boolean;
}

export function isRequired(requirement: ItemRequirement, context: ChecklistContext): boolean {
  switch (requirement.when) {
    case 'always':
      return true;
    case 'request-types':
      return requirement.requestTypes.includes(context.requestType);
    case 'reasonable-doubt':
      return context.reasonableDoubt;
  }
}

/** The checklist for a requester kind in a given context, every entry marked required or not. */
export function checklistFor(kind: RequesterKind, context: ChecklistContext): ResolvedChecklistEntry[] {
  return identityChecklists[kind].map((entry) => ({
    ...entry,
    definition: checklistItems[entry.item],
    required: isRequired(entry.requirement, context),
  }));
}
