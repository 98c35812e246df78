import type { Case } from '../domain/case';
import type { Requester } from '../domain/requester';
import { shanghaiDate, type LocalDate } from '../domain/time';
import type { CompanyDetails } from './company';
import type { LetterContent, LetterLayout, LetterRecipient, LetterSignatory } from './content';
import { mergeLetter, type MissingField } from './templates/merge';
import type { LetterData } from './templates/mergeFields';
import type { ClauseLibrary, LetterKind, LetterTemplate, Regime } from './templates/schema';

/** GDPR for a case flagged EEA (policy 9.4, 10.3); PIPL otherwise. */
export function regimeOf(c: Pick<Case, 'gdpr'>): Regime {
  return c.gdpr ? 'gdpr' : 'pipl';
}

/** Chinese by default; both languages for an EEA requester (issue 6: the bilingual layout). */
export function defaultLayout(c: Pick<Case, 'gdpr'>, requester: Pick<Requester, 'region' | 'kind'>): LetterLayout {
  return c.gdpr || requester.region === 'eea' || requester.kind === 'eea-individual' ? 'bilingual' : 'zh-CN';
}

/** The recipient block: name, then organisation, address with postcode, e-mail, one line each. */
export function recipientFromRequester(requester: Requester): LetterRecipient {
  const lines = [requester.organisation, [requester.address, requester.postcode].filter(Boolean).join(' '), requester.email].filter(
    (l): l is string => !!l && l.trim() !== '',
  );
  return { name: requester.name, lines };
}

/**
 * The merge data the case itself supplies. What the officer writes (reasons,
 * details of the answer, items still needed…) comes in `written`, and wins.
 */
export function letterDataFromCase(
  c: Case,
  requester: Requester,
  officer: LetterSignatory,
  letterDate: LocalDate,
  written: LetterData = {},
): LetterData {
  const data: LetterData = {
    reference: c.reference,
    requesterName: requester.name,
    officerName: officer.name,
    officerTitle: officer.title,
    receivedDate: shanghaiDate(c.receivedAt),
    letterDate,
    requestType: c.requestType,
  };
  if (c.dueDate) data.dueDate = c.dueDate;
  if (c.outcome) data.outcome = c.outcome;
  if (c.deletionGround) data.deletionGround = c.deletionGround;
  if (c.refusalReasons?.trim()) data.reasons = c.refusalReasons;
  return { ...data, ...written };
}

export interface ComposeInput {
  template: LetterTemplate;
  data: LetterData;
  layout: LetterLayout;
  regime: Regime;
  company: CompanyDetails;
  clauses: ClauseLibrary;
  recipient: LetterRecipient;
  signatory: LetterSignatory;
}

export type ComposeResult = { ok: true; content: LetterContent } | { ok: false; missing: MissingField[] };

/** Template + data → the letter's content, ready to edit and render; or what is missing. */
export function composeLetter(input: ComposeInput): ComposeResult {
  const merged = mergeLetter(input.template, input.data, input);
  if (!merged.ok) return merged;
  const { reference, letterDate } = input.data;
  if (!reference) return { ok: false, missing: [{ field: 'reference', language: merged.sections[0]?.language ?? 'zh-CN' }] };
  if (!letterDate) return { ok: false, missing: [{ field: 'letterDate', language: merged.sections[0]?.language ?? 'zh-CN' }] };
  return {
    ok: true,
    content: {
      layout: input.layout,
      reference,
      letterDate,
      recipient: input.recipient,
      sections: merged.sections,
      signatory: input.signatory,
      company: input.company,
    },
  };
}

/**
 * The letters that fit a case as it stands, the likeliest first (the officer
 * still chooses). Before verification: the acknowledgement, then the request
 * for identity documents; once identity is verified (issue 14) never the
 * request for documents again: the answer the request type calls for (drafted
 * ahead of the decision) and, under the GDPR, the extension notice.
 */
export function suggestLetterKinds(c: Pick<Case, 'requestType' | 'outcome' | 'stage' | 'gdpr' | 'verifiedAt'>): LetterKind[] {
  if (c.stage === 'voided') return [];
  if (!c.outcome) {
    const kinds: LetterKind[] = [];
    if (c.verifiedAt) kinds.push(answerKindFor(c.requestType));
    else if (c.stage === 'received') kinds.push('acknowledgement', 'information-request');
    else kinds.push('information-request', 'acknowledgement');
    if (c.gdpr) kinds.push('extension-notice');
    return kinds;
  }
  if (c.outcome === 'refused') return ['refusal'];
  if (c.outcome === 'storage-only') return ['storage-only'];
  return [answerKindFor(c.requestType)];
}

const ANSWER_BY_TYPE: Partial<Record<Case['requestType'], LetterKind>> = {
  access: 'access-answer',
  copy: 'access-answer',
  'deceased-relative': 'access-answer',
  portability: 'portability-answer',
  correction: 'correction-done',
  deletion: 'deletion-done',
  minor: 'deletion-done',
  'account-cancellation': 'account-cancelled',
  'consent-withdrawal': 'consent-withdrawn',
  explanation: 'explanation',
  complaint: 'complaint-answer',
  'ip-notice': 'ip-notice-answer',
  restriction: 'storage-only',
};

/** The answer a request type calls for once decided. */
export function answerKindFor(requestType: Case['requestType']): LetterKind {
  return ANSWER_BY_TYPE[requestType] ?? 'complaint-answer';
}
