import { useEffect } from 'react';
import { lookupKeys, planImport, type ImportPlan, type MailFile, type MessageFacts, type ParseResult } from '../../../shared/intake';
import { useAppDispatch } from '../../app/store';
import { database, type CaseDeskDatabase } from '../../db/database';
import type { IntakeWording } from '../../db/intakeCases';
import { knownMailFor } from '../../db/intakeLookup';
import { COMPANY_MAIL_DOMAINS, megabytesToBytes, readAttachmentLimitMb } from '../../db/intakeSettings';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { createIntakeWorker } from '../../workers/intakeWorkerClient';
import { DEFAULT_BUDGET_MS, parseFiles } from '../../workers/parseSession';
import { importMailboxBatch } from './importMailboxBatch';
import { mailboxPageImported, mailboxStatesReceived, mailboxUnavailable } from './mailboxSlice';

/** The long poll's length: the platform answers sooner when a page arrives or a mailbox's state changes. */
const POLL_MS = 25_000;
const MAX_BACKOFF_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A page of mail through the intake worker, each message within the intake's
 * time budget, then planned against the store (threading, duplicates). The
 * worker gets copies: the page's own bytes are still needed for the ledger's
 * digest after parsing.
 */
async function parseAndPlan(db: CaseDeskDatabase, files: MailFile[], attachmentLimitBytes: number): Promise<{ results: ParseResult[]; plan: ImportPlan }> {
  const results: ParseResult[] = [];
  const facts: (MessageFacts | undefined)[] = [];
  const copy = (file: MailFile): MailFile => ({ ...file, bytes: file.bytes.slice() });
  const session = parseFiles(
    files.map((file, seq) => ({ seq, file: copy(file), reload: () => Promise.resolve(copy(file)) })),
    { createWorker: createIntakeWorker, parse: { companyDomains: COMPANY_MAIL_DOMAINS, attachmentLimitBytes }, budgetMs: DEFAULT_BUDGET_MS },
  );
  for await (const event of session) {
    if (event.kind !== 'message') continue;
    results.push(event.result);
    facts.push(event.facts);
  }
  const plan = planImport(results, await knownMailFor(db, lookupKeys(results)), (i) => facts[i]);
  return { results, plan };
}

/**
 * Takes pages from the legal mailbox for as long as the shell is up (issue
 * 17): each page through the intake pipeline (importMailboxBatch), then the
 * answer that lets the mailbox move what is now on a case. The states of the
 * mailboxes come with every answer, for the shell's indicator. Imports run
 * in the intake worker, so the UI stays usable through a first
 * synchronisation of thousands of messages.
 */
export function useMailboxIntake(officer: string | undefined): void {
  const dispatch = useAppDispatch();
  const t = useText();
  useEffect(() => {
    if (!officer) return;
    let stopped = false;
    const wording: IntakeWording = {
      unknownRequester: t('intake.unknownRequester'),
      failedSummary: (failure) => t('intake.failedSummary', { reason: t(`intake.failure.${failure.code}`) }),
    };
    void (async () => {
      let backoff = 1000;
      // the version of the states last shown: the platform answers at once when they changed since,
      // and the first call (none seen) answers at once too, so the indicator is right from the start
      let seen: number | undefined;
      while (!stopped) {
        const answer = await platform.mailboxNext({ waitMs: POLL_MS, ...(seen !== undefined ? { seen } : {}) });
        if (stopped) return;
        if (!answer.ok) {
          if (answer.error.code === 'unsupported') return void dispatch(mailboxUnavailable());
          await sleep(backoff);
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          continue;
        }
        backoff = 1000;
        seen = answer.value.version;
        dispatch(mailboxStatesReceived(answer.value.states));
        const batch = answer.value.batch;
        if (!batch) continue;
        const db = database();
        const attachmentLimitBytes = megabytesToBytes(await readAttachmentLimitMb(db));
        const outcome = await importMailboxBatch(db, batch, {
          parseAndPlan: (files: MailFile[]) => parseAndPlan(db, files, attachmentLimitBytes),
          actor: officer,
          wording,
          now: new Date(),
        });
        await platform.mailboxAck({ batchId: batch.batchId, results: outcome.results });
        if (outcome.report) dispatch(mailboxPageImported(outcome.report.counts));
      }
    })();
    return () => {
      stopped = true;
    };
    // the wording is read when the loop starts; a language switch does not restart the loop
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [officer, dispatch]);
}
