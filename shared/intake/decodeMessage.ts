import PostalMime, { type Email } from 'postal-mime';
import { binaryToBytes, bytesToBinary } from './bytes';
import { contentDigest } from './contentDigest';
import { jsSha256, type Sha256 } from './digest';
import { isKnownCharset } from './charsets';
import type { IntakeWarning } from './parsedMessage';
import { repairBoundaries, substituteCharset, transcodeEightBitHeaders } from './repairs';
import { headerValue, isTruncatedBase64, scanMime, transferEncoding, unfold, type MimeSkeleton } from './rawScan';

/**
 * Runs postal-mime on a message, after the working-copy repairs, and reports
 * what it silently tolerated. postal-mime was chosen (issue 4) because it is
 * maintained, has no dependencies and needs no Node API — only TextDecoder,
 * TextEncoder and Blob, which the renderer, a Web Worker and Node all have —
 * so one code path serves the app, the worker and the tests. Measured here
 * (NOTES.md "Mail"): it decodes the CJK charsets and RFC 2231 names we need.
 */

export interface DecodedMessage {
  email: Email;
  warnings: IntakeWarning[];
  /** the raw body shown as text, when the parser found nothing to show */
  rawBodyText?: string;
  /** the exact bytes of each message/rfc822 part, in document order (see forwardedOriginals) */
  forwardedOriginals: Uint8Array[];
  /** what the message says, without the trace fields (contentDigest.ts) */
  contentSha256: string;
}

const POSTAL_OPTIONS = {
  // a forwarded message is an attachment (a document on the case), not text spliced into the body
  forceRfc822Attachments: true,
  attachmentEncoding: 'arraybuffer',
} as const;

async function postal(message: string | Uint8Array): Promise<Email> {
  return PostalMime.parse(typeof message === 'string' ? binaryToBytes(message) : message, POSTAL_OPTIONS);
}

/** What the skeleton shows about the message as it arrived (before any repair). */
function structuralWarnings(binary: string, skeleton: MimeSkeleton): IntakeWarning[] {
  const warnings: IntakeWarning[] = [];
  for (const b of skeleton.boundaries) {
    if (b.delimiterFound && !b.closeFound) warnings.push({ code: 'multipart-unterminated', params: { boundary: b.value } });
  }
  const leaves = [
    ...(skeleton.top && !skeleton.boundaries.some((b) => b.bodyStart === skeleton.top!.bodyStart) ? [{ header: skeleton.top, bodyEnd: binary.length }] : []),
    ...skeleton.parts,
  ];
  for (const leaf of leaves) {
    if (transferEncoding(binary, leaf.header) === 'base64' && isTruncatedBase64(binary, leaf.header.bodyStart, leaf.bodyEnd)) {
      warnings.push({ code: 'base64-truncated' });
      break; // one warning says it; the officer opens the raw message for the rest
    }
  }
  return warnings;
}

function decodedStrings(email: Email): string[] {
  return [email.subject ?? '', email.text ?? '', email.html ?? '', ...email.attachments.map((a) => a.filename ?? '')];
}

/**
 * An unknown label is most often UTF-8 under a wrong name. UTF-8 is tried on
 * the working copy and kept only if it decodes cleanly (no U+FFFD: random
 * bytes are almost never valid UTF-8); otherwise windows-1252 stands, which
 * is what postal-mime itself falls back to. GB18030 is deliberately not
 * guessed: it accepts nearly any byte pair, so Big5 bytes come out as
 * plausible-looking but wrong Chinese — worse than visible mojibake. The
 * labels are replaced before the parser sees them (issue 12): postal-mime
 * would otherwise try and fail a decoder for every encoded word.
 */
async function parseWithUnknownCharsets(binary: string, labels: string[]): Promise<{ email: Email; warning: IntakeWarning }> {
  const asUtf8 = await postal(substituteCharset(binary, labels, 'utf-8'));
  const clean = !decodedStrings(asUtf8).join('\n').includes('\ufffd');
  const shown = labels.length > 5 ? `${labels.slice(0, 5).join(', ')} … (${labels.length})` : labels.join(', ');
  return {
    email: clean ? asUtf8 : await postal(substituteCharset(binary, labels, 'windows-1252')),
    warning: { code: 'charset-unknown', params: { charset: shown, decodedAs: clean ? 'utf-8' : 'windows-1252' } },
  };
}

