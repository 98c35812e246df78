import { Dexie } from 'dexie';
import {
  blankIncidentFields,
  formatIncidentReference,
  incidentRecordFieldIds,
  incidentSchema,
  type Art34Decision,
  type Incident,
  type IncidentGrade,
  type IncidentRecordPatch,
  type IndividualNoticeDecision,
} from '../../shared/domain/incident';
import type { AuditAction } from '../../shared/domain/audit';
import { shanghaiDate } from '../../shared/domain/time';
import { suggestGrade } from '../../shared/incidents/grading';
import type { ObligationId } from '../../shared/incidents/vocabulary';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import { issueTeamReference } from './sync/references';

/** An audit subject for an incident: its timeline is the audit events under it. */
export const incidentSubject = (id: string) => `incident:${id}`;

export class IncidentNotFoundError extends Error {
  override name = 'IncidentNotFoundError';
}

/**
 * Issues `INC-<year>-<NNNN>` inside the transaction that saves the incident,
 * like case references (caseReference.ts): IndexedDB serialises the
 * read-write transactions of every window, and `&reference` is the second guard.
 */
async function nextIncidentReference(db: CaseDeskDatabase, year: number): Promise<string> {
  if (!Dexie.currentTransaction) throw new Error('nextIncidentReference must run inside the transaction that saves the incident');
  if (db.capturing) return issueTeamReference(db, 'incident', year, async (r) => (await db.incidents.where('reference').equals(r).count()) > 0);
  const key = `incident-reference:${year}`;
  let sequence = ((await db.counters.get(key))?.value ?? 0) + 1;
  while (await db.incidents.where('reference').equals(formatIncidentReference(year, sequence)).count()) sequence++;
  await db.counters.put({ key, value: sequence });
  return formatIncidentReference(year, sequence);
}

/** Opens an incident: a title and the moment it was discovered or learned of are enough to start every clock (SPEC §5). */
export async function createIncident(db: CaseDeskDatabase, input: { title: string; discoveredAt: string }, actor: string, now: Date = new Date()): Promise<Incident> {
  const at = now.toISOString();
  return db.transaction('rw', [db.incidents, db.counters, db.auditLog], async () => {
    const year = Number(shanghaiDate(input.discoveredAt).slice(0, 4));
    const record = incidentSchema.parse({
      ...blankIncidentFields(),
      id: crypto.randomUUID(),
      reference: await nextIncidentReference(db, year),
      title: input.title,
      discoveredAt: input.discoveredAt,
      createdBy: actor,
      createdAt: at,
      updatedAt: at,
    });
    await db.incidents.add(record);
    await appendAudit(db, {
      at,
      actor,
      action: 'incident.created',
      subject: incidentSubject(record.id),
      summary: `${record.reference} ${record.title}`.slice(0, 2000),
      after: { reference: record.reference, title: record.title, discoveredAt: record.discoveredAt },
    });
    return record;
  });
}

/**
 * One change to an incident and its audit event, in one transaction; the
 * result is checked against the schema before anything is written.
 */
