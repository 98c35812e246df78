import type { Sha256 } from './digest';
import { binaryToBytes } from './bytes';
import type { HeaderBlock } from './rawScan';
import { unfold } from './rawScan';

/**
 * The digest of what a message says, as opposed to the digest of the file
 * (SPEC §1's SHA-256): the body byte for byte and the header fields its
 * author wrote, without the trace fields each server adds on the way
 * (Received, Return-Path, Delivered-To, X-…, DKIM/ARC stamps). A copy of the
 * same message delivered twice has another file digest and the same content
 * digest; a different message that reuses a Message-ID (issue 12) has
 * another content digest, and is therefore not a duplicate.
 */

/** The fields that are the author's (RFC 5322 §3.6), in a fixed order. */
const AUTHOR_FIELDS = ['from', 'sender', 'reply-to', 'to', 'cc', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'mime-version', 'content-type', 'content-transfer-encoding'];

/** Header fields of a block as name → values in order (unfolded, whitespace collapsed). */
function authorFields(binary: string, top: HeaderBlock): string {
  const byName = new Map<string, string[]>();
  for (const line of unfold(binary.slice(top.start, top.end)).split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!AUTHOR_FIELDS.includes(name)) continue;
    const values = byName.get(name) ?? [];
    values.push(line.slice(colon + 1).replace(/\s+/g, ' ').trim());
    byName.set(name, values);
  }
  return AUTHOR_FIELDS.flatMap((name) => (byName.get(name) ?? []).map((v) => `${name}:${v}`)).join('\n');
}

export function contentDigest(binary: string, raw: Uint8Array, top: HeaderBlock | undefined, sha256: Sha256): Promise<string> {
  if (!top) return sha256(raw);
  const head = binaryToBytes(authorFields(binary, top) + '\n\n');
  const body = raw.subarray(Math.min(top.bodyStart, raw.length));
  const all = new Uint8Array(head.length + body.length);
  all.set(head);
  all.set(body, head.length);
  return sha256(all);
}