/** Labels asked about per message; past it a label counts as unknown (each question may cost a thrown error). */
const MAX_LABELS_CHECKED = 256;

/** More MIME parts than any request carries: the message is kept raw instead (issue 12, bounded work per message). */
export const MAX_MIME_PARTS = 2_000;

export class TooManyPartsError extends Error {
  constructor(readonly parts: number) {
    super(`${parts} MIME parts (at most ${MAX_MIME_PARTS} are read)`);
  }
}

function isEmpty(email: Email): boolean {
  return !email.text?.trim() && !email.html?.trim() && email.attachments.length === 0;
}

/**
 * postal-mime hands a 7bit/8bit part back with its lines re-joined by LF,
 * which would change a forwarded .eml's bytes and SHA-256. A message/rfc822
 * part may only be 7bit, 8bit or binary (RFC 2046 §5.2.1), so its exact bytes
 * are cut from the raw message: the part body up to, not including, the line
 * end before the next delimiter, which belongs to the delimiter (§5.1.1).
 */
function forwardedOriginals(binary: string, skeleton: MimeSkeleton): Uint8Array[] {
  return skeleton.parts
    .filter((part) => /^\s*message\/rfc822\b/i.test(headerValue(unfold(binary.slice(part.header.start, part.header.end)), 'content-type') ?? ''))
    .map((part) => {
      let end = part.bodyEnd;
      if (end < binary.length) end -= binary.startsWith('\r\n', end - 2) ? 2 : binary[end - 1] === '\n' ? 1 : 0;
      return binaryToBytes(binary.slice(part.header.bodyStart, Math.max(part.header.bodyStart, end)));
    });
}

export async function decodeMessage(raw: Uint8Array, sha256: Sha256 = jsSha256): Promise<DecodedMessage> {
  const original = bytesToBinary(raw);
  const skeleton = scanMime(original);
  if (skeleton.parts.length > MAX_MIME_PARTS) throw new TooManyPartsError(skeleton.parts.length);
  const warnings = structuralWarnings(original, skeleton);

  const transcoded = transcodeEightBitHeaders(original, skeleton);
  // offsets move when headers were transcoded: the repairs then look at the working copy afresh
  const repaired = repairBoundaries(transcoded.binary, transcoded.binary === original ? skeleton : scanMime(transcoded.binary));
  warnings.push(...transcoded.warnings, ...repaired.warnings);
  const working = repaired.binary;
  // a repaired boundary may reveal parts the first look did not count
  if (working !== transcoded.binary) {
    const parts = scanMime(working).parts.length;
    if (parts > MAX_MIME_PARTS) throw new TooManyPartsError(parts);
  }

  const unknown = skeleton.charsetLabels.filter((label, i) => i >= MAX_LABELS_CHECKED || !isKnownCharset(label));
  let email: Email;
  if (unknown.length === 0) {
    // unrepaired (the usual case): the original bytes go to the parser as they are
    email = await postal(working === original ? raw : working);
  } else {
    const read = await parseWithUnknownCharsets(working, unknown);
    email = read.email;
    warnings.push(read.warning);
  }

  if (isEmpty(email) && skeleton.top) {
    const body = original.slice(skeleton.top.bodyStart).trim();
    if (body !== '') {
      warnings.push({ code: 'body-shown-raw' });
      return { email, warnings, rawBodyText: new TextDecoder('utf-8').decode(binaryToBytes(body)), forwardedOriginals: [], contentSha256: await contentDigest(original, raw, skeleton.top, sha256) };
    }
  }
  return { email, warnings, forwardedOriginals: forwardedOriginals(original, skeleton), contentSha256: await contentDigest(original, raw, skeleton.top, sha256) };
}
