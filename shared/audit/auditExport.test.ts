import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../domain/audit';
import { auditCsv, buildAuditExport, verifyAuditExport, type AuditExport } from './auditExport';
import { chainEvent } from './chain';

const key = new Uint8Array(32).fill(7);
const otherKey = new Uint8Array(32).fill(8);
const CHAIN = 'ws-own';

function chain(name: string, count: number, macKey = key): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 1; i <= count; i++) {
    events.push(chainEvent(events.at(-1), name, { at: `2026-12-0${i}T02:00:00.000Z`, actor: '王法务', action: 'case.updated', subject: `case:c${i}`, summary: `CL-2026-000${i} updated`, refs: [`case:c${i}`] }, macKey));
  }
  return events;
}

const events = [...chain(CHAIN, 4), ...chain('ws-other', 2, otherKey)];
const exported = buildAuditExport(events, { chain: CHAIN, key }, '王法务', '2026-12-05T00:00:00.000Z');
const text = JSON.stringify(exported.json);
const edit = (change: (json: AuditExport) => void) => {
  const json = JSON.parse(text) as AuditExport;
  change(json);
  return JSON.stringify(json);
};
/** Where an event of a chain sits in the exported list (sorted by chain, then position). */
const at = (j: AuditExport, name: string, seq: number) => j.events.findIndex((e) => e.chain === name && e.seq === seq);
const kinds = (t: string, csv?: string) => verifyAuditExport(t, { chain: CHAIN, key }, csv).problems.map((p) => p.kind);

describe('the audit log exported for an auditor', () => {
  it('verifies as exported, CSV included', () => {
    expect(verifyAuditExport(text, { chain: CHAIN, key }, exported.csv)).toMatchObject({ ok: true, events: 6, chains: 2, signer: CHAIN, problems: [] });
  });

  it('finds an edited event', () => {
    expect(kinds(edit((j) => (j.events[at(j, CHAIN, 2)]!.summary = 'CL-2026-0002 nothing happened')))).toContain('edited');
  });

  it('finds an edited event whose hash was recomputed (its MAC no longer fits)', async () => {
    const { expectedHash } = await import('./chain');
    const changed = edit((j) => {
      const e = j.events[at(j, CHAIN, 4)]!;
      e.summary = 'rewritten';
      e.hash = expectedHash(e);
    });
    expect(kinds(changed)).toEqual(['forged', 'head-differs']);
  });

  it('finds a removed event, in the middle or at the end', () => {
    expect(kinds(edit((j) => j.events.splice(at(j, CHAIN, 2), 1)))).toContain('deleted');
    expect(kinds(edit((j) => j.events.splice(at(j, CHAIN, 4), 1)))).toEqual(['head-differs']);
  });

  it('finds a head changed to match a shortened log (its signature fails)', () => {
    const changed = edit((j) => {
      j.events.splice(at(j, CHAIN, 4), 1);
      const own = j.head.chains.find((c) => c.chain === CHAIN)!;
      own.events = 3;
      own.lastSeq = 3;
      own.lastHash = j.events[at(j, CHAIN, 3)]!.hash;
    });
    expect(kinds(changed)).toEqual(['head-signature']);
  });

  it('finds events of a chain the head never named', () => {
    expect(kinds(edit((j) => j.events.push(...chain('ws-intruder', 1))))).toContain('chain-unlisted');
  });

  it('finds a CSV that is not the one exported with it, and a file that is not an export', () => {
    expect(kinds(text, exported.csv.replace('CL-2026-0002', 'CL-2026-0009'))).toEqual(['csv-differs']);
    expect(kinds('{"hello":1}')).toEqual(['not-an-export']);
  });

  it('says when the signature cannot be checked here (another workstation’s export)', () => {
    const verdict = verifyAuditExport(text, { chain: 'ws-other', key: otherKey });
    expect(verdict.problems.map((p) => p.kind)).toEqual(['head-unverifiable']);
  });

  it('writes a CSV that Excel reads, with no formula smuggled into a cell', () => {
    const csv = auditCsv([{ ...events[0]!, summary: '=HYPERLINK("http://x")' }]);
    expect(csv.startsWith('\uFEFFchain,seq,at,actor,action')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
