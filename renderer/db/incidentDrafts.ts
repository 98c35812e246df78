import { sha256Hex } from '../../shared/audit/chain';
import { incidentSchema, type DraftState, type Incident } from '../../shared/domain/incident';
import { viewDraft, type MissingElement } from '../../shared/incidents';
import type { DraftKind, ReportStage } from '../../shared/incidents/vocabulary';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import { IncidentNotFoundError, incidentSubject } from './incidents';
import { readLetterSettings } from './lettersSettings';

/** A draft may not be marked ready while the completeness check names anything (issue 7). */
export class DraftIncompleteError extends Error {
  override name = 'DraftIncompleteError';
  constructor(readonly missing: MissingElement[]) {
    super(`draft incomplete: ${missing.map((m) => m.element).join(', ')}`);
  }
}

async function changeDraft(
  db: CaseDeskDatabase,
  id: string,
  kind: DraftKind,
  actor: string,
  now: Date,
  apply: (current: Incident, state: DraftState | undefined, at: string) => Promise<{ state: DraftState; action: 'incident.draft-saved' | 'incident.draft-ready'; summary: string; after?: unknown }>,
): Promise<Incident> {
  const at = now.toISOString();
  return db.transaction('rw', [db.incidents, db.auditLog, db.settings], async () => {
    const current = await db.incidents.get(id);
    if (!current) throw new IncidentNotFoundError(id);
    const outcome = await apply(current, current.drafts[kind], at);
    const next = incidentSchema.parse({ ...current, drafts: { ...current.drafts, [kind]: outcome.state }, updatedAt: at });
    await db.incidents.put(next);
    await appendAudit(db, {
      at,
      actor,
      action: outcome.action,
      subject: incidentSubject(id),
      summary: `${current.reference} ${kind} ${outcome.summary}`.slice(0, 2000),
      ...(outcome.after !== undefined ? { after: outcome.after } : {}),
    });
    return next;
  });
}

/** Without its readiness: an edited draft must be checked again. */
function reopened(state: DraftState | undefined): DraftState {
  const { readyAt: _readyAt, readyBy: _readyBy, ...rest } = state ?? {};
  return rest;
}

/**
 * Saves the officer's wording of a draft; `undefined` drops it, and the
 * draft follows the record again. Either way a ready draft is reopened.
 * The log keeps the length of the text, not the text (the record holds it).
 */
export function saveDraftText(db: CaseDeskDatabase, id: string, kind: DraftKind, text: string | undefined, actor: string, now: Date = new Date()): Promise<Incident> {
  return changeDraft(db, id, kind, actor, now, async (_current, state) => {
    const { text: _old, ...rest } = reopened(state);
    return text === undefined
      ? { state: rest, action: 'incident.draft-saved', summary: 'regenerated from the record', after: { regenerated: true } }
      : { state: { ...rest, text }, action: 'incident.draft-saved', summary: `${text.length} characters`, after: { characters: text.length } };
  });
}

/** The regulator report is marked 初报 or 续报 (reporting measures); the change reopens it. */
export function setReportStage(db: CaseDeskDatabase, id: string, stage: ReportStage, actor: string, now: Date = new Date()): Promise<Incident> {
  return changeDraft(db, id, 'regulator-report', actor, now, async (_current, state) => ({
    state: { ...reopened(state), stage },
    action: 'incident.draft-saved',
    summary: stage,
    after: { stage },
  }));
}

/**
 * Marks a draft ready: the completeness check runs again here, on the text
 * as it stands, and refuses with what is missing; the text it passed is
 * frozen into the record with who and when, and its SHA-256 goes to the log.
 */
export function markDraftReady(db: CaseDeskDatabase, id: string, kind: DraftKind, actor: string, now: Date = new Date()): Promise<Incident> {
  return changeDraft(db, id, kind, actor, now, async (current, state, at) => {
    const { company } = await readLetterSettings(db);
    const view = viewDraft(kind, current, { company, nowMs: now.getTime() });
    if (!view.completeness.complete) throw new DraftIncompleteError(view.completeness.missing);
    const digest = sha256Hex(new TextEncoder().encode(view.text));
    return {
      state: { ...state, text: view.text, readyAt: at, readyBy: actor },
      action: 'incident.draft-ready',
      summary: digest.slice(0, 16),
      after: { sha256: digest, characters: view.text.length, ...(state?.stage ? { stage: state.stage } : {}) },
    };
  });
}
