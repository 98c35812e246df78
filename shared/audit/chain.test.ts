import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, chainEvent, sha256Hex, verifyChain, type AuditEventContent } from './chain';
import type { AuditEvent } from '../domain/audit';

const content = (n: number): AuditEventContent => ({
  at: `2026-10-0${n}T02:00:00.000Z`,
  actor: '王法务',
  action: 'case.created',
  subject: `case:${n}`,
  summary: `立案 CL-2026-000${n}`,
  after: { status: 'open', nested: { b: 1, a: [2, 3] } },
});

function chainOf(count: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 1; i <= count; i++) events.push(chainEvent(events.at(-1), content(i)));
  return events;
}

describe('audit hash chain', () => {
  it('hashes with real SHA-256 (agrees with Node crypto)', () => {
    expect(sha256Hex('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });

  it('canonical JSON ignores key order and undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('links each event to the previous one and numbers them from 1', () => {
    const events = chainOf(3);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBe('0'.repeat(64));
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(verifyChain(events)).toEqual({ ok: true, count: 3 });
  });

  it('detects an edited event', () => {
    const events = chainOf(4);
    events[1] = { ...events[1]!, summary: '立案 CL-2026-9999' };
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
  });

  it('detects a removed event', () => {
    const events = chainOf(4);
    events.splice(2, 1);
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAt: 3, reason: 'sequence' });
  });

  it('detects an event rewritten with a recomputed hash but the old link', () => {
    const events = chainOf(3);
    const forged = chainEvent({ seq: 1, hash: 'f'.repeat(64) }, { ...content(2), summary: 'forged' });
    events[1] = forged;
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAt: 2, reason: 'link' });
  });
});
