/**
 * Which script a character belongs to, for choosing a face and for line
 * breaking (issue 13): the CJK face sets Chinese text and its punctuation,
 * the Latin face everything else, and the marks both use go by their
 * neighbours.
 */

/** Characters of CJK text proper: ideographs (Extension B and later too), kana, CJK punctuation, full-width forms. */
export function isCjkCharacter(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/**
 * Marks both scripts use, set full-width in Chinese and proportional in
 * English: curly quotes and apostrophes, the em dash, the ellipsis, the
 * middle dot. Which they are depends on their neighbours.
 */
export function isSharedPunctuation(cp: number): boolean {
  return cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d || cp === 0x2014 || cp === 0x2026 || cp === 0x00b7;
}

/** A shared mark belongs to Chinese text when a CJK character stands next to it (past other shared marks and spaces). */
export function sharedMarkIsCjk(chars: readonly string[], i: number): boolean {
  const look = (step: number): boolean => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) {
      const cp = chars[j]?.codePointAt(0) ?? 0;
      if (isSharedPunctuation(cp)) continue;
      return isCjkCharacter(cp);
    }
    return false;
  };
  return look(-1) || look(1);
}
