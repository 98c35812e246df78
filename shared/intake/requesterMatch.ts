import type { Requester } from '../domain/requester';
import { parseCreditCode } from '../identity/creditCode';
import { residentIdCheckCharacter } from '../identity/checkCharacter';
import type { ParsedMessage } from './parsedMessage';

/**
 * Matching a new intake to requesters already known (SPEC §1: "requester
 * new or matched to an existing one by email, phone or ID number"). The
 * officer sees each match with what matched and accepts it or keeps the
 * requester separate; nothing is merged automatically.
 */

export interface RequesterCandidate {
  email?: string;
  phone?: string;
  idNumber?: string;
  name?: string;
  /** 统一社会信用代码 stated in the text and valid under GB 32100: the request is an enterprise's (issue 12) */
  creditCode?: string;
  /** the enterprise's name as the text gives it (…有限公司), when a credit code was found */
  organisation?: string;
}

export const matchFields = ['idNumber', 'phone', 'email'] as const;
export type MatchField = (typeof matchFields)[number];

export interface RequesterMatch {
  requesterId: string;
  /** strongest first: an ID number identifies a person, a phone or mailbox may be shared */
  matchedOn: MatchField[];
  /** the names differ: a shared phone or mailbox (family, company) — the officer decides */
  nameDiffers: boolean;
}

export type MatchableRequester = Pick<Requester, 'id' | 'name' | 'email' | 'phone' | 'idNumber'>;

/** Lower-cased, without `mailto:`, angle brackets or spaces (the domain is case-insensitive, RFC 5321 §2.4; the local part almost always is in practice). */
export function normaliseEmail(value: string | undefined): string | undefined {
  const email = value?.trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').trim().toLowerCase();
  return email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined;
}

/**
 * Digits only, without the +86 / 0086 country code: `+86 138-0013-8000` →
 * `13800138000`. A landline keeps its area code (`0574-8888 8888` →
 * `057488888888`), the hotline its 400 prefix.
 */
export function normaliseMainlandPhone(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let digits = value.replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(digits)) return undefined;
  digits = digits.replace(/^\+/, '');
  if (/^(?:0086|86)(?:1[3-9]\d{9}|0?[1-9]\d{8,10})$/.test(digits)) digits = digits.replace(/^(?:0086|86)/, '');
  if (/^[1-9]\d{8,10}$/.test(digits) && !/^1[3-9]\d{9}$/.test(digits) && !/^[48]00\d{7}$/.test(digits)) digits = '0' + digits; // area code written without its 0 after +86
  return digits.length >= 7 ? digits : undefined;
}

/** Upper-case X, no spaces: `11010519491231002x` → `11010519491231002X` (GB 11643 writes the check character X). */
export function normaliseIdNumber(value: string | undefined): string | undefined {
  const id = value?.replace(/\s+/g, '').toUpperCase();
  return id && /^(?:\d{17}[\dX]|\d{15})$/.test(id) ? id : undefined;
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string) => s.replace(/[\s·.]/g, '').toLowerCase();
  return !a || !b || norm(a) === norm(b);
}

export function matchRequester(candidate: RequesterCandidate, requesters: readonly MatchableRequester[]): RequesterMatch[] {
  const want = {
    idNumber: normaliseIdNumber(candidate.idNumber),
    phone: normaliseMainlandPhone(candidate.phone),
    email: normaliseEmail(candidate.email),
  };
  const matches: RequesterMatch[] = [];
  for (const r of requesters) {
    const have = { idNumber: normaliseIdNumber(r.idNumber), phone: normaliseMainlandPhone(r.phone), email: normaliseEmail(r.email) };
    const matchedOn = matchFields.filter((field) => want[field] !== undefined && want[field] === have[field]);
    if (matchedOn.length > 0) matches.push({ requesterId: r.id, matchedOn, nameDiffers: !sameName(candidate.name, r.name) });
  }
  const strength = (m: RequesterMatch) => m.matchedOn.reduce((sum, f) => sum + (f === 'idNumber' ? 4 : f === 'phone' ? 2 : 1), 0);
  return matches.sort((a, b) => strength(b) - strength(a) || Number(a.nameDiffers) - Number(b.nameDiffers));
}

