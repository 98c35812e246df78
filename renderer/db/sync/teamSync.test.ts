import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpTeam, startTeamServer, TEAM, type TeamServer } from '../../../shared/sync/test-support/teamServer';
import { openCase, type CaseIntake } from '../cases';
import { pauseClock, extendDeadline } from '../caseClock';
import { teamWorkstation, type Workstation } from './test-support/teamWorkstation';

/**
 * The team store against a real CouchDB-protocol server (pouchdb-server on
 * 127.0.0.1, started by the test), two workstations each with its own store,
 * key, replica and signed-in officer.
 */
let server: TeamServer;
const PORT = 43111;

beforeAll(async () => {
  server = await startTeamServer(PORT);
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

function intake(name: string): CaseIntake {
  return {
    requester: { create: { kind: 'individual', name, email: `${name}@example.cn`, idNumber: '11010519491231002X', region: 'mainland' } },
    case: {
      channel: 'email',
      receivedAt: '2026-11-30T02:00:00.000Z',
      receivedAtSource: 'received-header',
      requestType: 'access',
      typeConfirmed: true,
      gdpr: false,
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

describe('the team store', () => {
  it('carries a case opened on one workstation to another, whole: requester, documents, bytes and audit event', async () => {
    const [a, b] = await pair('team-carry');
    try {
      const opened = await openCase(a.db, intake('张晓明'), TEAM.wang.username);
      await expect.poll(async () => (await b.db.cases.get(opened.id))?.reference, { timeout: 20_000 }).toBe(opened.reference);
      const arrived = (await b.db.cases.get(opened.id))!;
      expect(await b.db.requesters.get(arrived.requesterId)).toMatchObject({ name: '张晓明' });
      const [doc] = await b.db.documents.where('caseId').equals(opened.id).toArray();
      expect(new TextDecoder().decode((await b.db.documentBlobs.get(doc!.id))!.bytes)).toContain('From: 张晓明');
      const events = await b.db.auditLog.where('refs').equals(`case:${opened.id}`).toArray();
      expect(events.map((e) => [e.action, e.actor, e.chain])).toEqual([['case.created', TEAM.wang.username, a.session.chain]]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);

  it('merges two officers’ offline edits of one case the same way on both, keeping the pause and the extension', async () => {
    const [a, b] = await pair('team-conflict');
    try {
      const opened = await openCase(a.db, intake('李雷'), TEAM.wang.username);
      await expect.poll(async () => (await b.db.cases.get(opened.id))?.id, { timeout: 20_000 }).toBe(opened.id);
      await Promise.all([a.engine.stop(), b.engine.stop()]);
      await pauseClock(a.db, opened.id, '2026-12-01', '等待补充材料', TEAM.wang.username);
      await extendDeadline(b.db, opened.id, { amount: 5, reason: '案情复杂' }, TEAM.li.username);
      a.engine.start();
      b.engine.start();
      const merged = async (ws: Workstation) => {
        const c = await ws.db.cases.get(opened.id);
        return { pauses: c?.pauses.length, extensions: c?.extensions.length, conflict: (await ws.db.syncConflicts.get(`cases:${opened.id}`))?.differing };
      };
      await expect.poll(() => merged(a), { timeout: 30_000 }).toEqual({ pauses: 1, extensions: 1, conflict: expect.arrayContaining(['extensions', 'pauses']) });
      await expect.poll(() => merged(b), { timeout: 30_000 }).toEqual({ pauses: 1, extensions: 1, conflict: expect.arrayContaining(['extensions', 'pauses']) });
      const [onA, onB] = await Promise.all([a.db.cases.get(opened.id), b.db.cases.get(opened.id)]);
      expect(onA).toEqual(onB);
      const conflict = (await a.db.syncConflicts.get(`cases:${opened.id}`))!;
      expect(conflict.losers).toHaveLength(1);
      expect(conflict.losers[0]!.row).toBeTruthy();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 90_000);
});
