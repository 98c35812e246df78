import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { GENESIS_HASH, type AuditEvent } from '../domain/audit';

/**
 * The audit log is a hash chain (SPEC §6): each event's hash covers the
 * previous event's hash and this event's content in a canonical form, so any
 * change, removal or reordering breaks verification from that event on.
 */

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? new TextEncoder().encode(data) : data));
}

export type AuditEventContent = Omit<AuditEvent, 'hash' | 'prevHash' | 'seq'>;

export function hashEvent(prevHash: string, seq: number, content: AuditEventContent): string {
  return sha256Hex(prevHash + '\n' + canonicalJson({ ...content, seq }));
}

/** The next event of the chain after `previous` (or the first one). */
export function chainEvent(previous: Pick<AuditEvent, 'seq' | 'hash'> | undefined, content: AuditEventContent): AuditEvent {
  const prevHash = previous?.hash ?? GENESIS_HASH;
  const seq = (previous?.seq ?? 0) + 1;
  return { ...content, seq, prevHash, hash: hashEvent(prevHash, seq, content) };
}

export type ChainVerdict = { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: 'hash' | 'link' | 'sequence' };

/** Checks events in sequence order; reports the first event where the chain breaks. */
export function verifyChain(events: readonly AuditEvent[]): ChainVerdict {
  let prev: AuditEvent | undefined;
  for (const event of events) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (event.seq !== expectedSeq) return { ok: false, count: events.length, brokenAt: expectedSeq, reason: 'sequence' };
    if (event.prevHash !== (prev?.hash ?? GENESIS_HASH)) return { ok: false, count: events.length, brokenAt: event.seq, reason: 'link' };
    const { hash, prevHash, seq, ...content } = event;
    if (hashEvent(prevHash, seq, content) !== hash) return { ok: false, count: events.length, brokenAt: event.seq, reason: 'hash' };
    prev = event;
  }
  return { ok: true, count: events.length };
}
