/**
 * Message-IDs as stored on a case (`Case.messageIds`) and compared when
 * threading: the msg-id of RFC 5322 §3.6.4 without its angle brackets and
 * surrounding whitespace. Nothing else is changed — the left part is
 * case-sensitive — so the same message always gives the same key.
 */

export function normaliseMessageId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const bracketed = /<([^<>]+)>/.exec(value);
  const id = (bracketed ? bracketed[1]! : value).replace(/\s+/g, '').trim();
  return id === '' ? undefined : id;
}

/** The ids of a References or In-Reply-To header, in order (oldest first for References). */
export function parseMessageIdList(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>]+)>/g)].map((m) => m[1]!.replace(/\s+/g, ''));
  const ids = bracketed.length > 0 ? bracketed : value.split(/[\s,]+/);
  return [...new Set(ids.filter((id) => id.length > 0))];
}
