import { headerBlockEnd } from './bytes';

/**
 * A light look at a raw message's MIME skeleton — header blocks, declared
 * boundaries, delimiter lines, transfer encodings — to notice what the MIME
 * parser (postal-mime) repairs or tolerates without a word: a boundary that
 * never occurs, a missing closing delimiter, a base64 body cut short, raw
 * 8-bit headers, unknown charset labels. It decodes nothing: the parsing
 * itself stays with postal-mime (issue 4: "never a hand-written parser").
 *
 * Works on a binary string (see bytes.ts): offsets are byte offsets.
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
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Header text with folded lines joined (RFC 5322 §2.2.3). */
export function unfold(headerText: string): string {
  return headerText.replace(/\r?\n[ \t]+/g, ' ');
}

export function headerValue(unfoldedHeader: string, name: string): string | undefined {
  const m = new RegExp(`^${escapeRegExp(name)}[ \\t]*:[ \\t]*(.*)$`, 'im').exec(unfoldedHeader);
  return m?.[1]?.trim();
}

/** The value of a MIME parameter (`boundary`, `charset`), quoted or not. */
export function parameter(headerValueText: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|;)\\s*${escapeRegExp(name)}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^\\s;"]+))`, 'i').exec(headerValueText);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

function blockAt(binary: string, start: number): HeaderBlock {
  // a part may have no headers at all: its body starts right after the delimiter line
  if (binary.startsWith('\r\n', start)) return { start, end: start, bodyStart: start + 2 };
  if (binary.startsWith('\n', start)) return { start, end: start, bodyStart: start + 1 };
  const found = headerBlockEnd(binary, start);
  if (!found) return { start, end: binary.length, bodyStart: binary.length };
  return { start, end: found.headerEnd, bodyStart: found.bodyStart };
}

function delimiterLines(binary: string, boundary: string, from: number): { at: number; next: number; close: boolean }[] {
  const re = new RegExp(`^--${escapeRegExp(boundary)}(--)?[ \\t]*\\r?$`, 'gm');
  re.lastIndex = from;
  const found: { at: number; next: number; close: boolean }[] = [];
  for (let m = re.exec(binary); m; m = re.exec(binary)) {
    const lineEnd = binary.indexOf('\n', m.index);
    found.push({ at: m.index, next: lineEnd < 0 ? binary.length : lineEnd + 1, close: m[1] === '--' });
  }
  return found;
}

export function scanMime(binary: string): MimeSkeleton {
  const top = headerBlockEnd(binary) ? blockAt(binary, 0) : undefined;
  const boundaries: DeclaredBoundary[] = [];
  const delimiters: { at: number; next: number; close: boolean }[] = [];
  const parts: PartInfo[] = [];
  const charsetLabels = new Set<string>();

  // Header blocks are visited breadth-first: the top one, then each part's as its delimiters are found.
  const queue: HeaderBlock[] = top ? [top] : [];
  const seenBlocks = new Set<number>();
  while (queue.length > 0) {
    const block = queue.shift()!;
    if (seenBlocks.has(block.start)) continue;
    seenBlocks.add(block.start);
    const headerText = unfold(binary.slice(block.start, block.end));
    const contentType = headerValue(headerText, 'content-type') ?? '';
    const charset = parameter(contentType, 'charset');
    if (charset) charsetLabels.add(charset.toLowerCase());
    const boundary = /^\s*multipart\//i.test(contentType) ? parameter(contentType, 'boundary') : undefined;
    if (!boundary) continue;
    const lines = delimiterLines(binary, boundary, block.bodyStart);
    const valueAt = binary.indexOf(boundary, block.start);
    boundaries.push({
      value: boundary,
      valueAt: valueAt >= 0 && valueAt < block.end ? valueAt : -1,
      bodyStart: block.bodyStart,
      delimiterFound: lines.some((l) => !l.close),
      closeFound: lines.some((l) => l.close),
    });
    delimiters.push(...lines);
    for (const line of lines) if (!line.close) queue.push(blockAt(binary, line.next));
  }

  delimiters.sort((a, b) => a.at - b.at);
  for (const start of seenBlocks) {
    if (top && start === top.start) continue;
    const header = blockAt(binary, start);
    const next = delimiters.find((d) => d.at >= header.bodyStart);
    parts.push({ header, bodyEnd: next ? Math.max(header.bodyStart, next.at) : binary.length });
  }
  parts.sort((a, b) => a.header.start - b.header.start);

  for (const m of binary.matchAll(/=\?([^?\s*]+)(?:\*[^?\s]*)?\?[bq]\?/gi)) charsetLabels.add(m[1]!.toLowerCase());
  return { top, boundaries, parts, charsetLabels: [...charsetLabels] };
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
  const body = binary.slice(start, end).replace(/[\s]/g, '');
  return body.length % 4 !== 0;
}

/**
 * For a boundary that never occurs: the delimiter the body really uses — the
 * first `--token` line after the header that is followed by a header line.
 */
export function guessActualBoundary(binary: string, declared: DeclaredBoundary): string | undefined {
  const re = /^--([^\s]{1,70}?)[ \t]*\r?\n([A-Za-z][A-Za-z0-9-]*[ \t]*:)?/gm;
  re.lastIndex = declared.bodyStart;
  for (let m = re.exec(binary); m; m = re.exec(binary)) {
    if (m[2] && !m[1]!.endsWith('--')) return m[1];
  }
  return undefined;
}
