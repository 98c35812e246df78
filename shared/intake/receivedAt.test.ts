import { describe, expect, it } from 'vitest';
import { isCompanyHost, parseReceivedHeader, resolveReceiptTime } from './receivedAt';

const DOMAINS = ['solutioncl.com'];
const ours = (when: string, by = 'mx.solutioncl.com') => `from mail.example.org (mail.example.org [203.0.113.5]) by ${by} (Postfix) with ESMTPS id 4ZqA for <legal@solutioncl.com>; ${when}`;

describe('parseReceivedHeader', () => {
  it('reads the by host and the date after the last semicolon', () => {
    expect(parseReceivedHeader(ours('Tue, 03 Mar 2026 09:15:02 +0800 (CST)'))).toEqual({ by: 'mx.solutioncl.com', at: '2026-03-03T01:15:02.000Z' });
  });

  it('ignores a "by" inside a comment', () => {
    expect(parseReceivedHeader('from x (authenticated by evil.solutioncl.com) by relay.example.net; Tue, 03 Mar 2026 09:15:02 +0800').by).toBe('relay.example.net');
  });

  it('has no date when the stamp lacks one', () => {
    expect(parseReceivedHeader('by mx.solutioncl.com with LMTP id 123')).toEqual({ by: 'mx.solutioncl.com' });
  });
});

describe('isCompanyHost', () => {
  it.each([
    ['mx.solutioncl.com', true],
    ['SOLUTIONCL.COM.', true],
    ['mail.internal.solutioncl.com', true],
    ['solutioncl.com.evil.net', false],
    ['notsolutioncl.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isCompanyHost(host, DOMAINS)).toBe(expected);
  });
});

describe('resolveReceiptTime (SPEC §1)', () => {
  const date = '2026-03-01T00:00:00.000Z';
  const file = '2026-03-10T01:00:00.000Z';

  it('takes the topmost stamp of our own server, not a lower one or a foreign one', () => {
    const headers = [
      'from relay by mx.other.net; Tue, 03 Mar 2026 12:00:00 +0800',
      ours('Tue, 03 Mar 2026 10:00:00 +0800', 'mail.solutioncl.com'),
      ours('Tue, 03 Mar 2026 09:59:00 +0800'),
    ];
    expect(resolveReceiptTime(headers, date, file, DOMAINS)).toEqual({
      receivedAt: '2026-03-03T02:00:00.000Z',
      receivedAtSource: 'received-header',
      receivedBy: 'mail.solutioncl.com',
      warnings: [],
    });
  });

  it('falls back to Date:, then to the file time, then asks for a time', () => {
    expect(resolveReceiptTime(['from a by mx.qq.com; Tue, 03 Mar 2026 12:00:00 +0800'], date, file, DOMAINS)).toMatchObject({ receivedAt: date, receivedAtSource: 'date-header' });
    expect(resolveReceiptTime([], undefined, file, DOMAINS)).toMatchObject({ receivedAt: file, receivedAtSource: 'file-time' });
    expect(resolveReceiptTime([], undefined, undefined, DOMAINS)).toEqual({ warnings: [{ code: 'received-at-unknown' }] });
  });

  it('says so when our stamp has no readable date and an older one is used', () => {
    const result = resolveReceiptTime([ours('yesterday'), ours('Tue, 03 Mar 2026 09:00:00 +0800')], date, file, DOMAINS);
    expect(result.receivedAt).toBe('2026-03-03T01:00:00.000Z');
    expect(result.warnings).toEqual([{ code: 'received-unparsable', params: { host: 'mx.solutioncl.com' } }]);
  });
});
