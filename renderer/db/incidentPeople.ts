import { sha256Hex } from '../../shared/audit/chain';
import { affectedPersonSchema, importPeople, incidentPeopleListSchema, type IncidentPeopleList, type PeopleImportResult } from '../../shared/incidents';

/** People checked per task when a list read in the worker arrives. */
const VALIDATE_SLICE = 20_000;
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import { IncidentNotFoundError, incidentSubject } from './incidents';

/** The affected people of an incident (an empty list before any import). */
export async function readPeople(db: CaseDeskDatabase, incidentId: string): Promise<IncidentPeopleList | undefined> {
  return db.incidentPeople.get(incidentId);
}

/**
 * Imports a CSV of affected people into the incident's list (issue 7),
 * merged with the people already on it, and keeps the import's report. The
 * audit log records the file's SHA-256 and the counts, never the people.
 * The file is parsed before the transaction opens: a long list must not
 * hold the database while it is read.
 */
export async function importPeopleFile(
  db: CaseDeskDatabase,
  incidentId: string,
  file: { name: string; bytes: Uint8Array },
  actor: string,
  now: Date = new Date(),
): Promise<PeopleImportResult> {
  const at = now.toISOString();
  const existing = (await db.incidentPeople.get(incidentId))?.people ?? [];
  const result = importPeople(file.bytes, existing);
  if (!result.ok) return result;
  await db.transaction('rw', [db.incidents, db.incidentPeople, db.auditLog], async () => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new IncidentNotFoundError(incidentId);
    const current = (await db.incidentPeople.get(incidentId))?.people ?? [];
    // another window imported meanwhile: merge against what is there now
    const merged = current.length === existing.length ? result : importPeople(file.bytes, current);
    if (!merged.ok) throw new Error(merged.problem);
    const list = incidentPeopleListSchema.parse({
      incidentId,
      people: merged.people,
      lastImport: { ...merged.report, fileName: file.name, at, by: actor },
      updatedAt: at,
    });
    await db.incidentPeople.put(list);
    const { report } = merged;
    await appendAudit(db, {
      at,
      actor,
      action: 'incident.people-imported',
      subject: incidentSubject(incidentId),
      summary: `${incident.reference} ${file.name}: +${report.added}, ${report.merged.length} merged, ${report.rejected.length} rejected`.slice(0, 2000),
      after: {
        fileName: file.name,
        sha256: sha256Hex(file.bytes),
        encoding: report.encoding,
        rowsRead: report.rowsRead,
        added: report.added,
        merged: report.merged.length,
        rejected: report.rejected.length,
        warnings: report.warnings.length,
        total: list.people.length,
      },
    });
  });
  return result;
}

export class PeopleListChangedError extends Error {
  constructor() {
    super('the list of affected people changed while the file was read');
  }
}

/**
 * Saves a list read in the worker (renderer/workers/peopleCsv.ts, issue 12):
 * the merged people and the report, with an audit event that records the
 * file's SHA-256 and the counts, never the people. `basedOn` is how many
 * people the list had when the file was read: if another window changed it
 * meanwhile, nothing is saved and the officer imports again.
 */
export async function savePeopleImport(
  db: CaseDeskDatabase,
  incidentId: string,
  file: { name: string; sha256: string },
  read: Extract<PeopleImportResult, { ok: true }>,
  basedOn: number,
  actor: string,
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  // what crossed from the worker is checked, a slice at a time: millions of people in one parse would hold the UI thread for seconds
  for (let i = 0; i < read.people.length; i += VALIDATE_SLICE) {
    affectedPersonSchema.array().parse(read.people.slice(i, i + VALIDATE_SLICE));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const { report } = read;
  const head = incidentPeopleListSchema.parse({ incidentId, people: [], lastImport: { ...report, fileName: file.name, at, by: actor }, updatedAt: at });
  const list = { ...head, people: read.people };
  await db.transaction('rw', [db.incidents, db.incidentPeople, db.auditLog], async () => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new IncidentNotFoundError(incidentId);
    const current = (await db.incidentPeople.get(incidentId))?.people.length ?? 0;
    if (current !== basedOn) throw new PeopleListChangedError();
    await db.incidentPeople.put(list);
    await appendAudit(db, {
      at,
      actor,
      action: 'incident.people-imported',
      subject: incidentSubject(incidentId),
      summary: `${incident.reference} ${file.name}: +${report.added}, ${report.merged.length} merged, ${report.rejected.length} rejected`.slice(0, 2000),
      after: {
        fileName: file.name,
        sha256: file.sha256,
        encoding: report.encoding,
        rowsRead: report.rowsRead,
        added: report.added,
        merged: report.merged.length,
        rejected: report.rejected.length,
        warnings: report.warnings.length,
        total: list.people.length,
      },
    });
  });
}

/** Empties the list (a wrong file imported); the log keeps how many were removed. */
export async function clearPeople(db: CaseDeskDatabase, incidentId: string, actor: string, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', [db.incidents, db.incidentPeople, db.auditLog], async () => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new IncidentNotFoundError(incidentId);
    const removed = (await db.incidentPeople.get(incidentId))?.people.length ?? 0;
    await db.incidentPeople.delete(incidentId);
    await appendAudit(db, { at, actor, action: 'data.deleted', subject: incidentSubject(incidentId), summary: `${incident.reference} affected people list cleared (${removed})`, before: { people: removed } });
  });
}

export type ExportKind = 'draft-pdf' | 'notices-pdf' | 'sms-csv' | 'eml-zip';

/** An export leaves the app: what, how many, and the file's SHA-256 go into the log (SPEC §6). */
export async function recordExport(
  db: CaseDeskDatabase,
  incidentId: string,
  what: { kind: ExportKind; draft?: string; count: number; bytes: Uint8Array; fileName: string; signed: boolean },
  actor: string,
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', [db.incidents, db.auditLog], async () => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new IncidentNotFoundError(incidentId);
    const sha256 = sha256Hex(what.bytes);
    await appendAudit(db, {
      at,
      actor,
      action: 'incident.exported',
      subject: incidentSubject(incidentId),
      summary: `${incident.reference} ${what.kind}${what.draft ? ` ${what.draft}` : ''} ×${what.count} ${what.fileName}`.slice(0, 2000),
      after: { kind: what.kind, ...(what.draft ? { draft: what.draft } : {}), count: what.count, fileName: what.fileName, sha256, bytes: what.bytes.length, signed: what.signed },
    });
  });
}
