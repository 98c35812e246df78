import { LineIndex, type DashLine } from './lineIndex';

/**
 * A light look at a raw message's MIME skeleton — header blocks, declared
 * boundaries, delimiter lines, transfer encodings — to notice what the MIME
 * parser (postal-mime) repairs or tolerates without a word: a boundary that
 * never occurs, a missing closing delimiter, a base64 body cut short, raw
 * 8-bit headers, unknown charset labels. It decodes nothing: the parsing
 * itself stays with postal-mime (issue 4: "never a hand-written parser").
 *
 * Works on a binary string (see bytes.ts): offsets are byte offsets.
 *
 * Issue 12 ("linear time"): mail is written by strangers, so every step here
 * is linear in the message's size whatever its shape. The lines that begin
 * with `--` and the blank lines are indexed once (lineIndex.ts); a header
 * block ends at its blank line or at the next `--` line, whichever comes
 * first, so blocks never overlap; and each delimiter line is claimed by one
 * multipart only, so a boundary that nested parts reuse (the 40 KB message
 * that once took 155 s) is walked once, not once per level.
 */

export interface HeaderBlock {
  start: number;
  /** offset of the blank line that ends it */
  end: number;
  bodyStart: number;
}

export interface DeclaredBoundary {
  value: string;
  /** offset of the value inside the raw message (for a repair) */
  valueAt: number;
  /** where the body governed by this header starts */
  bodyStart: number;
  delimiterFound: boolean;
  closeFound: boolean;
}

export interface PartInfo {
  header: HeaderBlock;
  /** end of the part's body: the next delimiter line, or the end of the message */
  bodyEnd: number;
}

