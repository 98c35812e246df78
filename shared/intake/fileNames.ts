/**
 * Attachment names come from the sender and end up as file names when an
 * officer saves or opens an attachment (through the platform contract). They
 * are made safe here, once: no directory parts, no characters Windows refuses
 * (`<>:"/\|?*` and controls), no reserved device names, at most 255 units.
 */

const RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;
const MAX = 255;

const EXTENSIONS: Record<string, string> = {
  'message/rfc822': 'eml',
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tif',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/calendar': 'ics',
  'application/zip': 'zip',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

export function extensionFor(mimeType: string): string {
  return EXTENSIONS[mimeType.toLowerCase()] ?? 'bin';
}

/**
 * Removed before anything else (issue 12): control characters and newlines
 * (a `%0A` in an RFC 2231 name once hid `../` from the directory stripping),
 * C1 controls, and the bidirectional controls that make `report\u202Efdp.exe`
 * display as "reportexe.pdf" (U+202A–U+202E embeddings and overrides,
 * U+2066–U+2069 isolates, U+200E/U+200F/U+061C marks).
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes what must never be in a name shown or saved, before any other cleaning. */
export function withoutControls(name: string): string {
  return name.replace(INVISIBLE, '');
}

export function safeFileName(name: string, fallback: string): string {
  let safe = withoutControls(name)
    .replace(/^[\s\S]*[/\\]/, '') // directory parts: never let a name climb out of the folder it is saved in
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces, which would change the name
  if (safe === '' || /^\.+$/.test(safe)) safe = fallback;
  if (RESERVED.test(safe)) safe = '_' + safe;
  if (safe.length > MAX) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    let stem = safe.slice(0, MAX - ext.length);
    if (/[\ud800-\udbff]$/.test(stem)) stem = stem.slice(0, -1); // never cut a character in half
    safe = stem + ext;
  }
  return safe;
}
