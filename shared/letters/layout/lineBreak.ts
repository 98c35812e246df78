/**
 * Line breaking for mixed Chinese and Latin text, after the W3C "Requirements
 * for Chinese Text Layout" (clreq) and the kinsoku rules of JIS X 4051:
 * - a Chinese character may break from its neighbours anywhere;
 * - a Latin word (letters, digits, an e-mail address, a case reference) is
 *   never split, except when it alone is wider than the line;
 * - closing punctuation (。，、；：？！」）》…) never starts a line and opening
 *   punctuation (「（《…) never ends one: each is glued to its neighbour and
 *   the pair moves to the next line together (push-out, 推出).
 * The breaker only needs a width function, so it is tested without a font.
 */
import { isCjkCharacter, isSharedPunctuation, sharedMarkIsCjk } from './scripts';


/** Characters that must not begin a line (行首禁则). */
export const NO_LINE_START = new Set(
  Array.from(
    '。．，、；：？！…‥—–～·・」』）》〉】〕〗〙〛］｝’”％‰℃°' +
      '!),.:;?]}%' +
      'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーヽヾゝゞ々〻',
  ),
);

/** Characters that must not end a line (行尾禁则). */
export const NO_LINE_END = new Set(Array.from('「『（《〈【〔〖〘〚［｛‘“([{￥$£€#'));

export type AtomKind = 'cjk' | 'word' | 'space';

/** The smallest pieces of a paragraph: one CJK character, one Latin word, or a space. */
export interface Atom {
  kind: AtomKind;
  text: string;
}

/**
 * Characters set one by one in Chinese text: CJK ideographs, kana, CJK
 * symbols and punctuation, full-width forms, and the curly quotes and dashes
 * Chinese text uses as its own punctuation. (Those shared marks are Chinese
 * only beside Chinese text: `People’s` keeps its apostrophe inside the word.)
 */