export interface MimeSkeleton {
  top: HeaderBlock | undefined;
  boundaries: DeclaredBoundary[];
  parts: PartInfo[];
  /** every charset label named in a Content-Type parameter or an RFC 2047 encoded word, lower-cased */
  charsetLabels: string[];
  /** the message's `--` lines and blank lines, for the repairs that look again */
  lines: LineIndex;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Header text with folded lines joined (RFC 5322 §2.2.3). */
export function unfold(headerText: string): string {
  return headerText.replace(/\r?\n[ \t]+/g, ' ');
}

/** Compiled once per name: a message with thousands of parts asks the same few questions thousands of times. */
const patterns = new Map<string, RegExp>();
function pattern(key: string, source: () => string, flags: string): RegExp {
  let re = patterns.get(key);
  if (!re) patterns.set(key, (re = new RegExp(source(), flags)));
  return re;
}

export function headerValue(unfoldedHeader: string, name: string): string | undefined {
  const m = pattern(`h:${name}`, () => `^${escapeRegExp(name)}[ \\t]*:[ \\t]*(.*)$`, 'im').exec(unfoldedHeader);
  return m?.[1]?.trim();
}

/** The value of a MIME parameter (`boundary`, `charset`), quoted or not. */
export function parameter(headerValueText: string, name: string): string | undefined {
  const m = pattern(`p:${name}`, () => `(?:^|;)\\s*${escapeRegExp(name)}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^\\s;"]+))`, 'i').exec(headerValueText);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

/** Where a parameter's value is written in raw header text (not just the first place its text occurs), or -1. */
function parameterValueAt(raw: string, name: string, value: string): number {
  const re = new RegExp(`${escapeRegExp(name)}\\s*=\\s*"?`, 'gi');
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const at = m.index + m[0].length;
    if (raw.startsWith(value, at)) return at;
  }
  return -1;
}

/** The header block that starts at `start`: up to its blank line, or up to the next `--` line, whichever is first. */
function blockAt(binary: string, lines: LineIndex, start: number): HeaderBlock {
  // a part may have no headers at all: its body starts right after the delimiter line
  if (binary.startsWith('\r\n', start)) return { start, end: start, bodyStart: start + 2 };
  if (binary.startsWith('\n', start)) return { start, end: start, bodyStart: start + 1 };
  const blank = lines.blankLineAfter(start);
  const dash = lines.dashLineAfter(start);
  if (dash !== undefined && (blank === undefined || dash.at < blank.headerEnd)) return { start, end: dash.at, bodyStart: dash.at };
  if (!blank) return { start, end: binary.length, bodyStart: binary.length };
  return { start, end: blank.headerEnd, bodyStart: blank.bodyStart };
}

/** Labels of RFC 2047 encoded words (`=?gbk?B?…?=`); a label is at most 40 characters (RFC 2978 names are shorter). */
const ENCODED_WORD_LABEL = /=\?([^?\s*]{1,40})(?:\*[^?\s]{0,40})?\?[bq]\?/gi;

export function scanMime(binary: string): MimeSkeleton {
  const lines = new LineIndex(binary);
  const top = lines.blankLineAfter(0) ? blockAt(binary, lines, 0) : undefined;
  const boundaries: DeclaredBoundary[] = [];
  const delimiters: DashLine[] = [];
  const blocks: HeaderBlock[] = [];
  const charsetLabels = new Set<string>();

  // Header blocks are visited breadth-first: the top one, then each part's as its delimiters are found.
  const queue: HeaderBlock[] = top ? [top] : [];
  const seenBlocks = new Set<number>();
  for (let head = 0; head < queue.length; head++) {
    const block = queue[head]!;
    if (seenBlocks.has(block.start)) continue;
    seenBlocks.add(block.start);
    if (block !== top) blocks.push(block);
    const raw = binary.slice(block.start, block.end);
    const contentType = headerValue(unfold(raw), 'content-type') ?? '';
    const charset = parameter(contentType, 'charset');
    if (charset) charsetLabels.add(charset.toLowerCase());
    const boundary = /^\s*multipart\//i.test(contentType) ? parameter(contentType, 'boundary') : undefined;
    if (!boundary) continue;
    const found = lines.claimDelimiters(boundary, block.bodyStart);
    const valueAt = parameterValueAt(raw, 'boundary', boundary);
    boundaries.push({
      value: boundary,
      valueAt: valueAt >= 0 ? block.start + valueAt : -1,
      bodyStart: block.bodyStart,
      delimiterFound: found.delimiterFound,
      closeFound: found.closeFound,
    });
    for (const line of found.claimed) delimiters.push(line);
    for (const line of found.claimed) if (!line.close) queue.push(blockAt(binary, lines, line.next));
  }

  // each part's body ends at the first delimiter after its header: one merge of two sorted lists
  delimiters.sort((a, b) => a.at - b.at);
  blocks.sort((a, b) => a.start - b.start);
  const parts: PartInfo[] = [];
  let d = 0;
  for (const header of blocks) {
    while (d < delimiters.length && delimiters[d]!.at < header.bodyStart) d++;
    const next = delimiters[d];
    parts.push({ header, bodyEnd: next ? Math.max(header.bodyStart, next.at) : binary.length });
  }

  for (const m of binary.matchAll(ENCODED_WORD_LABEL)) charsetLabels.add(m[1]!.toLowerCase());
  return { top, boundaries, parts, charsetLabels: [...charsetLabels], lines };
}

/** The transfer encoding of a block, lower-cased ('7bit' when absent, RFC 2045 §6.1). */
export function transferEncoding(binary: string, block: HeaderBlock): string {
  return (headerValue(unfold(binary.slice(block.start, block.end)), 'content-transfer-encoding') ?? '7bit').toLowerCase();
}

/**
 * A base64 body cut short: after removing line breaks its length is not a
 * multiple of 4 (RFC 2045 §6.8 pads every body to whole 4-character groups).
 */
export function isTruncatedBase64(binary: string, start: number, end: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = binary.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a && c !== 0x0b && c !== 0x0c) count++;
  }
  return count % 4 !== 0;
}

/** How many `--` lines one guess may look at: a guess is a convenience, never a reason to stall. */
const GUESS_LINES = 2_000;

/**
 * For a boundary that never occurs: the delimiter the body really uses — the
 * first `--token` line after the header that is followed by a header line.
 */
export function guessActualBoundary(binary: string, lines: LineIndex, declared: DeclaredBoundary): string | undefined {
  const header = /^[A-Za-z][A-Za-z0-9-]*[ \t]*:/;
  let looked = 0;
  for (const line of lines.dashLinesFrom(declared.bodyStart)) {
    if (++looked > GUESS_LINES) return undefined;
    const token = line.token;
    if (token.length < 1 || token.length > 70 || token.endsWith('--') || /\s/.test(token)) continue;
    if (header.test(binary.slice(line.next, line.next + 80))) return token;
  }
  return undefined;
}
