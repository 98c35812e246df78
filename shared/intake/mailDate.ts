import type { Instant } from '../domain/time';

/**
 * Reads an RFC 5322 date-time (§3.3, with the obsolete forms of §4.3) into an
 * Instant. Written out rather than left to `Date.parse`, whose handling of
 * non-ISO strings is implementation-defined and, for a string without a zone,
 * depends on the workstation's time zone (the tests run in Pacific/Honolulu to
 * catch exactly that). A date without a zone is refused: guessing would move a
 * legal deadline.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 5322 §4.3 obs-zone. Military letters are "-0000" there (their sign was historically reversed). */
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  edt: -4 * 60,
  est: -5 * 60,
  cdt: -5 * 60,
  cst: -6 * 60,
  mdt: -6 * 60,
  mst: -7 * 60,
  pdt: -7 * 60,
  pst: -8 * 60,
};

const RFC5322_DATE =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s*[\s-]\s*([a-z]{3,9})\.?\s*[\s-]\s*(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[a-z]{1,5})?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})$/i;

/** Comments in parentheses (RFC 5322 §3.2.2 CFWS), e.g. `+0800 (CST)`, removed with their nesting. */
export function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let escaped = false;
  for (const ch of value) {
    if (escaped) {
      escaped = false;
      if (depth === 0) out += ch;
      continue;
    }
    if (ch === '\\') {
      escaped = true;
      if (depth === 0) out += ch;
    } else if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    if (Number(numeric[3]) > 59 || minutes > 14 * 60) return undefined;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const lower = zone.toLowerCase();
  if (lower in NAMED_ZONES) return NAMED_ZONES[lower];
  if (/^[a-ik-z]$/.test(lower)) return 0; // §4.3: military zones are treated as -0000
  return undefined;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): Instant | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const probe = new Date(local);
  if (probe.getUTCDate() !== day) return undefined; // 31 February and the like
  return new Date(local - offset * 60_000).toISOString();
}

/** The instant a mail date names, or undefined when it cannot be read with certainty. */
export function parseMailDate(raw: string | undefined): Instant | undefined {
  if (!raw) return undefined;
  const value = stripComments(raw).replace(/\s+/g, ' ').trim();
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const offset = iso[7]!.toLowerCase() === 'z' ? 0 : zoneOffsetMinutes(iso[7]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (offset === undefined) return undefined;
    return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), offset);
  }
  const m = RFC5322_DATE.exec(value);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
  let year = Number(m[3]);
  // §4.3: a two-digit year below 50 is 20xx, otherwise 19xx; a three-digit one adds 1900
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  const offset = zoneOffsetMinutes(m[7]);
  if (offset === undefined) return undefined;
  return build(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
}
