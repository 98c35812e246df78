import { binaryToBytes, bytesToBinary, decodeStrict, hasEightBit, isUtf8 } from './bytes';
import { isCjkCharset } from './charsets';
import type { IntakeWarning } from './parsedMessage';
import { guessActualBoundary, headerValue, parameter, unfold, type HeaderBlock, type MimeSkeleton } from './rawScan';

/**
 * Repairs made to a *working copy* of a message before it is handed to the
 * MIME parser. The stored document stays byte for byte what arrived, and its
 * SHA-256 is of those bytes (SPEC §1); each repair leaves a warning on the
 * message so the officer knows what was guessed.
 */

const utf8 = new TextEncoder();

function utf8Binary(text: string): string {
  return bytesToBinary(utf8.encode(text));
}

/** The charset to read raw 8-bit header bytes in: the block's own CJK charset, else the message's, else GB18030. */
function headerCharset(binary: string, block: HeaderBlock, skeleton: MimeSkeleton): string {
  const own = parameter(headerValue(unfold(binary.slice(block.start, block.end)), 'content-type') ?? '', 'charset');
  if (own && isCjkCharset(own)) return own;
  return skeleton.charsetLabels.find(isCjkCharset) ?? 'gb18030';
}

/**
 * Headers must be ASCII (RFC 5322 §2.2; non-ASCII goes in RFC 2047 encoded
 * words), yet older Chinese clients write GBK bytes into Subject:, From: or a
 * filename="…" parameter. postal-mime reads header bytes as UTF-8, which
 * turns GBK into U+FFFD. Raw UTF-8 (RFC 6532) is read correctly and only
 * noted; any other 8-bit header block is re-encoded to UTF-8 from the
 * message's own CJK charset, or GB18030 (a superset of GBK and GB2312).
 */
export function transcodeEightBitHeaders(binary: string, skeleton: MimeSkeleton): { binary: string; warnings: IntakeWarning[] } {
  const blocks = [...(skeleton.top ? [skeleton.top] : []), ...skeleton.parts.map((p) => p.header)].sort((a, b) => a.start - b.start);
  const decodedAs = new Set<string>();
  // the copy is assembled from pieces in one pass (issue 12: slicing the whole string per block was quadratic)
  const pieces: string[] = [];
  let copied = 0;
  for (const block of blocks) {
    if (block.start < copied) continue; // blocks never overlap (rawScan.ts); a defensive skip costs nothing
    const text = binary.slice(block.start, block.end);
    if (!hasEightBit(text)) continue;
    const bytes = binaryToBytes(text);
    if (isUtf8(bytes)) {
      decodedAs.add('utf-8');
      continue;
    }
    const label = headerCharset(binary, block, skeleton);
    const decoded = decodeStrict(bytes, label) ?? new TextDecoder('gb18030').decode(bytes);
    decodedAs.add(label.toLowerCase());
    pieces.push(binary.slice(copied, block.start), utf8Binary(decoded));
    copied = block.end;
  }
  if (decodedAs.size === 0) return { binary, warnings: [] };
  pieces.push(binary.slice(copied));
  return { binary: pieces.join(''), warnings: [{ code: 'header-8bit', params: { decodedAs: [...decodedAs].join(', ') } }] };
}

/**
 * A multipart whose declared boundary never occurs (RFC 2046 §5.1.1: the
 * delimiter must not appear elsewhere, and must appear here) yields nothing
 * from the parser. When the body plainly uses another delimiter, the
 * declaration is corrected in the working copy.
 */
export function repairBoundaries(binary: string, skeleton: MimeSkeleton): { binary: string; warnings: IntakeWarning[] } {
  const warnings: IntakeWarning[] = [];
  const pieces: string[] = [];
  let copied = 0;
  const missing = skeleton.boundaries.filter((b) => !b.delimiterFound).sort((a, b) => a.valueAt - b.valueAt);
  for (const [n, declared] of missing.entries()) {
    // a guess per boundary, for the first few: a message with thousands of broken multiparts is read as it is
    const actual = n < MAX_REPAIRS && declared.valueAt >= copied ? guessActualBoundary(binary, skeleton.lines, declared) : undefined;
    if (actual) {
      pieces.push(binary.slice(copied, declared.valueAt), actual);
      copied = declared.valueAt + declared.value.length;
      warnings.push({ code: 'boundary-repaired', params: { declared: declared.value, used: actual } });
    } else {
      warnings.push({ code: 'boundary-not-found', params: { declared: declared.value } });
    }
  }
  if (copied === 0) return { binary, warnings };
  pieces.push(binary.slice(copied));
  return { binary: pieces.join(''), warnings };
}

/** Boundaries repaired at most per message. */
const MAX_REPAIRS = 16;

/**
 * The working copy with every occurrence of an unknown charset label replaced
 * by `replacement`: one pass for all labels (issue 12: a pass per label made
 * thousands of invented labels quadratic).
 */
export function substituteCharset(binary: string, unknownLabels: readonly string[], replacement: string): string {
  const unknown = new Set(unknownLabels.map((l) => l.toLowerCase()));
  return binary
    .replace(/(charset\s*=\s*"?)([^\s";]{1,200})/gi, (whole, lead: string, label: string) => (unknown.has(label.toLowerCase()) ? `${lead}${replacement}` : whole))
    .replace(/=\?([^?\s*]{1,40})((?:\*[^?\s]{0,40})?\?[bq]\?)/gi, (whole, label: string, rest: string) => (unknown.has(label.toLowerCase()) ? `=?${replacement}${rest}` : whole));
}