async function change(
  db: CaseDeskDatabase,
  id: string,
  actor: string,
  now: Date,
  apply: (current: Incident, at: string) => { next: Incident; action: AuditAction; summary: string; before?: unknown; after?: unknown } | undefined,
): Promise<Incident> {
  const at = now.toISOString();
  return db.transaction('rw', [db.incidents, db.auditLog], async () => {
    const current = await db.incidents.get(id);
    if (!current) throw new IncidentNotFoundError(id);
    const outcome = apply(current, at);
    if (!outcome) return current;
    const next = incidentSchema.parse({ ...outcome.next, updatedAt: at });
    await db.incidents.put(next);
    await appendAudit(db, {
      at,
      actor,
      action: outcome.action,
      subject: incidentSubject(id),
      summary: `${current.reference} ${outcome.summary}`.slice(0, 2000),
      ...(outcome.before !== undefined ? { before: outcome.before } : {}),
      ...(outcome.after !== undefined ? { after: outcome.after } : {}),
    });
    return next;
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the record form. Only fields that changed are written and logged,
 * each with its value before and after, so the timeline shows every
 * supplement (issue 7: a timeline logs every action and supplement).
 */
export function updateIncidentRecord(db: CaseDeskDatabase, id: string, patch: IncidentRecordPatch, actor: string, now: Date = new Date()): Promise<Incident> {
  return change(db, id, actor, now, (current) => {
    const changed = incidentRecordFieldIds.filter((f) => f in patch && !same(patch[f], current[f]));
    if (changed.length === 0) return undefined;
    const next: Incident = { ...current };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of changed) {
      before[field] = current[field];
      after[field] = patch[field];
      Object.assign(next, { [field]: patch[field] });
      // an optional field cleared in the form is removed, not stored as undefined
      if (patch[field] === undefined) delete (next as Partial<Incident>)[field];
    }
    return { next, action: 'incident.updated', summary: changed.join(', '), before, after };
  });
}

/** The officer confirms (or changes) the grade, with the reason (issue 7); the suggestion at that moment goes into the log beside it. */
export function confirmGrade(db: CaseDeskDatabase, id: string, grade: IncidentGrade, reason: string, actor: string, now: Date = new Date()): Promise<Incident> {
  return change(db, id, actor, now, (current, at) => {
    const decision = { grade, reason: reason.trim(), at, by: actor };
    return {
      next: { ...current, gradeDecision: decision },
      action: 'incident.graded',
      summary: `${grade}: ${decision.reason}`,
      before: current.gradeDecision,
      after: { ...decision, suggested: suggestGrade(current.peopleAffected).grade },
    };
  });
}

/** PIPL 57: notify each person, announce, or record why notice is not needed. */
export function decideIndividualNotice(
  db: CaseDeskDatabase,
  id: string,
  decision: Pick<IndividualNoticeDecision, 'mode' | 'justification'>,
  actor: string,
  now: Date = new Date(),
): Promise<Incident> {
  return change(db, id, actor, now, (current, at) => {
    const next = { mode: decision.mode, justification: decision.justification.trim(), at, by: actor };
    return { next: { ...current, individualNotice: next }, action: 'incident.decided', summary: `PIPL 57 ${next.mode}`, before: current.individualNotice, after: next };
  });
}

/** GDPR Art. 34: the risk assessment and, where relied on, the Art. 34(3) exception with its justification. */
export function decideArt34(
  db: CaseDeskDatabase,
  id: string,
  decision: Pick<Art34Decision, 'risk' | 'exception' | 'justification'>,
  actor: string,
  now: Date = new Date(),
): Promise<Incident> {
  return change(db, id, actor, now, (current, at) => {
    const next: Art34Decision = { risk: decision.risk, justification: decision.justification.trim(), at, by: actor, ...(decision.exception ? { exception: decision.exception } : {}) };
    return { next: { ...current, art34: next }, action: 'incident.decided', summary: `Art. 34 ${next.risk}${next.exception ? ` 34(3)(${next.exception})` : ''}`, before: current.art34, after: next };
  });
}

/** An obligation met: when it was really done (it may be recorded later), and how (channel, receipt number…). */
export function markObligationDone(
  db: CaseDeskDatabase,
  id: string,
  obligation: ObligationId,
  done: { doneAt: string; note: string },
  actor: string,
  now: Date = new Date(),
): Promise<Incident> {
  return change(db, id, actor, now, (current, at) => {
    const record = { doneAt: done.doneAt, note: done.note.trim(), at, by: actor };
    return {
      next: { ...current, obligationsDone: { ...current.obligationsDone, [obligation]: record } },
      action: 'incident.obligation-done',
      summary: obligation,
      before: current.obligationsDone[obligation],
      after: { obligation, ...record },
    };
  });
}

/** 处置结束: starts the 30-day summary report (reporting measures). */
export function endHandling(db: CaseDeskDatabase, id: string, endedAt: string, actor: string, now: Date = new Date()): Promise<Incident> {
  return change(db, id, actor, now, (current) => ({
    next: { ...current, handlingEndedAt: endedAt },
    action: 'incident.handling-ended',
    summary: endedAt,
    before: current.handlingEndedAt,
    after: endedAt,
  }));
}

/** Every incident, newest discovery first (an office has tens, not thousands). */
export function listIncidents(db: CaseDeskDatabase): Promise<Incident[]> {
  return db.incidents.orderBy('discoveredAt').reverse().toArray();
}