export function isCjk(cp: number): boolean {
  return isCjkCharacter(cp) || isSharedPunctuation(cp);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\n' || ch === '\r';
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Stretches never broken across lines (issue 13: "28 / September 2026"): a
 * date in either language, an amount with its currency, a case reference.
 * Each becomes one unbreakable, unhyphenated atom.
 */
const UNBREAKABLE = new RegExp(
  [
    `\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, // 28 September 2026
    `\\b(?:${MONTHS}) \\d{1,2}, \\d{4}\\b`, // September 28, 2026
    '\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?', // 2026年9月28日
    '(?:RMB|CNY|EUR|USD|HKD|GBP|[¥€£$])\\s?\\d[\\d,]*(?:\\.\\d+)?', // RMB 1,000.00
    '\\d[\\d,]*(?:\\.\\d+)?\\s?(?:元|euros?|yuan)', // 1,000 元
    '\\b[A-Z]{2,}-\\d{4}-\\d+\\b', // CL-2026-0042
  ].join('|'),
  'g',
);

/** Splits a paragraph into atoms; runs of white space collapse to one space. */
export function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  let word = '';
  const flushWord = () => {
    if (word) atoms.push({ kind: 'word', text: word });
    word = '';
  };
  const chars = Array.from(text);
  // code-point index where each unbreakable stretch starts → its text
  const keep = new Map<number, string>();
  for (const m of text.matchAll(UNBREAKABLE)) keep.set(Array.from(text.slice(0, m.index)).length, m[0]);
  let skipTo = -1;
  for (const [i, ch] of chars.entries()) {
    if (i < skipTo) continue;
    const kept = keep.get(i);
    if (kept !== undefined) {
      flushWord();
      atoms.push({ kind: 'word', text: kept.replace(/\s+/g, ' ') });
      skipTo = i + Array.from(kept).length;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (isSpace(ch) && ch !== '\u3000') {
      flushWord();
      if (atoms.length > 0 && atoms[atoms.length - 1]?.kind !== 'space') atoms.push({ kind: 'space', text: ' ' });
    } else if (isCjkCharacter(cp) || (isSharedPunctuation(cp) && sharedMarkIsCjk(chars, i))) {
      flushWord();
      atoms.push({ kind: 'cjk', text: ch });
    } else {
      word += ch;
    }
  }
  flushWord();
  while (atoms.length > 0 && atoms[atoms.length - 1]?.kind === 'space') atoms.pop();
  return atoms;
}

/**
 * Groups atoms into units that may not be separated by a line break: a
 * closing mark joins the atom before it, an opening mark the atom after it.
 * Spaces stay units of their own (they are where Latin text breaks).
 */
export function unitsOf(atoms: readonly Atom[]): Atom[][] {
  const units: Atom[][] = [];
  let glueNext = false;
  for (const atom of atoms) {
    const last = units[units.length - 1];
    const first = Array.from(atom.text)[0] ?? '';
    const startsClosed = atom.kind !== 'space' && NO_LINE_START.has(first);
    const lastAtom = last?.[last.length - 1];
    if (last && lastAtom && lastAtom.kind !== 'space' && atom.kind !== 'space' && (glueNext || startsClosed)) {
      last.push(atom);
    } else {
      units.push([atom]);
    }
    const chars = Array.from(atom.text);
    glueNext = atom.kind !== 'space' && NO_LINE_END.has(chars[chars.length - 1] ?? '');
  }
  return units;
}

/** One line of a paragraph: its atoms (no space at either end) and its natural width. */
export interface Line {
  atoms: Atom[];
  width: number;
  /** the last line of its paragraph (not justified) */
  last: boolean;
}

export type Measure = (text: string) => number;

/** A word's hyphenation points: the word cut into syllables (`hy`, `phen`, `ation`). */
export type Hyphenate = (word: string) => string[];

/** Only plain words are hyphenated: letters, maybe closing punctuation after them (never a reference, a date or an address). */
const HYPHENATABLE = /^([A-Za-z]{6,})([,.;:)’”]*)$/;

/**
 * Greedy filling: as many units as fit on each line, then the next line.
 * `firstIndent` narrows the first line (首行缩进, two characters in Chinese).
 * With `hyphenate` (English text), a word that does not fit is split at a
 * hyphenation point when at least two letters stay and three go, so that
 * justified lines do not open wide gaps.
 */
export function breakLines(text: string, maxWidth: number, measure: Measure, firstIndent = 0, hyphenate?: Hyphenate): Line[] {
  const lines: Line[] = [];
  let atoms: Atom[] = [];
  let width = 0;
  let pendingSpace = false;
  const room = () => maxWidth - (lines.length === 0 ? firstIndent : 0);
  const endLine = () => {
    lines.push({ atoms, width, last: false });
    atoms = [];
    width = 0;
    pendingSpace = false;
  };
  const spaceWidth = measure(' ');

  for (const unit of unitsOf(atomize(text))) {
    if (unit[0]?.kind === 'space') {
      pendingSpace = atoms.length > 0;
      continue;
    }
    let unitText = unit.map((a) => a.text).join('');
    let unitWidth = measure(unitText);
    const extra = (pendingSpace ? spaceWidth : 0) + unitWidth;
    if (atoms.length > 0 && width + extra > room() && hyphenate && unit.length === 1 && unit[0]?.kind === 'word') {
      const split = hyphenSplit(unitText, room() - width - (pendingSpace ? spaceWidth : 0), measure, hyphenate);
      if (split) {
        if (pendingSpace) {
          atoms.push({ kind: 'space', text: ' ' });
          width += spaceWidth;
        }
        atoms.push({ kind: 'word', text: split.head });
        width += measure(split.head);
        endLine();
        unitText = split.tail;
        unitWidth = measure(unitText);
        unit.splice(0, 1, { kind: 'word', text: unitText });
      }
    }
    if (atoms.length > 0 && width + (pendingSpace ? spaceWidth : 0) + unitWidth > room()) endLine();
    if (atoms.length === 0 && unitWidth > room()) {
      // Wider than a whole line (a long URL, say): split it where it must.
      const pieces = splitToFit(unitText, room(), maxWidth, measure);
      pieces.forEach((piece, i) => {
        if (i > 0) endLine();
        atoms = [{ kind: unit.length === 1 && unit[0] ? unit[0].kind : 'word', text: piece }];
        width = measure(piece);
      });
      continue;
    }
    if (pendingSpace && atoms.length > 0) {
      atoms.push({ kind: 'space', text: ' ' });
      width += spaceWidth;
    }
    atoms.push(...unit);
    width += unitWidth;
    pendingSpace = false;
  }
  if (atoms.length > 0 || lines.length === 0) lines.push({ atoms, width, last: true });
  const final = lines[lines.length - 1];
  if (final) final.last = true;
  return lines;
}

/** The longest `head-` of `word` that fits `room`, and the rest; none when no hyphenation point fits. */
function hyphenSplit(word: string, room: number, measure: Measure, hyphenate: Hyphenate): { head: string; tail: string } | undefined {
  const m = HYPHENATABLE.exec(word);
  if (!m?.[1]) return undefined;
  const syllables = hyphenate(m[1]);
  let best: { head: string; tail: string } | undefined;
  let head = '';
  for (let i = 0; i < syllables.length - 1; i++) {
    head += syllables[i];
    const tail = word.slice(head.length);
    if (head.length < 2 || tail.length - (m[2]?.length ?? 0) < 3) continue;
    if (measure(`${head}-`) > room) break;
    best = { head: `${head}-`, tail };
  }
  return best;
}

/** Splits an over-long unit character by character: the first piece fits `firstRoom`, the others `room`. */
function splitToFit(text: string, firstRoom: number, room: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current && measure(current + ch) > (pieces.length === 0 ? firstRoom : room)) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}
