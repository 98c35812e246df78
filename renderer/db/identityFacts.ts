import type { Case } from '../../shared/domain/case';
import type { Requester, RequesterKind } from '../../shared/domain/requester';
import type { LocalDate } from '../../shared/domain/time';
import { parseCreditCode } from '../../shared/identity/creditCode';
import { evaluateIdentityCheck, type IdentityEvaluation, type IdentityFacts } from '../../shared/identity/evaluate';
import type { IdentityCheck } from '../../shared/identity/identityCheck';
import { compareNames } from '../../shared/identity/names';
import { parseResidentId } from '../../shared/identity/residentId';
import type { ChecklistItemId } from '../../shared/identity/vocabulary';

/**
 * What the validators say about a case's identity check, from the numbers
 * and names on record (or, in the panel, as the officer is typing them). The
 * store and the panel read the same facts, so the buttons the panel enables
 * are the outcomes the store accepts.
 */

/**
 * The checklist item whose document carries the requester's own ID number
 * (Requester.idNumber): the person writing to us, whoever they act for.
 */
export function requesterIdItem(kind: RequesterKind): ChecklistItemId {
  switch (kind) {
    case 'individual':
    case 'eea-individual':
      return 'identity-document';
    case 'agent':
    case 'enterprise': // the company's 经办人 writes for it
      return 'agent-identity';
    case 'relative-of-deceased':
      return 'relative-identity';
    case 'guardian':
      return 'guardian-identity';
  }
}

export interface IdentityInputs {
  /** the requester's resident ID number */
  idNumber?: string | undefined;
  /** an enterprise's 统一社会信用代码 */
  creditCode?: string | undefined;
  names: { request?: string | undefined; idDocument?: string | undefined; account?: string | undefined };
}

export function identityFacts(kind: RequesterKind, inputs: IdentityInputs, today: LocalDate): IdentityFacts {
  const facts: IdentityFacts = { names: compareNames(inputs.names) };
  const idNumber = inputs.idNumber?.trim();
  if (idNumber) {
    const result = parseResidentId(idNumber, today);
    // Policy 7.1: once a guardian asks, a child's number on file is the
    // child's (the person the data is about), not the guardian's own ID.
    if (!(kind === 'guardian' && result.ok && result.minor)) facts.residentIds = { [requesterIdItem(kind)]: result };
  }
  const creditCode = inputs.creditCode?.trim();
  if (kind === 'enterprise' && creditCode) facts.creditCode = parseCreditCode(creditCode);
  return facts;
}

/** The inputs on record: the requester's number and code, the names the officer noted. */
export function storedInputs(requester: Requester | undefined, check: IdentityCheck | undefined): IdentityInputs {
  return {
    idNumber: requester?.idNumber,
    creditCode: requester?.creditCode,
    names: { request: requester?.name, idDocument: check?.namesSeen?.idDocument, account: check?.namesSeen?.account },
  };
}

/** A case's check as it stands, or the empty one it would start as (kind from the requester). */
export function checkInputOf(c: Case, requester: Requester | undefined, check: IdentityCheck | undefined) {
  return {
    requesterKind: check?.requesterKind ?? requester?.kind ?? 'individual',
    // the case's type is the truth: an officer may have changed it since the check began
    requestType: c.requestType,
    items: check?.items ?? [],
    overrides: check?.overrides ?? [],
    ...(check?.reasonableDoubt ? { reasonableDoubt: check.reasonableDoubt } : {}),
  };
}

export function evaluateCaseIdentity(
  c: Case,
  requester: Requester | undefined,
  check: IdentityCheck | undefined,
  today: LocalDate,
  inputs: IdentityInputs = storedInputs(requester, check),
): IdentityEvaluation {
  const input = checkInputOf(c, requester, check);
  return evaluateIdentityCheck(input, identityFacts(input.requesterKind, inputs, today));
}
