import { binaryToBytes, bytesToBinary, decodeStrict, hasEightBit, isUtf8 } from './bytes';
import { isCjkCharset } from './charsets';
import type { IntakeWarning } from './parsedMessage';
import { guessActualBoundary, headerValue, parameter, scanMime, unfold, type HeaderBlock, type MimeSkeleton } from './rawScan';

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
  const blocks = [...(skeleton.top ? [skeleton.top] : []), ...skeleton.parts.map((p) => p.header)];
  const decodedAs = new Set<string>();
  let out = binary;
  // from the last block to the first, so that earlier offsets stay valid while later ones change length
  for (const block of [...blocks].sort((a, b) => b.start - a.start)) {
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
    out = out.slice(0, block.start) + utf8Binary(decoded) + out.slice(block.end);
  }
  if (decodedAs.size === 0) return { binary, warnings: [] };
  return { binary: out, warnings: [{ code: 'header-8bit', params: { decodedAs: [...decodedAs].join(', ') } }] };
}

/**
 * A multipart whose declared boundary never occurs (RFC 2046 §5.1.1: the
 * delimiter must not appear elsewhere, and must appear here) yields nothing
 * from the parser. When the body plainly uses another delimiter, the
 * declaration is corrected in the working copy.
 */
export function repairBoundaries(binary: string): { binary: string; warnings: IntakeWarning[] } {
  const skeleton = scanMime(binary);
  const warnings: IntakeWarning[] = [];
  let out = binary;
  const missing = skeleton.boundaries.filter((b) => !b.delimiterFound).sort((a, b) => b.valueAt - a.valueAt);
  for (const declared of missing) {
    const actual = guessActualBoundary(binary, declared);
    if (actual && declared.valueAt >= 0) {
      out = out.slice(0, declared.valueAt) + actual + out.slice(declared.valueAt + declared.value.length);
      warnings.push({ code: 'boundary-repaired', params: { declared: declared.value, used: actual } });
    } else {
      warnings.push({ code: 'boundary-not-found', params: { declared: declared.value } });
    }
  }
  return { binary: out, warnings };
}

/** The working copy with every occurrence of an unknown charset label replaced by `replacement`. */
export function substituteCharset(binary: string, unknownLabels: readonly string[], replacement: string): string {
  let out = binary;
  for (const label of unknownLabels) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`(charset\\s*=\\s*"?)${escaped}("?)`, 'gi'), `$1${replacement}$2`)
      .replace(new RegExp(`=\\?${escaped}((?:\\*[^?\\s]*)?\\?[bq]\\?)`, 'gi'), `=?${replacement}$1`);
  }
  return out;
}