const MOBILE_IN_TEXT = /(?<![\d+])(?:(?:\+|00)?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
const ID_IN_TEXT = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;

/** The first mainland mobile number in a text. */
export function findMobileNumber(text: string): string | undefined {
  for (const m of text.matchAll(MOBILE_IN_TEXT)) {
    const phone = normaliseMainlandPhone(m[0]);
    if (phone) return phone;
  }
  return undefined;
}

/** The first resident ID number in a text whose check character is right (GB 11643), so order numbers are not taken for one. */
export function findResidentIdNumber(text: string): string | undefined {
  for (const m of text.matchAll(ID_IN_TEXT)) {
    const id = m[0].toUpperCase();
    if (residentIdCheckCharacter(id.slice(0, 17)) === id[17]) return id;
  }
  return undefined;
}

/** 18 characters of the GB 32100 set, not inside a longer run of letters and digits. */
const CREDIT_CODE_IN_TEXT = /(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUW-Y]{18}(?![0-9A-Za-z])/g;
/** The words that introduce a credit code in a letter. */
const CREDIT_CODE_LABEL = /(?:统一社会信用代码|社会信用代码|信用代码|税号|注册号|USCC|unified social credit code|credit code)/i;
const ORGANISATION_IN_TEXT = /[\p{Script=Han}（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司)/u;

/**
 * The first 统一社会信用代码 in a text that passes the GB 32100 check. Digits
 * alone also make 18 characters of the set, and one resident ID number in 31
 * passes the check by chance, so a code of digits counts only when a label
 * such as 统一社会信用代码 stands just before it; one with letters (as most
 * have) counts on its own, unless it is a valid resident ID number.
 */
export function findCreditCode(text: string): string | undefined {
  for (const m of text.matchAll(CREDIT_CODE_IN_TEXT)) {
    const code = m[0];
    if (!parseCreditCode(code).ok) continue;
    const labelled = CREDIT_CODE_LABEL.test(text.slice(Math.max(0, m.index - 40), m.index));
    const hasLetters = /[A-Z]/.test(code.slice(0, 17));
    const isIdNumber = /^\d{17}[\dX]$/.test(code) && residentIdCheckCharacter(code.slice(0, 17)) === code[17];
    if (labelled || (hasLetters && !isIdNumber)) return code;
  }
  return undefined;
}

/** The first company name (…有限公司) in a text. */
export function findOrganisation(text: string): string | undefined {
  return ORGANISATION_IN_TEXT.exec(text)?.[0].replace(/^[（）()]+/, '');
}

/**
 * Who a message is from, for matching. A message from a colleague (the
 * company's own domain) that forwards a request is from the forwarded
 * message's sender.
 */
export function requesterCandidateOf(message: Pick<ParsedMessage, 'from' | 'fromCompany' | 'forwarded' | 'text' | 'subject'>): RequesterCandidate {
  const forwardedFrom = message.fromCompany ? message.forwarded.find((f) => f.from)?.from : undefined;
  const sender = message.fromCompany ? forwardedFrom : message.from;
  // the contact details of a request are near its start; a long text is read as far as the suggestions read it
  const text = [message.subject, message.text.slice(0, 50_000), ...message.forwarded.slice(0, 10).map((f) => f.text.slice(0, 50_000))].join('\n');
  const email = normaliseEmail(sender?.address);
  const name = sender?.name.trim();
  const phone = findMobileNumber(text);
  const idNumber = findResidentIdNumber(text);
  const creditCode = findCreditCode(text);
  const organisation = creditCode ? findOrganisation(text) : undefined;
  return {
    ...(email ? { email } : {}),
    ...(name ? { name } : {}),
    ...(phone ? { phone } : {}),
    ...(idNumber ? { idNumber } : {}),
    ...(creditCode ? { creditCode } : {}),
    ...(organisation ? { organisation } : {}),
  };
}
