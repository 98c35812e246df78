/**
 * Name consistency (SPEC §2): the name in the request, on the identity
 * document and on the platform account should be the same person's. Names
 * are compared after normalising what differs only in typing, never in
 * substance: spaces, full-width forms, the middle dot of transliterated
 * names (阿卜杜·热合曼 written with ·, •, ・ or ‧) and the case of Latin letters.
 * Different characters stay different: 张三 and 章三 do not match.
 */

/** The middle-dot look-alikes used between the parts of a transliterated name. */
const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u2219\u22C5\u30FB\u0387]/gu;
const CJK = '\\p{Script=Han}';

export function normalizeName(name: string): string {
  return (
    name
      // full-width letters, digits and the ideographic space become half-width; ･ becomes ・
      .normalize('NFKC')
      .replace(MIDDLE_DOTS, '·')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/ ?· ?/gu, '·')
      // a space between two Han characters is typing, not part of the name (张 三 = 张三)
      .replace(new RegExp(`(?<=${CJK}) (?=${CJK})`, 'gu'), '')
      .toLowerCase()
  );
}

export const nameSources = ['request', 'idDocument', 'account'] as const;
export type NameSource = (typeof nameSources)[number];

export interface NamePair {
  first: NameSource;
  second: NameSource;
  match: boolean;
}

export interface NameComparison {
  /** `nothing-to-compare` when fewer than two names are known */
  result: 'match' | 'mismatch' | 'nothing-to-compare';
  /** every pair of known names, in the order request–idDocument, request–account, idDocument–account */
  pairs: NamePair[];
  /** the pairs that differ, for the warning */
  differing: NamePair[];
}

export function compareNames(names: Partial<Record<NameSource, string | undefined>>): NameComparison {
  const known = nameSources
    .map((source) => ({ source, value: normalizeName(names[source] ?? '') }))
    .filter((n) => n.value !== '');
  const pairs: NamePair[] = [];
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      pairs.push({ first: known[i]!.source, second: known[j]!.source, match: known[i]!.value === known[j]!.value });
    }
  }
  const differing = pairs.filter((p) => !p.match);
  const result = pairs.length === 0 ? 'nothing-to-compare' : differing.length > 0 ? 'mismatch' : 'match';
  return { result, pairs, differing };
}
