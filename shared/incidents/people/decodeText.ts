/**
 * The encodings a list of people arrives in from an office: UTF-8 (with the
 * BOM Excel writes for "CSV UTF-8", or without), GBK (what Excel and WPS on
 * a Chinese Windows write for plain "CSV"), and UTF-16 (Excel's "Unicode
 * text"). GBK is decoded as GB18030, its superset, so that any character a
 * GBK file can hold comes through.
 */
export type TextEncodingId = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingId;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // a GBK file of Chinese text is almost never well-formed UTF-8 (its lead bytes 0x81–0xFE rarely
    // line up as UTF-8 sequences), so strict UTF-8 first, GB18030 when it fails
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
