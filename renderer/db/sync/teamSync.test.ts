import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpTeam, startTeamServer, TEAM, type TeamServer } from '../../../shared/sync/test-support/teamServer';
import { openCase, type CaseIntake } from '../cases';
import { pauseClock, extendDeadline } from '../caseClock';
import { memberEndpoint, teamWorkstation, type Workstation } from './test-support/teamWorkstation';
import { createTeamUser } from '../../../shared/sync/serverSetup';
import { resolveConflict } from './conflicts';
import { writeSetting, readSetting } from '../settings';
import { verifyAuditLog } from '../audit/verifyStore';
import { DEFAULT_DEADLINE_RULES } from '../../../shared/deadlines/deadlineRule';
import { purgeCaseData } from '../retention/retentionPurge';

/**
 * The team store against a real CouchDB-protocol server (pouchdb-server on
 * 127.0.0.1, started by the test), two workstations each with its own store,
 * key, replica and signed-in officer.
 */
let server: TeamServer;
const PORT = 43111;

beforeAll(async () => {
  server = await startTeamServer(PORT);
}, 240_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

/** `gdpr`: an EEA requester, whose rule (GDPR Art. 12(3)) foresees an extension (issue 14: other rules refuse one) */
function intake(name: string, gdpr = false): CaseIntake {
  return {
    requester: { create: { kind: 'individual', name, email: `${name}@example.cn`, idNumber: '11010519491231002X', region: 'mainland' } },
    case: {
      channel: 'email',
      receivedAt: '2026-11-30T02:00:00.000Z',
      receivedAtSource: 'received-header',
      requestType: 'access',
      typeConfirmed: true,
      gdpr,
      subject: `${name} 查阅申请`,
      summary: '',
      status: 'open',
      stage: 'received',
      assignee: '王敏',
      pauses: [],
      extensions: [],
      messageIds: [],
    },
    documents: [{ meta: { kind: 'email', fileName: 'request.eml', mimeType: 'message/rfc822', identityEvidence: false }, bytes: new TextEncoder().encode(`From: ${name}\r\n\r\nbody`) }],
  };
}

async function pair(database: string): Promise<[Workstation, Workstation]> {
  await setUpTeam(server, database);
  return [await teamWorkstation(server, TEAM.wang, database), await teamWorkstation(server, TEAM.li, database)];
}

/** A GDPR case reaches both workstations; offline, one pauses its clock and the other extends it; both go online again. */
async function offlineEditsOfOneCase(a: Workstation, b: Workstation, requester: string) {
  const opened = await openCase(a.db, intake(requester, true), TEAM.wang.username);
  await expect.poll(async () => (await b.db.cases.get(opened.id))?.id, { timeout: 60_000 }).toBe(opened.id);
  await Promise.all([a.engine.stop(), b.engine.stop()]);
  await pauseClock(a.db, opened.id, '2026-12-01', '等待补充材料', TEAM.wang.username);
  await extendDeadline(b.db, opened.id, { amount: 1, reason: '案情复杂' }, TEAM.li.username);
  a.engine.start();
  b.engine.start();
  return opened;
}

describe('the team store', () => {
  it('carries a case opened on one workstation to another, whole: requester, documents, bytes and audit event', async () => {
    const [a, b] = await pair('team-carry');
    try {
      const opened = await openCase(a.db, intake('张晓明'), TEAM.wang.username);
      await expect.poll(async () => (await b.db.cases.get(opened.id))?.reference, { timeout: 60_000 }).toBe(opened.reference);
      const arrived = (await b.db.cases.get(opened.id))!;
      expect(await b.db.requesters.get(arrived.requesterId)).toMatchObject({ name: '张晓明' });
      const [doc] = await b.db.documents.where('caseId').equals(opened.id).toArray();
      expect(new TextDecoder().decode((await b.db.documentBlobs.get(doc!.id))!.bytes)).toContain('From: 张晓明');
      const events = await b.db.auditLog.where('refs').equals(`case:${opened.id}`).toArray();
      expect(events.map((e) => [e.action, e.actor, e.chain])).toEqual([['case.created', TEAM.wang.username, a.session.chain]]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 240_000);

  it('carries a deletion with the rest of its transaction: a file purged on one workstation is gone on the other, its record marked purged', async () => {
    const [a, b] = await pair('team-delete');
    try {
      const opened = await openCase(a.db, intake('赵敏'), TEAM.wang.username);
      await expect.poll(() => b.db.documentBlobs.count(), { timeout: 60_000 }).toBe(1);
      const documentId = (await b.db.documents.where('caseId').equals(opened.id).first())!.id;
      const tables = [b.db.cases, b.db.documents, b.db.documentBlobs, b.db.letters, b.db.identityChecks, b.db.requesters, b.db.auditLog];
      await b.db.transaction('rw', tables, () => purgeCaseData(b.db, opened.id, TEAM.li.username, new Date().toISOString()));
      await expect.poll(async () => (await a.db.documentBlobs.get(documentId)) === undefined, { timeout: 60_000 }).toBe(true);
      expect((await a.db.documents.get(documentId))?.purgedAt).toBeTruthy();
      expect((await a.db.cases.get(opened.id))?.purgedAt).toBeTruthy();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 240_000);

  it('merges two officers’ offline edits of one case the same way on both, keeping the pause and the extension', async () => {
    const [a, b] = await pair('team-conflict');
    try {
      const opened = await offlineEditsOfOneCase(a, b, '李雷');
      const merged = async (ws: Workstation) => {
        const c = await ws.db.cases.get(opened.id);
        return { pauses: c?.pauses.length, extensions: c?.extensions.length, conflict: (await ws.db.syncConflicts.get(`cases:${opened.id}`))?.differing };
      };
      await expect.poll(() => merged(a), { timeout: 60_000 }).toEqual({ pauses: 1, extensions: 1, conflict: expect.arrayContaining(['extensions', 'pauses']) });
      await expect.poll(() => merged(b), { timeout: 60_000 }).toEqual({ pauses: 1, extensions: 1, conflict: expect.arrayContaining(['extensions', 'pauses']) });
      const [onA, onB] = await Promise.all([a.db.cases.get(opened.id), b.db.cases.get(opened.id)]);
      expect(onA).toEqual(onB);
      const conflict = (await a.db.syncConflicts.get(`cases:${opened.id}`))!;
      expect(conflict.losers).toHaveLength(1);
      expect(conflict.losers[0]!.row).toBeTruthy();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 240_000);

  it('lets an officer resolve the conflict: one record everywhere, both sides audited, the losing version closed', async () => {
    const [a, b] = await pair('team-resolve');
    try {
      const opened = await offlineEditsOfOneCase(a, b, '韩梅梅');
      await expect.poll(async () => (await a.db.syncConflicts.get(`cases:${opened.id}`))?.docId, { timeout: 60_000 }).toBe(`cases:${opened.id}`);
      // the workstation whose version lost records the conflict in its own chain
      const loserDb = (await a.db.syncConflicts.get(`cases:${opened.id}`))!.losers[0]!.chain === a.session.chain ? a : b;
      await expect.poll(async () => (await loserDb.db.auditLog.where('action').equals('sync.conflict-detected').count()), { timeout: 60_000 }).toBe(1);
      const merged = (await a.db.cases.get(opened.id))!;
      await resolveConflict(a.db, `cases:${opened.id}`, merged, TEAM.wang.username);
      await expect.poll(async () => (await b.db.syncConflicts.get(`cases:${opened.id}`)) === undefined, { timeout: 60_000 }).toBe(true);
      await expect.poll(async () => (await b.db.cases.get(opened.id))?.pauses.length, { timeout: 60_000 }).toBe(1);
      expect((await b.db.cases.get(opened.id))!.extensions).toHaveLength(1);
      // the server ends with one version: a merged copy the other workstation pushed meanwhile is closed as well
      const serverConflicts = async () => ((await server.admin('GET', `/team-resolve/cases:${opened.id}?conflicts=true`)).body as { _conflicts?: string[] })._conflicts;
      await expect.poll(serverConflicts, { timeout: 60_000 }).toBeUndefined();
      expect(await b.db.syncConflicts.get(`cases:${opened.id}`)).toBeUndefined();
      await expect.poll(async () => (await b.db.auditLog.where('action').equals('sync.conflict-resolved').count()), { timeout: 60_000 }).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 240_000);

  it('puts back what the server refused: an officer’s change of the deadline rules, refused as manager-only', async () => {
    const [a] = await pair('team-refuse');
    try {
      await writeSetting(a.db, 'deadlineRules', DEFAULT_DEADLINE_RULES.map((r) => ({ ...r, amount: r.amount + 1 })), TEAM.wang.username);
      await expect.poll(() => a.engine.status.refusals.map((r) => r.reason), { timeout: 60_000 }).toContain('casedesk:manager-only');
      await expect.poll(async () => (await readSetting(a.db, 'deadlineRules')) === undefined, { timeout: 60_000 }).toBe(true);
    } finally {
      await a.close();
    }
  }, 240_000);

  it('refuses and reports a stored file whose bytes do not give its SHA-256, and keeps the rest of the case', async () => {
    const [a, b] = await pair('team-digest');
    try {
      await b.engine.stop();
      const opened = await openCase(a.db, intake('赵六'), TEAM.wang.username);
      const [doc] = await a.db.documents.where('caseId').equals(opened.id).toArray();
      const blobId = `documentBlobs:${doc!.id}`;
      await expect.poll(async () => (await server.admin('GET', `/team-digest/${blobId}`)).status, { timeout: 60_000 }).toBe(200);
      // someone with the server's admin account swaps the bytes
      const stored = (await server.admin('GET', `/team-digest/${blobId}`)).body as Record<string, unknown>;
      await server.admin('PUT', `/team-digest/${blobId}`, { ...stored, _attachments: { bytes: { content_type: 'application/octet-stream', data: Buffer.from('forged').toString('base64') } } });
      b.engine.start();
      await expect.poll(() => b.engine.status.refusals, { timeout: 60_000 }).toContainEqual(expect.objectContaining({ docId: blobId, reason: 'casedesk:digest-mismatch' }));
      expect(await b.db.cases.get(opened.id)).toBeDefined();
      expect(await b.db.documentBlobs.get(doc!.id)).toBeUndefined();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 240_000);

  it('loses and doubles nothing when the server dies in the middle, and carries on by itself when it is back', async () => {
    const [a, b] = await pair('team-fault');
    try {
      const opened: string[] = [];
      for (let i = 0; i < 6; i++) opened.push((await openCase(a.db, intake(`申请人${i}`), TEAM.wang.username)).id);
      await server.kill();
      for (let i = 6; i < 12; i++) opened.push((await openCase(a.db, intake(`申请人${i}`), TEAM.wang.username)).id);
      await expect.poll(() => a.engine.status.state, { timeout: 60_000 }).toBe('offline');
      // the shell says what waits for the server: the six cases opened offline, with their requesters and events
      await expect.poll(() => a.engine.status.pendingPush, { timeout: 60_000 }).toBeGreaterThanOrEqual(6);
      // and it goes on saying so while the push retries against the dead server and pauses between tries:
      // the two-way sync's 'paused' carries no error, and once took every offline write for pushed
      const seen: number[] = [];
      const unsubscribe = a.engine.subscribe((status) => seen.push(status.pendingPush));
      await expect.poll(() => a.engine.pushRetries, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
      opened.push((await openCase(a.db, intake('申请人12'), TEAM.wang.username)).id);
      await expect.poll(() => a.engine.status.pendingPush, { timeout: 60_000 }).toBeGreaterThanOrEqual(7);
      unsubscribe();
      expect(Math.min(...seen)).toBeGreaterThanOrEqual(6);
      await server.start();
      await expect.poll(async () => b.db.cases.count(), { timeout: 90_000 }).toBe(13);
      await expect.poll(() => a.engine.status.pendingPush, { timeout: 60_000 }).toBe(0);
      expect(new Set((await b.db.cases.toArray()).map((c) => c.reference)).size).toBe(13);
      expect((await b.db.cases.bulkGet(opened)).every(Boolean)).toBe(true);
      await expect.poll(async () => (await verifyAuditLog(b.db, { records: true })).ok, { timeout: 60_000 }).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 300_000);

  it('never issues one reference twice, two workstations offline, and makes a provisional one final when back', async () => {
    const [a, b] = await pair('team-references');
    try {
      await Promise.all([a.engine.stop(), b.engine.stop()]);
      const refsA: string[] = [];
      const refsB: string[] = [];
      for (let i = 0; i < 45; i++) refsA.push((await openCase(a.db, intake(`甲${i}`), TEAM.wang.username)).reference);
      for (let i = 0; i < 10; i++) refsB.push((await openCase(b.db, intake(`乙${i}`), TEAM.li.username)).reference);
      const finals = [...refsA, ...refsB].filter((r) => /^CL-\d{4}-\d{4,}$/.test(r));
      expect(new Set(finals).size).toBe(finals.length);
      // 40 numbers in hand: the rest of A's cases got provisional references
      expect(refsA.filter((r) => r.includes('-P'))).toHaveLength(5);
      a.engine.start();
      b.engine.start();
      await expect.poll(async () => (await a.db.cases.toArray()).filter((c) => c.reference.includes('-P')).length, { timeout: 60_000 }).toBe(0);
      await expect.poll(async () => b.db.cases.count(), { timeout: 60_000 }).toBe(55);
      const all = (await b.db.cases.toArray()).map((c) => c.reference);
      expect(new Set(all).size).toBe(55);
      expect(await a.db.auditLog.where('action').equals('case.updated').filter((e) => e.summary.includes('-P')).count()).toBe(5);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 300_000);

  it('rides out a server answering 500: nothing lost or doubled, and it carries on by itself', async () => {
    await setUpTeam(server, 'team-500');
    let failing = false;
    const plain = memberEndpoint(server, TEAM.wang);
    const flaky = { ...plain, fetch: (url: string | Request, init?: RequestInit) => (failing ? Promise.resolve(new Response('{"error":"internal"}', { status: 500 })) : plain.fetch(url, init)) };
    const a = await teamWorkstation(server, TEAM.wang, 'team-500', undefined, flaky);
    const b = await teamWorkstation(server, TEAM.li, 'team-500');
    try {
      failing = true;
      for (let i = 0; i < 3; i++) await openCase(a.db, intake(`故障${i}`), TEAM.wang.username);
      await expect.poll(() => a.engine.status.lastError?.kind, { timeout: 60_000 }).toBe('server-error');
      expect(a.engine.status.state).not.toBe('stopped');
      failing = false;
      await expect.poll(async () => b.db.cases.count(), { timeout: 90_000 }).toBe(3);
      expect(new Set((await b.db.cases.toArray()).map((c) => c.reference)).size).toBe(3);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 240_000);

  it('stops with a reason the officer can act on when their role is taken away, and keeps their work', async () => {
    const [a, b] = await pair('team-removed');
    try {
      await createTeamUser(server.admin, { ...TEAM.li, roles: [] });
      const opened = await openCase(b.db, intake('角色已撤销'), TEAM.li.username);
      await expect.poll(() => b.engine.status.state, { timeout: 60_000 }).toBe('stopped');
      expect(['no-access', 'unauthorized']).toContain(b.engine.status.lastError?.kind);
      // nothing is thrown away: the case stays on the workstation, waiting for a person to sort out the account
      expect(await b.db.cases.get(opened.id)).toBeDefined();
      expect(await a.db.cases.get(opened.id)).toBeUndefined();
    } finally {
      await createTeamUser(server.admin, TEAM.li);
      await Promise.all([a.close(), b.close()]);
    }
  }, 240_000);
});
