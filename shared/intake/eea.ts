import { eeaCountries, eeaLanguages, euNames, gdprAcronymsCaseSensitive, gdprNames } from './eeaData';
import { guessLanguage } from './language';

/**
 * detectEea: whether a request may come from the European Economic Area, so
 * that the case is flagged GDPR (policy 9.4, 10.3; SPEC §1: its deadline rule
 * differs — one month, Art. 12(3)). Any one reason flags it; the officer sees
 * the reasons and confirms, as with the request type.
 */

export const eeaReasonCodes = ['gdpr-mentioned', 'eea-domain', 'eea-country', 'eea-language'] as const;
export type EeaReasonCode = (typeof eeaReasonCodes)[number];

export interface EeaReason {
  code: EeaReasonCode;
  /** what was found: `DSGVO`, `.de`, `Ireland`, `de` */
  evidence: string;
}

export interface EeaVerdict {
  eea: boolean;
  reasons: EeaReason[];
}

export interface EeaInput {
  text: string;
  /** the requester's address; its top-level domain is checked */
  fromAddress?: string;
  /** a language the message declares (Content-Language) or the UI knows; guessed from the text when absent */
  language?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern: whole words for Latin script, as-is for Chinese (with any guard it carries). */
function namePattern(name: string, flags: string): RegExp {
  if (name.startsWith('(?<!')) return new RegExp(name, flags);
  const escaped = escapeRegExp(name).replace(/ /g, '\\s+');
  return /^[\p{Script=Han}]/u.test(name) ? new RegExp(escaped, flags) : new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, flags);
}

const gdprPatterns = [
  ...gdprNames.map((n) => ({ label: n, pattern: namePattern(n, 'iu') })),
  ...gdprAcronymsCaseSensitive.map((n) => ({ label: n, pattern: namePattern(n, 'u') })),
];
const countryPatterns = [
  ...eeaCountries.flatMap((c) => c.names.map((n) => ({ pattern: namePattern(n, 'iu') }))),
  ...euNames.map((n) => ({ pattern: namePattern(n, 'iu') })),
];
const eeaTlds = new Set([...eeaCountries.map((c) => c.tld), 'eu']);

function firstMatch(text: string, patterns: readonly { pattern: RegExp }[]): string | undefined {
  for (const { pattern } of patterns) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

export function detectEea(input: EeaInput): EeaVerdict {
  const reasons: EeaReason[] = [];
  const gdpr = firstMatch(input.text, gdprPatterns);
  if (gdpr) reasons.push({ code: 'gdpr-mentioned', evidence: gdpr });

  const domain = input.fromAddress?.split('@')[1]?.toLowerCase().replace(/\.$/, '');
  const tld = domain?.split('.').pop();
  if (tld && eeaTlds.has(tld)) reasons.push({ code: 'eea-domain', evidence: `.${tld}` });

  const country = firstMatch(input.text, countryPatterns);
  if (country) reasons.push({ code: 'eea-country', evidence: country });

  // the declared language and the text's own: a German letter sent with `Content-Language: en` is still German
  const declared = input.language?.toLowerCase().split(/[-_,;\s]/)[0];
  const language = [declared, guessLanguage(input.text)].find((l) => l !== undefined && eeaLanguages.includes(l));
  if (language) reasons.push({ code: 'eea-language', evidence: language });

  return { eea: reasons.length > 0, reasons };
}
