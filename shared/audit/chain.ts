import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { GENESIS_HASH, type AuditEvent } from '../domain/audit';

/**
 * The audit log is a hash chain per workstation (SPEC §6, issue 10): each
 * event's hash covers the previous event's hash and this event's content in
 * a canonical form, so any change, removal or reordering breaks verification
 * from that event on. Since issue 11 each event also carries a MAC of its
 * hash under the workstation's audit key (kept in the keychain, outside the
 * profile), so an event rewritten with a recomputed hash is told apart from
 * one the app wrote, and a head record authenticates where the chain ends.
 */

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Uint8Array) return JSON.stringify({ bytes: bytesToHex(value) });
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? new TextEncoder().encode(data) : data));
}

/** What a caller gives; the chain adds its name, position, links and MAC. */
export type AuditEventContent = Omit<AuditEvent, 'hash' | 'prevHash' | 'seq' | 'chain' | 'v' | 'mac'>;

/** The content a version-1 event was hashed over (before chains had names). */
function legacyContent(event: AuditEvent): Record<string, unknown> {
  const { at, actor, action, subject, summary, before, after, seq } = event;
  return { at, actor, action, subject, summary, before, after, seq };
}

function v2Content(event: Omit<AuditEvent, 'hash' | 'mac'>): Record<string, unknown> {
  const { prevHash: _prevHash, ...content } = event;
  void _prevHash;
  return content;
}

/** The hash an event must carry, by its version. */
export function expectedHash(event: Omit<AuditEvent, 'hash' | 'mac'> & { hash?: string; mac?: string }): string {
  const content = event.v === 2 ? v2Content(stripSeal(event)) : legacyContent(event as AuditEvent);
  return sha256Hex(event.prevHash + '\n' + canonicalJson(content));
}

function stripSeal<T extends { hash?: string; mac?: string }>(event: T): Omit<T, 'hash' | 'mac'> {
  const { hash: _hash, mac: _mac, ...rest } = event;
  void _hash;
  void _mac;
  return rest;
}

export function eventMac(key: Uint8Array, chain: string, seq: number, hash: string): string {
  return bytesToHex(hmac(sha256, key, new TextEncoder().encode(`casedesk-audit\n${chain}\n${seq}\n${hash}`)));
}

/** The next event of `chain` after `previous` (or its first one), hashed and MAC'd. */
export function chainEvent(
  previous: Pick<AuditEvent, 'seq' | 'hash'> | undefined,
  chain: string,
  content: AuditEventContent,
  macKey: Uint8Array,
): AuditEvent {
  const prevHash = previous?.hash ?? GENESIS_HASH;
  const seq = (previous?.seq ?? 0) + 1;
  const unsealed = { ...content, chain, seq, v: 2 as const, prevHash };
  const hash = expectedHash(unsealed);
  return { ...unsealed, hash, mac: eventMac(macKey, chain, seq, hash) };
}

/** Where a workstation's chain ends, authenticated with its audit key (issue 11: checked at every start). */
export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
  mac: string;
}

export function headMac(key: Uint8Array, chain: string, seq: number, hash: string): string {
  return bytesToHex(hmac(sha256, key, new TextEncoder().encode(`casedesk-audit-head\n${chain}\n${seq}\n${hash}`)));
}

export function chainHead(key: Uint8Array, event: Pick<AuditEvent, 'chain' | 'seq' | 'hash'>): ChainHead {
  return { chain: event.chain, seq: event.seq, hash: event.hash, mac: headMac(key, event.chain, event.seq, event.hash) };
}
