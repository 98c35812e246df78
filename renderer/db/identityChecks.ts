import type { Case } from '../../shared/domain/case';
import type { Requester, RequesterKind } from '../../shared/domain/requester';
import { maskIdNumber } from '../../shared/domain/requester';
import { shanghaiDate } from '../../shared/domain/time';
import { checklistItems, identityChecklists } from '../../shared/identity/checklists';
import { parseCreditCode } from '../../shared/identity/creditCode';
import { identityCheckSchema, type IdentityCheck, type IdentityCheckItem } from '../../shared/identity/identityCheck';
import { parseResidentId } from '../../shared/identity/residentId';
import { documentMethods, type OverrideKind } from '../../shared/identity/vocabulary';
import { appendIdentityEvent } from './identityAudit';
import type { CaseDeskDatabase } from './database';

/**
 * The identity check of a case (SPEC §2): one record per case, items,
 * overrides and decisions appended inside it. Every change is validated
 * against identityCheckSchema and saved together with its 'identity.checked'
 * audit event in one transaction.
 */

export function identityTables(db: CaseDeskDatabase) {
  // settings: the clock functions this feature calls nest their own transaction over cases, settings and audit
  return [db.identityChecks, db.cases, db.requesters, db.documents, db.settings, db.auditLog];
}

export function identityCheckOf(db: CaseDeskDatabase, caseId: string): Promise<IdentityCheck | undefined> {
  return db.identityChecks.where('caseId').equals(caseId).first();
}

export interface CheckContext {
  case: Case;
  requester: Requester;
  check: IdentityCheck;
  at: string;
}

/** Reads the case, its requester and its check (a fresh one if none yet); must run inside a transaction over identityTables. */
export async function loadCheckContext(db: CaseDeskDatabase, caseId: string, now: Date): Promise<CheckContext> {
  const c = await db.cases.get(caseId);
  if (!c) throw new Error(`case ${caseId} does not exist`);
  const requester = await db.requesters.get(c.requesterId);
  if (!requester) throw new Error(`requester of case ${c.reference} does not exist`);
  const at = now.toISOString();
  const check = (await identityCheckOf(db, caseId)) ?? {
    id: crypto.randomUUID(),
    caseId,
    requesterKind: requester.kind,
    requestType: c.requestType,
    items: [],
    overrides: [],
    decisions: [],
    createdAt: at,
    updatedAt: at,
  };
  return { case: c, requester, check, at };
}

/** Validates and saves the changed check; the case's request type is the truth. */
export async function saveCheck(db: CaseDeskDatabase, ctx: CheckContext, changed: IdentityCheck): Promise<IdentityCheck> {
  const record = identityCheckSchema.parse({ ...changed, requestType: ctx.case.requestType, updatedAt: ctx.at });
  await db.identityChecks.put(record);
  return record;
}

type CheckChange = (ctx: CheckContext) => Promise<{ check: IdentityCheck; summary: string; before?: unknown; after?: unknown }>;

/** One audited change of a case's check, in one transaction. */
async function changeCheck(db: CaseDeskDatabase, caseId: string, actor: string, now: Date, change: CheckChange): Promise<IdentityCheck> {
  return db.transaction('rw', identityTables(db), async () => {
    const ctx = await loadCheckContext(db, caseId, now);
    if (ctx.case.status === 'closed') throw new Error(`case ${ctx.case.reference} is closed`);
    const { check, summary, before, after } = await change(ctx);
    const saved = await saveCheck(db, ctx, check);
    await appendIdentityEvent(db, ctx.case, { action: 'identity.checked', actor, at: ctx.at, summary, before, after });
    return saved;
  });
}

export type NewCheckItem = Omit<IdentityCheckItem, 'checkedBy' | 'checkedAt'>;

/** Records one checklist item: method, evidence, result, note; who and when (SPEC §2). */
export function recordCheckItem(db: CaseDeskDatabase, caseId: string, item: NewCheckItem, actor: string, now: Date = new Date()) {
  return changeCheck(db, caseId, actor, now, async (ctx) => {
    if (!identityChecklists[ctx.check.requesterKind].some((e) => e.item === item.item)) {
      throw new Error(`${item.item} is not on the checklist of a ${ctx.check.requesterKind} requester`);
    }
    if (!checklistItems[item.item].methods.includes(item.method)) throw new Error(`${item.method} cannot satisfy ${item.item}`);
    if (item.evidenceDocumentId) {
      const doc = await db.documents.get(item.evidenceDocumentId);
      if (doc?.caseId !== caseId) throw new Error('the evidence document is not a document of this case');
    } else if (item.result === 'passed' && documentMethods.has(item.method)) {
      throw new Error(`${item.method} leaves a document: name it as evidence`);
    }
    const { note: typed, evidenceDocumentId, ...rest } = item;
    const note = typed?.trim();
    const record: IdentityCheckItem = { ...rest, ...(evidenceDocumentId ? { evidenceDocumentId } : {}), ...(note ? { note } : {}), checkedBy: actor, checkedAt: ctx.at };
    return {
      check: { ...ctx.check, items: [...ctx.check.items, record] },
      summary: `${item.item} ${item.result}`,
      // the note stays out of the log: it is free text and may hold personal data
      after: { item: item.item, method: item.method, result: item.result, evidenceDocumentId: evidenceDocumentId ?? null },
    };
  });
}

