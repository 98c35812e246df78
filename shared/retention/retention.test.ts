import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../audit/chain';
import type { Case } from '../domain/case';
import type { LocalDate } from '../domain/time';
import { buildEml } from '../mail/eml';
import { anonymisedCase, anonymisedRequester, PURGED_TEXT } from './anonymise';
import { withoutAttachment } from './emlRedaction';
import { pastRetention, pseudonymOf, retentionEndsOn } from './retentionPolicy';

describe('the retention period (policy 5.5.1)', () => {
  it('ends on the same Shanghai day N years after closing', () => {
    // closed 2023-03-01 00:30 in Shanghai (the previous day in UTC)
    expect(retentionEndsOn('2023-02-28T16:30:00.000Z', 3)).toBe('2026-03-01');
    expect(retentionEndsOn('2024-02-29T04:00:00.000Z', 3)).toBe('2027-02-28');
  });

  it('lists a closed case from that day on, never an open or already purged one', () => {
    const closed = { status: 'closed' as const, closedAt: '2023-06-01T02:00:00.000Z' };
    expect(pastRetention(closed, 3, '2026-05-31' as LocalDate)).toBe(false);
    expect(pastRetention(closed, 3, '2026-06-01' as LocalDate)).toBe(true);
    expect(pastRetention({ ...closed, status: 'open' }, 3, '2030-01-01' as LocalDate)).toBe(false);
    expect(pastRetention({ ...closed, purgedAt: '2026-06-02T00:00:00.000Z' }, 3, '2030-01-01' as LocalDate)).toBe(false);
    expect(pastRetention(closed, 5, '2026-06-01' as LocalDate)).toBe(false);
  });

  it('gives a requester the same pseudonym every time, telling nothing of them', () => {
    expect(pseudonymOf('r-1')).toBe(pseudonymOf('r-1'));
    expect(pseudonymOf('r-1')).not.toBe(pseudonymOf('r-2'));
    expect(pseudonymOf('r-1')).toMatch(/^ANON-[0-9A-F]{10}$/);
  });
});

describe('what a purge keeps', () => {
  const c: Case = {
    id: 'c1',
    reference: 'CL-2023-0007',
    channel: 'email',
    receivedAt: '2023-05-01T02:00:00.000Z',
    receivedAtSource: 'received-header',
    requesterId: 'r1',
    requestType: 'deletion',
    typeConfirmed: true,
    gdpr: false,
    subject: '删除我的手机号 13957401234',
    summary: '陈静 330106199001011234',
    status: 'closed',
    stage: 'closed',
    assignee: '王法务',
    verifiedAt: '2023-05-02T02:00:00.000Z',
    pauses: [{ id: 'p', from: '2023-05-03', to: '2023-05-05', reason: '等待陈静补充身份证', by: '王法务' }],
    extensions: [],
    dueDate: '2023-05-25',
    outcome: 'granted',
    deletionGround: 'consent-withdrawn',
    closedAt: '2023-05-20T02:00:00.000Z',
    messageIds: ['<abc@example.com>'],
    trackingNumber: 'SF123',
    createdAt: '2023-05-01T02:00:00.000Z',
    updatedAt: '2023-05-20T02:00:00.000Z',
  };

  it('keeps the facts the figures count and drops every word about the person', () => {
    const purged = anonymisedCase(c, '2026-06-01T00:00:00.000Z');
    expect(purged).toMatchObject({ reference: 'CL-2023-0007', requestType: 'deletion', status: 'closed', receivedAt: c.receivedAt, verifiedAt: c.verifiedAt, dueDate: '2023-05-25', closedAt: c.closedAt, outcome: 'granted', purgedAt: '2026-06-01T00:00:00.000Z' });
    expect(purged.pauses).toEqual([{ id: 'p', from: '2023-05-03', to: '2023-05-05', reason: PURGED_TEXT, by: '王法务' }]);
    const text = JSON.stringify(purged);
    for (const personal of ['13957401234', '330106199001011234', '陈静', 'abc@example.com', 'SF123']) expect(text).not.toContain(personal);
  });

  it('makes the requester a pseudonym with no contact or ID', () => {
    const r = anonymisedRequester(
      { id: 'r1', kind: 'individual', name: '陈静', email: 'chen@example.com', phone: '13957401234', idNumber: '330106199001011234', address: '宁波', region: 'mainland', createdAt: 'x', updatedAt: 'x' } as never,
      pseudonymOf('r1'),
      'now',
    );
    expect(r).toEqual({ id: 'r1', kind: 'individual', region: 'mainland', name: pseudonymOf('r1'), createdAt: 'x', updatedAt: 'now' });
  });
});

describe('a raw message without the purged attachment', () => {
  const scan = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7 + 3) & 0xff);
  const eml = buildEml({
    from: { address: 'chen@example.com', name: '陈静' },
    to: { address: 'legal@solutioncl.com' },
    subject: '身份证明',
    text: '请查收我的身份证扫描件。',
    attachment: { fileName: '身份证.jpg', mimeType: 'image/jpeg', bytes: scan },
    date: Date.parse('2026-11-01T02:00:00Z'),
    id: 'fixed',
  });

  it('replaces the attachment part and keeps every other byte', () => {
    const out = withoutAttachment(eml, sha256Hex(scan), '2026-12-02T00:00:00.000Z');
    expect(out).toBeDefined();
    const before = new TextDecoder().decode(eml);
    const after = new TextDecoder().decode(out);
    const attachmentBase64 = before.split('Content-Transfer-Encoding: base64').at(-1)!.split('\r\n\r\n')[1]!.split('\r\n--')[0]!;
    expect(attachmentBase64.length).toBeGreaterThan(1000);
    expect(after).not.toContain(attachmentBase64.slice(0, 76));
    expect(after).toContain(`X-CaseDesk-Purged: sha256=${sha256Hex(scan)}`);
    // the headers, the text part and the closing delimiter are as received
    const partStart = before.indexOf('Content-Type: image/jpeg');
    expect(partStart).toBeGreaterThan(0);
    expect(after.startsWith(before.slice(0, partStart))).toBe(true);
    expect(after.trimEnd().endsWith('--')).toBe(true);
  });

  it('says so when no part holds those bytes', () => {
    expect(withoutAttachment(eml, sha256Hex(new Uint8Array([1, 2, 3])), 'now')).toBeUndefined();
  });
});
