import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * Keyed blind indexes (issue 11): a requester is found by email, phone or ID
 * number through HMAC(key, kind + normalised value), so the index holds no
 * plain value and, without the key, cannot be tested against a guess. The
 * kind is part of the input so the same string as an email and as a name
 * gives two unrelated index values.
 */
export const blindIndexKinds = ['email', 'phone', 'idNumber', 'name', 'messageId', 'creditCode'] as const;
export type BlindIndexKind = (typeof blindIndexKinds)[number];

/** 128 bits of the HMAC are plenty to tell values apart and keep the index small. */
const INDEX_BYTES = 16;

/** The same person written differently must meet in the index. */
export function normaliseForIndex(kind: BlindIndexKind, value: string): string {
  const trimmed = value.normalize('NFKC').trim();
  switch (kind) {
    case 'email':
    case 'messageId':
      return trimmed.toLowerCase();
    case 'phone': {
      const digits = trimmed.replace(/\D/g, '');
      // a mainland mobile written with +86 / 0086 / 86 is the same number
      return /^(?:0086|86)1\d{10}$/.test(digits) ? digits.slice(-11) : digits;
    }
    case 'idNumber':
    case 'creditCode':
      return trimmed.replace(/\s/g, '').toUpperCase();
    case 'name':
      return trimmed.replace(/\s+/g, ' ').toLowerCase();
  }
}

export function blindIndex(key: Uint8Array, kind: BlindIndexKind, value: string): string {
  const input = new TextEncoder().encode(`${kind}\u0000${normaliseForIndex(kind, value)}`);
  return bytesToHex(hmac(sha256, key, input).subarray(0, INDEX_BYTES));
}