/** Who is asking in this case (SPEC §2): it decides the checklist; the requester's record follows. */
export function changeRequesterKind(db: CaseDeskDatabase, caseId: string, kind: RequesterKind, actor: string, now: Date = new Date()) {
  return changeCheck(db, caseId, actor, now, async (ctx) => {
    const before = ctx.check.requesterKind;
    if (ctx.requester.kind !== kind) await db.requesters.put({ ...ctx.requester, kind, updatedAt: ctx.at });
    return { check: { ...ctx.check, requesterKind: kind }, summary: `kind ${before} → ${kind}`, before: { requesterKind: before }, after: { requesterKind: kind } };
  });
}

/** GDPR Art. 12(6): a reasonable doubt about an EEA requester makes the ID document required; null withdraws it. */
export function recordReasonableDoubt(db: CaseDeskDatabase, caseId: string, reason: string | null, actor: string, now: Date = new Date()) {
  return changeCheck(db, caseId, actor, now, async (ctx) => {
    const { reasonableDoubt: _previous, ...rest } = ctx.check;
    const check: IdentityCheck = reason ? { ...rest, reasonableDoubt: { reason: reason.trim(), raisedBy: actor, raisedAt: ctx.at } } : rest;
    return { check, summary: reason ? 'reasonable doubt raised' : 'reasonable doubt withdrawn', after: { reasonableDoubt: reason !== null } };
  });
}

/** The names read from the ID document and the account (and the account's address, when the request names one). */
export function recordNamesSeen(
  db: CaseDeskDatabase,
  caseId: string,
  names: { idDocument?: string; account?: string; accountEmail?: string },
  actor: string,
  now: Date = new Date(),
) {
  return changeCheck(db, caseId, actor, now, async (ctx) => {
    const idDocument = names.idDocument?.trim();
    const account = names.account?.trim();
    const accountEmail = names.accountEmail?.trim().toLowerCase();
    const namesSeen = { ...(idDocument ? { idDocument } : {}), ...(account ? { account } : {}), ...(accountEmail ? { accountEmail } : {}) };
    return { check: { ...ctx.check, namesSeen }, summary: 'names noted' };
  });
}

/** An officer accepts a validator's warning for a stated reason (issue 5: some real credit codes fail their check). */
export function recordOverride(db: CaseDeskDatabase, caseId: string, kind: OverrideKind, reason: string, actor: string, now: Date = new Date()) {
  return changeCheck(db, caseId, actor, now, async (ctx) => {
    if (reason.trim() === '') throw new Error('an override states its reason');
    return {
      check: { ...ctx.check, overrides: [...ctx.check.overrides, { kind, reason: reason.trim(), by: actor, at: ctx.at }] },
      summary: `override ${kind}: ${reason.trim()}`,
    };
  });
}

/**
 * Saves the requester's resident ID number, normalised to 18 characters. Only
 * a number that passes GB 11643 is stored. The audit event shows it masked.
 */
export function recordRequesterIdNumber(db: CaseDeskDatabase, caseId: string, input: string, actor: string, now: Date = new Date()) {
  return changeCheck(db, caseId, actor, now, async (ctx) => {
    const parsed = parseResidentId(input, shanghaiDate(now.getTime()));
    if (!parsed.ok) throw new Error(`not a valid resident ID number: ${parsed.errors.map((e) => e.code).join(', ')}`);
    const before = ctx.requester.idNumber;
    await db.requesters.put({ ...ctx.requester, idNumber: parsed.normalized, updatedAt: ctx.at });
    const masked = maskIdNumber(parsed.normalized);
    return {
      check: ctx.check,
      summary: `ID number ${masked}`,
      before: { idNumber: before ? maskIdNumber(before) : null },
      after: { idNumber: masked, minor: parsed.minor },
    };
  });
}

/** Saves an enterprise's 统一社会信用代码: a valid one, or one that fails only its check character (accepted by override). */
export function recordCreditCode(db: CaseDeskDatabase, caseId: string, input: string, actor: string, now: Date = new Date()) {
  return changeCheck(db, caseId, actor, now, async (ctx) => {
    const parsed = parseCreditCode(input);
    const normalized = parsed.ok ? parsed.normalized : parsed.failedOnlyCheck ? parsed.normalized : undefined;
    if (!normalized) throw new Error('not a unified social credit code');
    const before = ctx.requester.creditCode;
    await db.requesters.put({ ...ctx.requester, creditCode: normalized, updatedAt: ctx.at });
    return { check: ctx.check, summary: `credit code ${normalized}`, before: { creditCode: before ?? null }, after: { creditCode: normalized, checkPassed: parsed.ok } };
  });
}
