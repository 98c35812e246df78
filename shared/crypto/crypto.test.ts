import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openBytes, sealBytes, SealError } from './aead';
import { blindIndex, normaliseForIndex } from './blindIndex';
import { deriveStoreKeys, generateMasterKey } from './storeKeys';

const key = new Uint8Array(32).fill(7);
const text = (s: string) => new TextEncoder().encode(s);

describe('sealing with AES-256-GCM', () => {
  it('is real AES-GCM: Node opens what we seal, and we open what Node seals', () => {
    const sealed = sealBytes(key, text('张三 330106199001011234'), 'casedesk:requesters:r1');
    const nonce = sealed.subarray(1, 13);
    const body = sealed.subarray(13, sealed.length - 16);
    const tag = sealed.subarray(sealed.length - 16);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(text('casedesk:requesters:r1'));
    decipher.setAuthTag(tag);
    expect(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')).toBe('张三 330106199001011234');

    const cipher = createCipheriv('aes-256-gcm', key, Buffer.alloc(12, 1));
    cipher.setAAD(text('ctx'));
    const ct = Buffer.concat([cipher.update('hello'), cipher.final(), cipher.getAuthTag()]);
    const ours = new Uint8Array([1, ...Buffer.alloc(12, 1), ...ct]);
    expect(new TextDecoder().decode(openBytes(key, ours, 'ctx'))).toBe('hello');
  });

  it('never seals the same value twice the same way (random nonce)', () => {
    expect(sealBytes(key, text('x'), 'c')).not.toEqual(sealBytes(key, text('x'), 'c'));
  });

  it('refuses a value altered by one bit, moved to another row, or opened with another key', () => {
    const sealed = sealBytes(key, text('13800138000'), 'casedesk:requesters:a');
    const flipped = sealed.slice();
    flipped[20] = flipped[20]! ^ 1;
    expect(() => openBytes(key, flipped, 'casedesk:requesters:a')).toThrow(SealError);
    expect(() => openBytes(key, sealed, 'casedesk:requesters:b')).toThrow(SealError);
    expect(() => openBytes(new Uint8Array(32).fill(8), sealed, 'casedesk:requesters:a')).toThrow(SealError);
    expect(() => openBytes(key, sealed.subarray(0, 20), 'casedesk:requesters:a')).toThrow(SealError);
  });
});

describe('store keys', () => {
  it('derives three different keys by HKDF-SHA-256 (as Node computes it)', () => {
    const master = generateMasterKey();
    const keys = deriveStoreKeys(master);
    const node = new Uint8Array(hkdfSync('sha256', master, new Uint8Array(0), 'casedesk/store/v1/records', 32));
    expect(keys.records).toEqual(node);
    expect(new Set([keys.records, keys.blindIndex, keys.auditHead].map((k) => Buffer.from(k).toString('hex'))).size).toBe(3);
    expect(deriveStoreKeys(master).blindIndex).toEqual(keys.blindIndex);
  });

  it('refuses a master key of the wrong size', () => {
    expect(() => deriveStoreKeys(new Uint8Array(16))).toThrow(/32 bytes/);
  });
});

describe('blind indexes', () => {
  const k = new Uint8Array(32).fill(3);

  it('is an HMAC-SHA-256 of the kind and the normalised value', () => {
    const expected = createHmac('sha256', k).update('email\u0000zhang.san@example.com').digest('hex').slice(0, 32);
    expect(blindIndex(k, 'email', ' Zhang.San@Example.COM ')).toBe(expected);
  });

  it('meets the same person written differently', () => {
    expect(blindIndex(k, 'phone', '+86 138-0013-8000')).toBe(blindIndex(k, 'phone', '13800138000'));
    expect(blindIndex(k, 'idNumber', '11010519491231002x')).toBe(blindIndex(k, 'idNumber', '11010519491231002X'));
    expect(normaliseForIndex('name', '  Anna   Schmidt ')).toBe('anna schmidt');
  });

  it('keeps kinds and keys apart', () => {
    expect(blindIndex(k, 'email', 'a@b.c')).not.toBe(blindIndex(k, 'messageId', 'a@b.c'));
    expect(blindIndex(k, 'email', 'a@b.c')).not.toBe(blindIndex(new Uint8Array(32).fill(4), 'email', 'a@b.c'));
  });
});
