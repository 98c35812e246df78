import type { UnsortedFileKind } from '../domain/unsortedFile';

/**
 * What a file that is not mail is, by its magic bytes (never by its name: a
 * fake .eml is named like mail). Enough to count it honestly in the import
 * summary and to open it in the right viewer.
 */
export function sniffFileKind(bytes: Uint8Array): { kind: UnsortedFileKind; mimeType: string } {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { kind: 'pdf', mimeType: 'application/pdf' }; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { kind: 'image', mimeType: 'image/png' };
  if (starts(0xff, 0xd8, 0xff)) return { kind: 'image', mimeType: 'image/jpeg' };
  if (starts(0x47, 0x49, 0x46, 0x38)) return { kind: 'image', mimeType: 'image/gif' }; // GIF8
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return { kind: 'image', mimeType: 'image/webp' };
  return { kind: 'other', mimeType: 'application/octet-stream' };
}
