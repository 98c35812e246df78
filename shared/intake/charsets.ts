/**
 * Which charset labels can be decoded. postal-mime decodes with TextDecoder
 * (the WHATWG Encoding Standard's labels) plus a few aliases, and silently
 * falls back to windows-1252 for anything else; this module tells us when
 * that fallback happened, so the message can say so (issue 4: "unknown
 * charset decoded as …").
 */

const known = new Map<string, boolean>();

function decodable(label: string): boolean {
  let ok = known.get(label);
  if (ok === undefined) {
    try {
      new TextDecoder(label);
      ok = true;
    } catch {
      ok = false;
    }
    known.set(label, ok);
  }
  return ok;
}

/** Labels postal-mime 4 maps onto a WHATWG encoding (decode-strings.ts, `charsetAliases` and code pages). */
const POSTAL_MIME_ALIASES = new Set([
  'iso88598i',
  'iso88598e',
  'shiftjis',
  'windows31j',
  'mskanji',
  'eucjp',
  'iso2022jp',
  'iso2022jp1',
  'iso2022jp2',
  'junet',
  'euckr',
  'uhc',
  'tis620',
]);
const CODE_PAGES = new Set(['932', '936', '949', '950', '874', '51932', '50220', '50221', '50222']);

/** The label with the decorations mail clients add (`x-`, `cs`, separators) removed, as postal-mime normalises it. */
export function normaliseCharsetLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/^(?:x-ms-|x-|cs)/, '')
    .replace(/[\s._-]+/g, '');
}

/** True when postal-mime decodes this label with a real decoder rather than its windows-1252 fallback. */
export function isKnownCharset(label: string): boolean {
  const lower = label.trim().toLowerCase();
  if (lower === '' || decodable(lower)) return true;
  const normalised = normaliseCharsetLabel(lower);
  if (decodable(normalised) || POSTAL_MIME_ALIASES.has(normalised)) return true;
  const codePage = /^(?:cp|windows|ms|ibm)(\d+)$/.exec(normalised);
  return codePage !== null && CODE_PAGES.has(codePage[1]!);
}

/** A label worth trusting for raw 8-bit header bytes: a multi-byte CJK encoding the message itself declares. */
export function isCjkCharset(label: string): boolean {
  return /^(?:gb2312|gbk|gb18030|big5|big5-hkscs|cp936|x-gbk|euc-cn|cn-big5)$/i.test(label.trim());
}
