import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainEvent, chainHead, expectedHash, sha256Hex, type AuditEventContent } from './chain';
import { verifyChain } from './verifyChain';
import type { AuditEvent } from '../domain/audit';

const key = new Uint8Array(32).fill(5);
const CHAIN = 'ws-a';
const content = (n: number): AuditEventContent => ({
  at: `2026-10-0${n}T02:00:00.000Z`,
  actor: '王法务',
  action: 'case.created',
  subject: `case:${n}`,
  summary: `登记 CL-2026-000${n}`,
  after: { status: 'open', nested: { b: 1, a: [2, 3] } },
});

function chainOf(count: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 1; i <= count; i++) events.push(chainEvent(events.at(-1), CHAIN, content(i), key));
  return events;
}
const own = (events: AuditEvent[]) => ({ key, head: chainHead(key, events.at(-1)!) });
const kinds = (events: AuditEvent[], head = own(events)) => verifyChain(CHAIN, events, head).problems.map((p) => p.kind);

describe('audit hash chain', () => {
  it('hashes with real SHA-256 (agrees with Node crypto)', () => {
    expect(sha256Hex('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });

  it('canonical JSON ignores key order and undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('links each event to the previous one, numbers them from 1 and verifies whole', () => {
    const events = chainOf(3);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBe('0'.repeat(64));
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(verifyChain(CHAIN, events, own(events))).toMatchObject({ events: 3, lastSeq: 3, authenticated: true, problems: [] });
  });

  it('names an edited event', () => {
    const events = chainOf(4);
    events[1] = { ...events[1]!, summary: '登记 CL-2026-9999' };
    expect(verifyChain(CHAIN, events, own(chainOf(4))).problems).toEqual([{ kind: 'edited', chain: CHAIN, seq: 2 }]);
  });

  it('names an event rewritten with a recomputed hash (no key for its MAC), and the head that no longer fits', () => {
    const events = chainOf(3);
    const head = own(events);
    const { hash: _h, mac, ...rest } = events[2]!;
    void _h;
    const rewritten = { ...rest, summary: '改写' };
    events[2] = { ...rewritten, hash: expectedHash(rewritten), mac: mac! };
    expect(kinds(events, head)).toEqual(['forged', 'head-mismatch']);
  });

  it('names deleted events in the middle, and the deleted last ones through the head', () => {
    const events = chainOf(5);
    const head = own(events);
    expect(verifyChain(CHAIN, [events[0]!, events[3]!, events[4]!], head).problems).toEqual([{ kind: 'deleted', chain: CHAIN, fromSeq: 2, toSeq: 3 }]);
    expect(verifyChain(CHAIN, events.slice(0, 3), head).problems).toEqual([{ kind: 'truncated', chain: CHAIN, headSeq: 5, lastSeq: 3 }]);
  });

  it('names a cleared log and a removed head', () => {
    const events = chainOf(3);
    expect(kinds([], own(events))).toEqual(['cleared']);
    expect(verifyChain(CHAIN, events, { key, head: undefined }).problems).toEqual([{ kind: 'head-missing', chain: CHAIN }]);
  });

  it('names two events that swapped places', () => {
    const events = chainOf(4);
    const swapped = [events[0]!, { ...events[2]!, seq: 2 }, { ...events[1]!, seq: 3 }, events[3]!];
    const found = verifyChain(CHAIN, swapped, own(events)).problems;
    expect(found).toContainEqual({ kind: 'reordered', chain: CHAIN, seq: 3, follows: 1 });
  });

  it('refuses a forged head, and events appended past the head without the key', () => {
    const events = chainOf(3);
    expect(kinds(events, { key, head: { ...chainHead(key, events[2]!), seq: 2 } })).toEqual(['head-forged']);
    const longer = [...events, chainEvent(events[2], CHAIN, content(4), new Uint8Array(32).fill(6))];
    expect(kinds(longer, own(events))).toEqual(['forged']);
    // the app's own event past a head that lagged (a crash before the head was written) is not a problem
    expect(kinds([...events, chainEvent(events[2], CHAIN, content(4), key)], own(events))).toEqual([]);
  });

  it('refuses an old-format event after the new format began (a downgrade that escapes the MAC)', () => {
    const events = chainOf(2);
    const { mac: _m, v: _v, hash: _h, ...legacy } = chainEvent(events[1], CHAIN, content(3), key);
    void _m;
    void _v;
    void _h;
    const downgraded = { ...legacy, hash: expectedHash(legacy) };
    expect(kinds([...events, downgraded], { key, head: chainHead(key, downgraded) })).toEqual(['downgraded']);
  });

  it("checks another workstation's chain for hashes and links only", () => {
    const events = chainOf(3);
    expect(verifyChain(CHAIN, events)).toMatchObject({ authenticated: false, problems: [] });
  });

  it('still verifies events written before chains had names (version 1)', () => {
    const v1Hash = (prevHash: string, seq: number, c: AuditEventContent) => sha256Hex(prevHash + '\n' + canonicalJson({ ...c, seq }));
    const first = { ...content(1), chain: CHAIN, seq: 1, prevHash: '0'.repeat(64), hash: v1Hash('0'.repeat(64), 1, content(1)) };
    const next = chainEvent(first, CHAIN, content(2), key);
    expect(verifyChain(CHAIN, [first, next], { key, head: chainHead(key, next) }).problems).toEqual([]);
  });
});
