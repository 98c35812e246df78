import { sha256Hex } from '../../../shared/audit/chain';
import type { ImportPlan, MailFile, ParseResult } from '../../../shared/intake';
import { messageKey, type MailboxAck, type MailboxBatch, type MailboxMessage } from '../../../shared/mailbox';
import type { CaseDeskDatabase } from '../../db/database';
import type { IntakeWording } from '../../db/intakeCases';
import { carryOutImport, type WrittenOutcome } from '../../db/intakeImport';
import { receiptsFor, recordReceipts, type MailboxReceipt } from '../../db/mailboxReceipts';
import { buildReport, type ImportReport } from '../intake/importReport';

/**
 * The thin adapter between the legal mailbox and the intake pipeline
 * (issue 17): a page of messages from the server becomes what a dropped batch
 * of .eml files becomes — through the pipeline's own parse-and-plan (the
 * intake worker) and carryOutImport — with two things only the mailbox knows:
 *
 * - the receipt time is the server's INTERNALDATE, recorded as such
 *   ('server-internaldate'), not a header the sender could write;
 * - each message's place on the server (account, folder, UIDVALIDITY, UID)
 *   goes into the ledger (renderer/db/mailboxReceipts.ts) with the case it
 *   is on, so that a page offered again creates nothing twice.
 *
 * The answer says, per message, whether it is now on a case ('stored': the
 * mailbox may move it to the done folder) or not ('not-stored': it stays in
 * the mailbox and is offered again on the next connection).
 */
export interface MailboxImportDeps {
  /** the intake's parse and plan (the worker in the app; ImportBatch in tests) */
  parseAndPlan(files: MailFile[]): Promise<{ results: ParseResult[]; plan: ImportPlan }>;
  actor: string;
  wording: IntakeWording;
  now: Date;
}

export interface MailboxImport {
  results: MailboxAck['results'];
  /** the intake's report of the messages that were new; null when every one was already known */
  report: ImportReport | null;
  /** set when the store could not be written at all: every message stays in the mailbox */
  failure?: string;
}

/** The stored message's name: its folder and numbers on the server, e.g. INBOX-1796178938-42.eml. */
export function mailboxFileName(message: MailboxMessage): string {
  const folder = message.folder.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'mail';
  return `${folder}-${message.uidValidity}-${message.uid}.eml`;
}

function sourceOf(message: MailboxMessage) {
  return { accountId: message.accountId, folder: message.folder, uidValidity: message.uidValidity, uid: message.uid };
}

function caseOf(written: WrittenOutcome | undefined): string | undefined {
  return written && 'caseId' in written ? written.caseId : undefined;
}

export async function importMailboxBatch(db: CaseDeskDatabase, batch: MailboxBatch, deps: MailboxImportDeps): Promise<MailboxImport> {
  try {
    return await importPage(db, batch, deps);
  } catch (error) {
    // nothing is lost: every message of the page stays on the server and comes again on the next connection
    return { results: batch.messages.map((m) => ({ ...sourceOf(m), outcome: 'not-stored' as const })), report: null, failure: error instanceof Error ? error.name : 'Error' };
  }
}

async function importPage(db: CaseDeskDatabase, batch: MailboxBatch, deps: MailboxImportDeps): Promise<MailboxImport> {
  const known = await receiptsFor(db, batch.messages.map(sourceOf));
  const fresh = batch.messages.filter((m) => !known.has(messageKey(m)));
  const stored = new Set(batch.messages.filter((m) => known.has(messageKey(m))).map(messageKey));
  let report: ImportReport | null = null;

  if (fresh.length > 0) {
    const byName = new Map(fresh.map((m) => [mailboxFileName(m), m]));
    const files: MailFile[] = fresh.map((m) => ({ name: mailboxFileName(m), bytes: m.raw, ...(m.internalDate ? { lastModified: m.internalDate } : {}) }));
    const { results, plan } = await deps.parseAndPlan(files);
    // issue 17: the moment our server took the message is the time of receipt, whatever its headers say
    for (const result of results) {
      if (!result.ok) continue;
      const internalDate = byName.get(result.message.fileName)?.internalDate;
      if (internalDate) Object.assign(result.message, { receivedAt: internalDate, receivedAtSource: 'server-internaldate' as const });
    }
    const written = await carryOutImport(db, results, plan, { actor: deps.actor, now: deps.now, wording: deps.wording });
    report = buildReport(results, plan, written, 0, deps.now);

    // a message is on a case when everything read from it was saved (one .eml is one result; an
    // mbox-looking body could be several)
    const outcomes = new Map<string, WrittenOutcome[]>();
    results.forEach((result, i) => {
      const name = result.ok ? result.message.fileName : result.failure.fileName;
      outcomes.set(name, [...(outcomes.get(name) ?? []), written[i]!]);
    });
    const receipts: MailboxReceipt[] = [];
    for (const message of fresh) {
      const mine = outcomes.get(mailboxFileName(message)) ?? [];
      if (mine.length === 0 || mine.some((w) => w.kind === 'not-saved')) continue;
      const first = mine[0]!;
      const caseId = mine.map(caseOf).find((id) => id !== undefined);
      receipts.push({
        key: messageKey(message),
        ...sourceOf(message),
        ...(message.internalDate ? { internalDate: message.internalDate } : {}),
        sha256: sha256Hex(message.raw),
        ...(caseId ? { caseId } : {}),
        outcome: first.kind as MailboxReceipt['outcome'],
        receivedAt: deps.now.toISOString(),
      });
    }
    await recordReceipts(db, receipts);
    for (const receipt of receipts) stored.add(receipt.key);
  }

  return {
    results: batch.messages.map((m) => ({ ...sourceOf(m), outcome: stored.has(messageKey(m)) ? ('stored' as const) : ('not-stored' as const) })),
    report,
  };
}
