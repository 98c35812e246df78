import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import memoryAdapter from 'pouchdb-adapter-memory';
import { setUpTeam, startTeamServer, TEAM, type TeamServer } from '../../../shared/sync/test-support/teamServer';
import { verifyAuditLog } from '../audit/verifyStore';
import { openCase, type CaseIntake } from '../cases';
import { writeSetting } from '../settings';
import { DEFAULT_DEADLINE_RULES } from '../../../shared/deadlines/deadlineRule';
import { executeJoin, planJoin } from './join';
import { readTeamSession } from './teamSession';
import { openRemote, pouch, openLocalReplica } from './pouch';
import { memberEndpoint, soloStore, teamWorkstation } from './test-support/teamWorkstation';
import { readWorkstation } from '../workstation';
import { teamChain } from './teamSession';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer(43115);
}, 240_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

const intake = (name: string): CaseIntake => ({
  requester: { create: { kind: 'individual', name, region: 'mainland' } },
  case: {
    channel: 'postal',
    receivedAt: '2026-11-20T02:00:00.000Z',
    receivedAtSource: 'entered',
    requestType: 'deletion',
    typeConfirmed: true,
    gdpr: false,
    subject: `${name} 删除申请`,
    summary: '',
    status: 'open',
    stage: 'received',
    assignee: '王敏',
    pauses: [],
    extensions: [],
    messageIds: [],
  },
  documents: [{ meta: { kind: 'scan', fileName: 'letter.pdf', mimeType: 'application/pdf', identityEvidence: false }, bytes: new TextEncoder().encode(`%PDF ${name}`) }],
});

describe('a solo store joining the team', () => {
  it('shows the plan first, renumbers what clashes, uploads the rest, and the team can verify its history', async () => {
    await setUpTeam(server, 'team-join');
    const b = await teamWorkstation(server, TEAM.li, 'team-join');
    try {
      for (let i = 0; i < 3; i++) await openCase(b.db, intake(`乙${i}`), TEAM.li.username);
      const solo = await soloStore();
      for (let i = 0; i < 5; i++) await openCase(solo, intake(`甲${i}`), '王敏');
      await writeSetting(solo, 'deadlineRules', [...DEFAULT_DEADLINE_RULES], '王敏');
      const soloRefs = (await solo.cases.toArray()).map((c) => c.reference).sort();
      const soloIds = (await solo.cases.toArray()).map((c) => c.id);
      expect(soloRefs).toEqual(['CL-2026-0001', 'CL-2026-0002', 'CL-2026-0003', 'CL-2026-0004', 'CL-2026-0005']);

      const Pouch = pouch(memoryAdapter);
      const endpoint = memberEndpoint(server, TEAM.wang);
      const remote = openRemote(Pouch, `${server.url}/team-join`, endpoint.fetch);
      const claimed = new Set((await remote.allDocs({ startkey: 'refblock:', endkey: 'refblock:\ufff0' })).rows.map((r) => r.key));
      const plan = await planJoin(solo, claimed, TEAM.wang.roles);
      // B holds blocks 0 and 1 (numbers 1–40): every number of the solo store clashes
      expect(plan.renumber.map((r) => r.reference).sort()).toEqual(soloRefs);
      expect(plan.upload).toMatchObject({ cases: 5, requesters: 5, documents: 5, documentBlobs: 5 });
      expect(plan.settings).toBe('replaced-by-team');

      const workstation = (await readWorkstation(solo))!;
      const replica = openLocalReplica(Pouch, `casedesk-replica-team-join-${teamChain(TEAM.wang.username, workstation.id)}`, 'memory', solo.keys);
      const claimer = {
        create: async (id: string, body: Record<string, unknown>) => remote.put({ _id: id, ...body }).then(() => 'created' as const, () => 'taken' as const),
        lastClaimed: async (prefix: string) => (await remote.allDocs({ startkey: `${prefix}\ufff0`, endkey: prefix, descending: true, limit: 1 })).rows[0]?.key,
      };
      const session = await executeJoin(solo, plan, { serverUrl: server.url, database: 'team-join', username: TEAM.wang.username, displayName: '王敏', roles: TEAM.wang.roles }, claimer, replica);
      // the store now says it is a team member: the shell, the settings card and the engine read it back
      expect(await readTeamSession(solo)).toEqual(session);
      const a = await teamWorkstation(server, TEAM.wang, 'team-join', { db: solo, session });
      try {
        // renumbered with final numbers from blocks claimed while joining, not provisional ones
        const renumbered = (await a.db.cases.bulkGet(soloIds)).map((c) => c!.reference);
        expect(renumbered.some((r) => soloRefs.includes(r) || r.includes('-P'))).toBe(false);
        await expect.poll(async () => b.db.cases.count(), { timeout: 60_000 }).toBe(8);
        const refs = (await b.db.cases.toArray()).map((c) => c.reference);
        expect(new Set(refs).size).toBe(8);
        // the solo chain came along as it was written, and the join is in the user's new chain
        await expect.poll(async () => b.db.auditLog.where('chain').equals(workstation.chain).count(), { timeout: 60_000 }).toBeGreaterThan(5);
        await expect.poll(async () => b.db.auditLog.where('action').equals('sync.joined').count(), { timeout: 60_000 }).toBe(1);
        const verdict = await verifyAuditLog(b.db, { records: true });
        expect({ chains: verdict.chains.flatMap((c) => c.problems), records: verdict.records }).toEqual({ chains: [], records: [] });
        // an officer's solo rules do not overwrite the team's (they are the manager's)
        expect(await b.db.settings.get('deadlineRules')).toBeUndefined();
      } finally {
        await a.close();
      }
    } finally {
      await b.close();
    }
  }, 300_000);
});
