import { describe, expect, it } from 'vitest';
import { sniffFileKind } from './fileKind';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('sniffFileKind', () => {
  it('knows a PDF and the pictures people scan, by their first bytes', () => {
    expect(sniffFileKind(bytes('%PDF-1.7\n…'))).toEqual({ kind: 'pdf', mimeType: 'application/pdf' });
    expect(sniffFileKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toEqual({ kind: 'image', mimeType: 'image/png' });
    expect(sniffFileKind(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toEqual({ kind: 'image', mimeType: 'image/jpeg' });
    expect(sniffFileKind(bytes('RIFF\0\0\0\0WEBPVP8 '))).toEqual({ kind: 'image', mimeType: 'image/webp' });
  });

  it('calls anything else (a fake .eml, an empty file) other', () => {
    expect(sniffFileKind(bytes('hello, this is not a mail')).kind).toBe('other');
    expect(sniffFileKind(new Uint8Array()).kind).toBe('other');
    expect(sniffFileKind(bytes('RIFF\0\0\0\0WAVE')).kind).toBe('other');
  });
});
