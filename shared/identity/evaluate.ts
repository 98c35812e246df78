import { checklistFor, type ResolvedChecklistEntry } from './checklists';
import type { CreditCodeResult } from './creditCode';
import type { IdentityCheck, IdentityCheckItem } from './identityCheck';
import type { NameComparison, NamePair } from './names';
import type { ResidentIdResult } from './residentId';
import { documentMethods, type ChecklistItemId, type IdentityOutcome, type VerificationMethod } from './vocabulary';

/**
 * What an identity check still lacks and which outcomes it allows (SPEC §2,
 * policy 4.6): `verified` only when every required item has passed and no
 * validator objects; `insufficient` and `failed` are always open to the
 * officer, with a reason (identityDecisionSchema).
 */

/** What the validators said about the numbers and names the officer entered. */
export interface IdentityFacts {
  /** parse results of the ID numbers read from documents, by the item whose document carries them */
  residentIds?: Partial<Record<ChecklistItemId, ResidentIdResult>>;
  /** the enterprise's 统一社会信用代码 */
  creditCode?: CreditCodeResult;
  names?: NameComparison;
}

export type ItemStatus = 'passed' | 'failed' | 'missing' | 'incomplete';

export type IdentityBlocker =
  | { code: 'item-missing'; item: ChecklistItemId }
  | { code: 'item-failed'; item: ChecklistItemId }
  | { code: 'method-not-allowed'; item: ChecklistItemId; method: VerificationMethod }
  | { code: 'evidence-missing'; item: ChecklistItemId }
  | { code: 'note-missing'; item: ChecklistItemId }
  | { code: 'resident-id-invalid'; item: ChecklistItemId }
  /** policy 7.1: the person the data is about is under 14; their guardian must ask (the case becomes a minor's case) */
  | { code: 'child-needs-guardian'; item: ChecklistItemId }
  | { code: 'credit-code-invalid' }
  /** GB 32100 check fails and no officer has accepted the code with a reason */
  | { code: 'credit-code-check-failed' }
  /** the names differ and no officer has accepted the difference with a reason */
  | { code: 'name-mismatch'; pairs: NamePair[] };

export type IdentityBlockerCode = IdentityBlocker['code'];

export interface EvaluatedChecklistEntry extends ResolvedChecklistEntry {
  status: ItemStatus;
  /** the record that counts: the newest for the item */
  record?: IdentityCheckItem;
}

export interface IdentityEvaluation {
  checklist: EvaluatedChecklistEntry[];
  /** required items without a passed, complete record */
  missing: ChecklistItemId[];
  blockers: IdentityBlocker[];
  allowedOutcomes: IdentityOutcome[];
  /** what the officer is offered first */
  suggestedOutcome: IdentityOutcome;
  /** an ID number of the person the data is about shows an age under 14 (policy 7.1) */
  childDetected: boolean;
}

export type IdentityCheckInput = Pick<IdentityCheck, 'requesterKind' | 'requestType' | 'items' | 'overrides' | 'reasonableDoubt'>;

/** The newest record per item; on equal times the one recorded later in the list. */
function newestRecords(items: readonly IdentityCheckItem[]): Map<ChecklistItemId, IdentityCheckItem> {
  const newest = new Map<ChecklistItemId, IdentityCheckItem>();
  for (const record of items) {
    const current = newest.get(record.item);
    if (!current || Date.parse(record.checkedAt) >= Date.parse(current.checkedAt)) newest.set(record.item, record);
  }
  return newest;
}

function recordProblem(entry: ResolvedChecklistEntry, record: IdentityCheckItem): IdentityBlocker | null {
  const item = entry.item;
  if (!entry.definition.methods.includes(record.method)) return { code: 'method-not-allowed', item, method: record.method };
  if (record.result === 'failed') return null;
  if (documentMethods.has(record.method) && !record.evidenceDocumentId) return { code: 'evidence-missing', item };
  if (entry.definition.noteRequired && (record.note ?? '').trim() === '') return { code: 'note-missing', item };
  return null;
}

/** Items whose ID number belongs to the person the data is about (policy 7.1 looks at their age). */
const DATA_SUBJECT_ID_ITEMS: ReadonlySet<ChecklistItemId> = new Set<ChecklistItemId>(['identity-document', 'principal-identity']);

function factBlockers(input: IdentityCheckInput, facts: IdentityFacts): { blockers: IdentityBlocker[]; childDetected: boolean } {
  const blockers: IdentityBlocker[] = [];
  let childDetected = false;
  const overridden = new Set(input.overrides.map((o) => o.kind));

  for (const [item, result] of Object.entries(facts.residentIds ?? {}) as [ChecklistItemId, ResidentIdResult][]) {
    if (!result.ok) blockers.push({ code: 'resident-id-invalid', item });
    else if (result.minor && DATA_SUBJECT_ID_ITEMS.has(item) && input.requesterKind !== 'guardian') {
      childDetected = true;
      blockers.push({ code: 'child-needs-guardian', item });
    }
  }
  const code = facts.creditCode;
  if (code && !code.ok) {
    if (!code.failedOnlyCheck) blockers.push({ code: 'credit-code-invalid' });
    else if (!overridden.has('credit-code-check-character')) blockers.push({ code: 'credit-code-check-failed' });
  }
  if (facts.names?.result === 'mismatch' && !overridden.has('name-mismatch')) {
    blockers.push({ code: 'name-mismatch', pairs: facts.names.differing });
  }
  return { blockers, childDetected };
}

export function evaluateIdentityCheck(input: IdentityCheckInput, facts: IdentityFacts = {}): IdentityEvaluation {
  const context = { requestType: input.requestType, reasonableDoubt: input.reasonableDoubt !== undefined };
  const newest = newestRecords(input.items);
  const blockers: IdentityBlocker[] = [];
  const missing: ChecklistItemId[] = [];

  const checklist = checklistFor(input.requesterKind, context).map((entry): EvaluatedChecklistEntry => {
    const record = newest.get(entry.item);
    if (!record) {
      if (entry.required) {
        missing.push(entry.item);
        blockers.push({ code: 'item-missing', item: entry.item });
      }
      return { ...entry, status: 'missing' };
    }
    const problem = recordProblem(entry, record);
    if (problem) {
      // an incomplete record of an optional item does not hold the case up
      if (entry.required) {
        missing.push(entry.item);
        blockers.push(problem);
      }
      return { ...entry, status: 'incomplete', record };
    }
    if (record.result === 'failed') {
      // a failed item blocks even when optional: something checked did not hold
      blockers.push({ code: 'item-failed', item: entry.item });
      return { ...entry, status: 'failed', record };
    }
    return { ...entry, status: 'passed', record };
  });

  const fromFacts = factBlockers(input, facts);
  blockers.push(...fromFacts.blockers);

  const allowedOutcomes: IdentityOutcome[] = blockers.length === 0 ? ['verified', 'insufficient', 'failed'] : ['insufficient', 'failed'];
  const suggestedOutcome: IdentityOutcome = blockers.some((b) => b.code === 'item-failed')
    ? 'failed'
    : blockers.length > 0
      ? 'insufficient'
      : 'verified';
  return { checklist, missing, blockers, allowedOutcomes, suggestedOutcome, childDetected: fromFacts.childDetected };
}

/** Whether `outcome` may be recorded now (the UI disables the others; the store re-checks before saving). */
export function isOutcomeAllowed(evaluation: IdentityEvaluation, outcome: IdentityOutcome): boolean {
  return evaluation.allowedOutcomes.includes(outcome);
}
