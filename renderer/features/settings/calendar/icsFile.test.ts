import { describe, expect, it } from 'vitest';
import { decodeIcsBytes, MAX_ICS_BYTES } from './icsFile';

describe('reading a picked .ics file', () => {
  it('reads UTF-8, the encoding RFC 5545 prescribes', () => {
    expect(decodeIcsBytes(new TextEncoder().encode('SUMMARY:国庆节(休)'))).toEqual({ ok: true, text: 'SUMMARY:国庆节(休)' });
  });

  it('falls back to GB18030 for feeds saved on Chinese Windows', () => {
    // 国庆节 in GB18030 (the same bytes as GBK)
    const gbk = Uint8Array.from([0x53, 0x3a, 0xb9, 0xfa, 0xc7, 0xec, 0xbd, 0xda]);
    expect(decodeIcsBytes(gbk)).toEqual({ ok: true, text: 'S:国庆节' });
  });

  it('refuses binary content and files far larger than any schedule', () => {
    expect(decodeIcsBytes(Uint8Array.from([0x42, 0x00, 0x43]))).toEqual({ ok: false, reason: 'not-text' });
    expect(decodeIcsBytes(new Uint8Array(MAX_ICS_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
  });
});
