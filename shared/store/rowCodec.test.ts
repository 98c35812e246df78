import { describe, expect, it } from 'vitest';
import { SealError } from '../crypto/aead';
import { deriveStoreKeys } from '../crypto/storeKeys';
import { blindLookup, decodeRow, encodeRow, SEALED_FIELD } from './rowCodec';
import { tableSealing } from './tableSealing';
import { residentIdMatchKey } from '../identity/residentId';

/** a valid 18-character number whose legacy 15-digit form is 110105491231002 */
const ID_NUMBER = residentIdMatchKey('110105491231002')!;

const keys = deriveStoreKeys(new Uint8Array(32).fill(9));
const requester = {
  id: 'r1',
  kind: 'individual',
  name: '张三丰',
  email: 'zhang@example.com',
  phone: '13800138000',
  idNumber: ID_NUMBER,
  address: '浙江省宁波市鄞州区首南街道 88 号',
  region: 'mainland',
  createdAt: '2026-11-30T02:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
};
const storedText = (row: object) => JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));

describe('row codec', () => {
  it('stores no personal value of a requester in the clear, and gives it back whole', () => {
    const stored = encodeRow(keys, 'requesters', tableSealing.requesters, 'r1', requester);
    const text = storedText(stored);
    for (const secret of ['张三丰', 'zhang@example.com', '13800138000', ID_NUMBER, '首南街道']) expect(text).not.toContain(secret);
    expect(stored).toMatchObject({ id: 'r1', kind: 'individual', region: 'mainland' });
    expect(decodeRow(keys, 'requesters', tableSealing.requesters, 'r1', stored)).toEqual(requester);
  });

  it('carries blind indexes a lookup can meet, even for the 15-digit form of an ID number', () => {
    const stored = encodeRow(keys, 'requesters', tableSealing.requesters, 'r1', requester);
    const byId = tableSealing.requesters.blind.find((b) => b.kind === 'idNumber')!;
    const byPhone = tableSealing.requesters.blind.find((b) => b.kind === 'phone')!;
    expect(stored.biIdNumber).toBe(blindLookup(keys, byId, '110105491231002'));
    expect(stored.biPhone).toBe(blindLookup(keys, byPhone, '+86 138 0013 8000'));
  });

  it("keeps a case's workflow facts readable and its free text sealed, pause reasons included", () => {
    const c = {
      id: 'c1',
      reference: 'CL-2026-0001',
      status: 'paused',
      dueDate: '2026-12-18',
      subject: '关于张三丰的查阅申请',
      summary: '申请人要求查阅通话记录',
      messageIds: ['<m1@qq.com>'],
      pauses: [{ id: 'p1', from: '2026-12-01', reason: '等待张三丰补充身份证', by: '王敏' }],
    };
    const stored = encodeRow(keys, 'cases', tableSealing.cases, 'c1', c);
    expect(stored.pauses).toEqual([{ id: 'p1', from: '2026-12-01', by: '王敏' }]);
    expect(storedText(stored)).not.toContain('张三丰');
    expect(storedText(stored)).not.toContain('m1@qq.com');
    expect(Array.isArray(stored.biMessageIds)).toBe(true);
    expect(decodeRow(keys, 'cases', tableSealing.cases, 'c1', stored)).toEqual(c);
  });

  it('seals blob bytes as bytes', () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 scan of 110105194912310021');
    const stored = encodeRow(keys, 'documentBlobs', tableSealing.documentBlobs, 'd1', { id: 'd1', bytes });
    expect(storedText(stored)).not.toContain('110105194912310021');
    expect(decodeRow(keys, 'documentBlobs', tableSealing.documentBlobs, 'd1', stored)).toEqual({ id: 'd1', bytes });
  });

  it('refuses a sealed part moved onto another row', () => {
    const a = encodeRow(keys, 'requesters', tableSealing.requesters, 'a', { ...requester, id: 'a' });
    const b = encodeRow(keys, 'requesters', tableSealing.requesters, 'b', { ...requester, id: 'b', name: '李四' });
    const swapped = { ...b, [SEALED_FIELD]: a[SEALED_FIELD] };
    expect(() => decodeRow(keys, 'requesters', tableSealing.requesters, 'b', swapped)).toThrow(SealError);
  });

  it('keeps bytes inside a sealed value', () => {
    const value = { key: 'x', value: { logo: new Uint8Array([1, 2, 255]) } };
    const stored = encodeRow(keys, 'settings', tableSealing.settings, 'x', value);
    expect(decodeRow(keys, 'settings', tableSealing.settings, 'x', stored)).toEqual(value);
  });

  it('passes a row written before encryption through unchanged (the migration reseals it)', () => {
    expect(decodeRow(keys, 'requesters', tableSealing.requesters, 'r1', requester)).toBe(requester);
  });
});
