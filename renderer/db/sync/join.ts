import { Dexie } from 'dexie';
import { blockDocId, planJoinReferences, type ReferenceKind } from '../../../shared/sync/referenceBlocks';
import { docIdOf, isTeamSetting, type ReplicatedTable } from '../../../shared/sync/scope';
import { lastEventOf, appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';
import { readWorkstation } from '../workstation';
import type { Replica } from './replica';
import { issueTeamReference, readHeldBlocks, topUpBlocks, type BlockClaimer } from './references';
import { scopesFor, TEAM_SESSION_KEY, teamChain, type TeamSession } from './teamSession';
import { blockOf, heldBlock } from '../../../shared/sync/referenceBlocks';

/**
 * A solo store joins a team (issue 10: "the officer sees the plan first").
 * The plan counts what will upload, names the references that clash with
 * numbers the team already issues and are therefore renumbered, and says
 * whether this store's templates, rules and calendar go up (a manager) or
 * are replaced by the team's (anyone else). Joining carries it out: blocks
 * claimed, clashing records renumbered with audit events, the solo audit
 * chain archived for the team as it is (its events name the officers as they
 * were typed, not team accounts), every record queued for upload, and the
 * join itself audited in the user's new chain.
 */
export interface JoinPlan {
  upload: Partial<Record<ReplicatedTable, number>>;
  keep: string[];
  renumber: { table: 'cases' | 'incidents'; id: string; reference: string }[];
  claim: { kind: ReferenceKind; year: number; block: number }[];
  settings: 'upload' | 'replaced-by-team';
  soloEvents: number;
}

const REFERENCE = /^(CL|INC)-(\d{4})-(\d{4,})$/;

export async function planJoin(db: CaseDeskDatabase, claimedOnServer: ReadonlySet<string>, roles: readonly string[]): Promise<JoinPlan> {
  const [cases, incidents] = await Promise.all([db.cases.toArray(), db.incidents.toArray()]);
  const local: { kind: ReferenceKind; year: number; sequence: number; table: 'cases' | 'incidents'; id: string; reference: string }[] = [];
  for (const [table, rows] of [
    ['cases', cases],
    ['incidents', incidents],
  ] as const) {
    for (const row of rows) {
      const match = REFERENCE.exec(row.reference);
      if (match) local.push({ kind: match[1] === 'CL' ? 'case' : 'incident', year: Number(match[2]), sequence: Number(match[3]), table, id: row.id, reference: row.reference });
    }
  }
  const refs = planJoinReferences(local, claimedOnServer);
  const clashing = new Set(refs.renumber.map((r) => `${r.kind}:${r.year}:${r.sequence}`));
  const manager = roles.includes('manager');
  const upload: JoinPlan['upload'] = {};
  for (const table of ['requesters', 'cases', 'documents', 'documentBlobs', 'letters', 'incidents', 'incidentPeople', 'identityChecks', 'unsortedFiles'] as const) {
    upload[table] = await db.table(table).count();
  }
  if (manager) upload.settings = (await db.settings.toCollection().primaryKeys()).filter((k) => isTeamSetting(String(k))).length;
  const workstation = await readWorkstation(db);
  return {
    upload,
    keep: local.filter((l) => !clashing.has(`${l.kind}:${l.year}:${l.sequence}`)).map((l) => l.reference),
    renumber: local.filter((l) => clashing.has(`${l.kind}:${l.year}:${l.sequence}`)).map(({ table, id, reference }) => ({ table, id, reference })),
    claim: refs.claim,
    settings: manager ? 'upload' : 'replaced-by-team',
    soloEvents: workstation ? await db.auditLog.where('chain').equals(workstation.chain).count() : 0,
  };
}

export interface JoinTarget {
  serverUrl: string;
  database: string;
  username: string;
  displayName: string;
  roles: TeamSession['roles'];
}

/** Carries the plan out; refuses (changing nothing) when a block it meant to claim was taken meanwhile. */
export async function executeJoin(db: CaseDeskDatabase, plan: JoinPlan, target: JoinTarget, claimer: BlockClaimer, replica: Replica, now = new Date()): Promise<TeamSession> {
  const workstation = await readWorkstation(db);
  if (!workstation) throw new Error('the store has no workstation identity');
  for (const block of plan.claim) {
    const answer = await claimer.create(blockDocId(block.kind, block.year, block.block), { by: target.username, chain: teamChain(target.username, workstation.id), at: now.toISOString() });
    if (answer === 'taken') throw new JoinRaceError();
  }
  const session: TeamSession = { ...target, chain: teamChain(target.username, workstation.id), joinedAt: now.toISOString() };
  const soloChain = workstation.chain;
  const soloHead = await lastEventOf(db, soloChain);
  // the solo chain as it is, for the team to keep and verify (its links; its MACs are this workstation's)
  const soloEvents = await db.auditLog.where('[chain+seq]').between([soloChain, Dexie.minKey], [soloChain, Dexie.maxKey]).toArray();
  // under `row`, so the local replica seals it like every record (replicaCrypto.ts)
  await replica.put({ _id: `auditArchive:${soloChain}`, by: target.username, at: now.toISOString(), row: { chain: soloChain, events: soloEvents } });

  await db.transaction('rw', [db.local, db.auditLog], async () => {
    await db.local.put({ key: TEAM_SESSION_KEY, value: session });
    // a block claimed for numbers this store already issued is ours: its numbers after the highest one kept can still be issued
    const highest = new Map<string, number>();
    for (const reference of plan.keep) {
      const match = REFERENCE.exec(reference);
      if (!match) continue;
      const kind: ReferenceKind = match[1] === 'CL' ? 'case' : 'incident';
      const sequence = Number(match[3]);
      const key = `${kind}:${match[2]}:${blockOf(kind, sequence)}`;
      highest.set(key, Math.max(highest.get(key) ?? 0, sequence));
    }
    const kept = plan.claim.map((c) => {
      const block = heldBlock(c.kind, c.year, c.block);
      return { ...block, next: Math.max(block.next, (highest.get(`${c.kind}:${c.year}:${c.block}`) ?? 0) + 1) };
    });
    await db.local.put({ key: 'references.blocks', value: [...(await readHeldBlocks(db)), ...kept].filter((b) => b.next <= b.last) });
  });
  db.chain = session.chain;
  db.capturing = true;
  db.scopes = scopesFor(session.roles);
  // numbers in hand before renumbering, so renumbered records get final references, not provisional ones
  if (session.roles.includes('officer') || session.roles.includes('manager')) await topUpBlocks(db, claimer, target.username, now);

  for (const item of plan.renumber) {
    await db.transaction('rw', [db.table(item.table), db.auditLog], async () => {
      const year = Number(item.reference.slice(item.table === 'cases' ? 3 : 4, item.table === 'cases' ? 7 : 8));
      const table = db.table(item.table);
      const reference = await issueTeamReference(db, item.table === 'cases' ? 'case' : 'incident', year, async (r) => (await table.where('reference').equals(r).count()) > 0);
      await table.update(item.id, { reference });
      await appendAudit(db, {
        actor: target.username,
        action: item.table === 'cases' ? 'case.updated' : 'incident.updated',
        subject: `${item.table === 'cases' ? 'case' : 'incident'}:${item.id}`,
        summary: `${item.reference} → ${reference} (joining the team)`,
        before: { reference: item.reference },
        after: { reference },
      });
    });
  }

  // everything goes up, a case with what belongs to it in one group
  await queueUpload(db, plan.settings === 'upload');
  await db.transaction('rw', [db.auditLog], async () => {
    await appendAudit(db, {
      actor: target.username,
      action: 'sync.joined',
      subject: 'store',
      summary: `joined ${target.database} as ${target.username}`,
      after: { upload: plan.upload, renumbered: plan.renumber.length, soloChain, soloHead: soloHead?.hash ?? null, soloEvents: soloEvents.length },
    });
  });
  return session;
}

export class JoinRaceError extends Error {
  constructor() {
    super('a reference block was claimed by another workstation meanwhile: plan again');
    this.name = 'JoinRaceError';
  }
}

async function queueUpload(db: CaseDeskDatabase, settings: boolean): Promise<void> {
  const at = new Date().toISOString();
  const entries: string[][] = [];
  for (const c of await db.cases.toArray()) {
    const documents = await db.documents.where('caseId').equals(c.id).primaryKeys();
    const letters = await db.letters.where('caseId').equals(c.id).primaryKeys();
    const checks = await db.identityChecks.where('caseId').equals(c.id).primaryKeys();
    entries.push([
      docIdOf('requesters', c.requesterId),
      docIdOf('cases', c.id),
      ...documents.map((id) => docIdOf('documents', id)),
      ...documents.map((id) => docIdOf('documentBlobs', id)),
      ...checks.map((id) => docIdOf('identityChecks', id)),
      ...letters.map((id) => docIdOf('letters', id)),
    ]);
  }
  for (const i of await db.incidents.toArray()) {
    entries.push([docIdOf('incidents', i.id), ...((await db.incidentPeople.get(i.id)) ? [docIdOf('incidentPeople', i.id)] : [])]);
  }
  if (settings) {
    const keys = (await db.settings.toCollection().primaryKeys()).map(String).filter(isTeamSetting);
    if (keys.length) entries.push(keys.map((k) => docIdOf('settings', k)));
  }
  // blobs that belong to no case any more are kept locally only
  const existing = new Set((await db.documentBlobs.toCollection().primaryKeys()).map((k) => docIdOf('documentBlobs', k)));
  await db.transaction('rw', [db.outbox], async () => {
    for (const docIds of entries) {
      const present = docIds.filter((id) => !id.startsWith('documentBlobs:') || existing.has(id));
      await db.outbox.add({ scope: 'main', txn: crypto.randomUUID(), at, docIds: [...new Set(present)] });
    }
  });
}
