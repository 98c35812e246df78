import type { Case, CaseStage } from '../../domain/case';
import { shanghaiDate, type LocalDate } from '../../domain/time';
import type { LetterLanguage, LetterSection } from '../content';
import type { LetterKind } from '../templates/schema';

/**
 * What a letter would say that is no longer true, checked before it is signed
 * (issue 14: an acknowledgement signed on 12-02 promised an answer "by
 * 2026年10月26日", and said identity would be verified though it was).
 * Warnings, not blockers: the officer may have good reason, but signs knowing.
 */
export type LetterWarning =
  /** a date the letter gives as a deadline or promise that is already before the letter's date */
  | { code: 'past-date'; date: LocalDate; language: LetterLanguage }
  /** the letter speaks of verifying identity as still to come, but the case was verified on that day */
  | { code: 'verification-done'; verifiedOn: LocalDate; language: LetterLanguage }
  /** the paragraphs were edited by hand at one stage of the case, and the case has moved on since */
  | { code: 'stage-changed'; from: CaseStage; to: CaseStage }
  /** this kind of letter does not fit the case as it stands */
  | { code: 'kind-stage'; kind: LetterKind; stage: CaseStage; reason: KindMismatch };

export type KindMismatch =
  | 'case-voided' // 作废: nothing should go out on a case opened by mistake
  | 'case-closed' // the case is closed: a letter now is unusual
  | 'already-verified' // a request for identity documents after identity was verified
  | 'not-verified' // an answer before the requester's identity was verified (policy 4.6)
  | 'no-outcome' // an answer before the outcome is recorded
  | 'outcome-differs' // a refusal for a granted case, a grant letter for a refused one
  | 'acknowledgement-late'; // an acknowledgement once the case has been answered

export interface LetterCheckInput {
  kind: LetterKind;
  sections: readonly LetterSection[];
  letterDate: LocalDate;
  case: Pick<Case, 'stage' | 'status' | 'verifiedAt' | 'outcome' | 'dueDate' | 'requestType'>;
  /** the case's stage when the officer last had the paragraphs follow the case (absent: unknown, not checked) */
  draftStage?: CaseStage;
  /** the paragraphs were edited by hand (they no longer follow the case) */
  edited: boolean;
}

const ANSWER_KINDS: ReadonlySet<LetterKind> = new Set([
  'access-answer',
  'correction-done',
  'deletion-done',
  'storage-only',
  'account-cancelled',
  'consent-withdrawn',
  'portability-answer',
  'explanation',
  'refusal',
  'complaint-answer',
]);

/** Kinds that state a decision in the requester's favour (a refused case must not get one). */
const GRANT_KINDS: ReadonlySet<LetterKind> = new Set(['access-answer', 'correction-done', 'deletion-done', 'account-cancelled', 'consent-withdrawn', 'portability-answer']);

/** The warnings for a letter about to be signed, in the order the officer reads them. */
export function letterWarnings(input: LetterCheckInput): LetterWarning[] {
  const warnings: LetterWarning[] = [];
  const mismatch = kindMismatch(input.kind, input.case);
  if (mismatch) warnings.push({ code: 'kind-stage', kind: input.kind, stage: input.case.stage, reason: mismatch });
  if (input.edited && input.draftStage && input.draftStage !== input.case.stage) warnings.push({ code: 'stage-changed', from: input.draftStage, to: input.case.stage });
  const seenDates = new Set<string>();
  for (const section of input.sections) {
    const text = section.paragraphs.map((p) => p.text).join('\n');
    for (const date of pastPromisedDates(text, input.letterDate, input.case.dueDate)) {
      if (seenDates.has(date)) continue;
      seenDates.add(date);
      warnings.push({ code: 'past-date', date, language: section.language });
    }
    if (input.case.verifiedAt && speaksOfVerificationToCome(text)) {
      warnings.push({ code: 'verification-done', verifiedOn: shanghaiDate(input.case.verifiedAt), language: section.language });
    }
  }
  return warnings;
}

/** Why a kind of letter does not fit the case now, or undefined when it does. */
export function kindMismatch(kind: LetterKind, c: LetterCheckInput['case']): KindMismatch | undefined {
  if (c.stage === 'voided') return 'case-voided';
  if (kind === 'information-request' && c.verifiedAt) return 'already-verified';
  if (kind === 'acknowledgement' && (c.stage === 'answered' || c.stage === 'closed')) return 'acknowledgement-late';
  if (ANSWER_KINDS.has(kind)) {
    // an IP notice or a complaint may be answered without a verified identity (their clocks start at receipt)
    if (!c.verifiedAt && c.requestType !== 'ip-notice' && c.requestType !== 'complaint' && kind !== 'refusal') return 'not-verified';
    if (!c.outcome) return 'no-outcome';
    if (kind === 'refusal' && c.outcome !== 'refused') return 'outcome-differs';
    if (GRANT_KINDS.has(kind) && (c.outcome === 'refused' || c.outcome === 'withdrawn' || c.outcome === 'closed-unanswered')) return 'outcome-differs';
  }
  if (c.stage === 'closed' || c.status === 'closed') return 'case-closed';
  return undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE_PATTERN = new RegExp(
  String.raw`(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{4})-(\d{2})-(\d{2})|(\d{1,2}) (${MONTHS.join('|')}) (\d{4})|(${MONTHS.join('|')}) (\d{1,2}), (\d{4})`,
  'gi',
);
/** Words before a date that make it a deadline or a promise, not a fact about the past. */
const PROMISE_BEFORE = /(期限|不晚于|最迟|截止|届满|之前|请于|请在|将于|预计|\bby\b|\bbefore\b|\buntil\b|no later than|deadline|\bdue\b|at the latest)[^。；;.!?\n]{0,12}$/i;
/** …or right after it: 2026年10月26日前, by 26 October 2026 at the latest. */
const PROMISE_AFTER = /^\s*(前|之前|以前|止|at the latest)/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The dates a text gives as deadlines or promises that lie before `today` (or that are the case's past due date). */
export function pastPromisedDates(text: string, today: LocalDate, dueDate?: LocalDate): LocalDate[] {
  const found: LocalDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const date = toLocalDate(m);
    if (!date || date >= today) continue;
    const at = m.index;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 16);
    if (date === dueDate || PROMISE_BEFORE.test(before) || PROMISE_AFTER.test(after)) found.push(date);
  }
  return found;
}

function toLocalDate(m: RegExpMatchArray): LocalDate | undefined {
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (m[4]) [y, mo, d] = [Number(m[4]), Number(m[5]), Number(m[6])];
  else if (m[7]) [y, mo, d] = [Number(m[9]), MONTHS.indexOf(m[8]!.toLowerCase()) + 1, Number(m[7])];
  else [y, mo, d] = [Number(m[12]), MONTHS.indexOf(m[10]!.toLowerCase()) + 1, Number(m[11])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * The letter says identity is still to be verified (the acknowledgement's
 * 身份核实 clause, the request for documents). The rule's own description
 * ("15日内…收到您的请求并验证您的身份后") is a statement of the rule, not of
 * the case, and does not count.
 */
const VERIFICATION_TO_COME = [
  /(将|需要|需|会)在?(核实|验证|核验)您的身份后/,
  /(核实|验证|核验)您的身份后方可/,
  /(将|会)(核实|验证|核验)您的身份/,
  /\b(will|can only|cannot)\b[^.]{0,40}\bonce we have verified your identity/i,
  /\bwe will (?:need to )?verify your identity/i,
];

export function speaksOfVerificationToCome(text: string): boolean {
  return VERIFICATION_TO_COME.some((p) => p.test(text));
}
