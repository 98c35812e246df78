import type { RequesterKind } from '../domain/requester';
import type { Instant } from '../domain/time';
import { residentIdMatchKey } from './residentId';
import type { IdentityOutcome } from './vocabulary';

/**
 * Signs that someone may be posing as another person (SPEC §2, issue 5): a
 * wrong disclosure to an impostor is itself a breach. Signals inform the
 * officer; they decide nothing. They never carry an ID number or an email
 * address, only the ids of the requesters involved, so they can be shown,
 * stored and logged as they are.
 */

export interface RequesterIdentifiers {
  id: string;
  email?: string;
  idNumber?: string;
}

export interface FraudSignalInput {
  requester: RequesterIdentifiers;
  requesterKind: RequesterKind;
  /** every other requester in the store (or those an index lookup found) */
  others: readonly RequesterIdentifiers[];
  /** the address the request was sent from */
  senderEmail?: string;
  /** the registered address of the platform account the request concerns */
  accountEmail?: string;
  /** identity decisions on this requester's cases, in any order */
  pastDecisions: readonly { outcome: IdentityOutcome; decidedAt: Instant }[];
  /** how many failed checks make a signal; 2 unless set */
  failedCheckThreshold?: number;
}

export type FraudSignal =
  | { code: 'id-number-on-other-requester'; requesterIds: string[] }
  | { code: 'email-on-other-requester'; requesterIds: string[] }
  | { code: 'account-differs-from-sender' }
  | { code: 'repeated-failed-checks'; count: number };

export type FraudSignalCode = FraudSignal['code'];

export const DEFAULT_FAILED_CHECK_THRESHOLD = 2;

const SPEAKS_FOR_SELF: ReadonlySet<RequesterKind> = new Set<RequesterKind>(['individual', 'eea-individual']);

/** `张三 <Zhang.San@Example.com>` → `zhang.san@example.com`; null when no address is there. */
export function emailMatchKey(value: string | undefined): string | null {
  if (!value) return null;
  const angle = /<([^<>]+)>/.exec(value);
  const address = (angle ? angle[1]! : value).normalize('NFKC').trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : null;
}

function othersWith(
  key: string | null,
  others: readonly RequesterIdentifiers[],
  keyOf: (r: RequesterIdentifiers) => string | null,
  selfId: string,
): string[] {
  if (key === null) return [];
  return others.filter((o) => o.id !== selfId && keyOf(o) === key).map((o) => o.id);
}

export function fraudSignals(input: FraudSignalInput): FraudSignal[] {
  const signals: FraudSignal[] = [];
  const { requester, others } = input;

  // 15- and 18-digit forms of one number compare equal
  const idKey = (r: RequesterIdentifiers) => (r.idNumber ? residentIdMatchKey(r.idNumber) : null);
  const sameId = othersWith(idKey(requester), others, idKey, requester.id);
  if (sameId.length > 0) signals.push({ code: 'id-number-on-other-requester', requesterIds: sameId });

  const mailKey = (r: RequesterIdentifiers) => emailMatchKey(r.email);
  const sameEmail = othersWith(mailKey(requester), others, mailKey, requester.id);
  if (sameEmail.length > 0) signals.push({ code: 'email-on-other-requester', requesterIds: sameEmail });

  // Someone acting for another (agent, guardian, relative, a company's agent)
  // writes from their own address by nature; their authority is checked by
  // the documents on their checklist instead.
  if (SPEAKS_FOR_SELF.has(input.requesterKind)) {
    const sender = emailMatchKey(input.senderEmail) ?? emailMatchKey(requester.email);
    const account = emailMatchKey(input.accountEmail);
    if (sender !== null && account !== null && sender !== account) signals.push({ code: 'account-differs-from-sender' });
  }

  const failed = input.pastDecisions.filter((d) => d.outcome === 'failed').length;
  if (failed >= (input.failedCheckThreshold ?? DEFAULT_FAILED_CHECK_THRESHOLD)) {
    signals.push({ code: 'repeated-failed-checks', count: failed });
  }
  return signals;
}
