import type { MailFile } from '../../../shared/intake';
import type { CaseDeskDatabase } from '../../db/database';
import type { IntakeWording } from '../../db/intakeCases';
import { carryOutImport } from '../../db/intakeImport';
import { knownMailFor } from '../../db/intakeLookup';
import { COMPANY_MAIL_DOMAINS } from '../../db/intakeSettings';
import { parseAndPlan, type WorkerFactory } from '../../workers/intakeWorkerClient';
import { buildReport, type ImportReport } from './importReport';

/**
 * One bulk import, end to end — the path the 收件 screen and the benchmark
 * share: the files are parsed in a Web Worker, the worker's lookup keys are
 * answered from the store's indexes, the worker plans, and the plan is carried
 * out in the store; the report says what became of every message.
 */

export type ImportPhase =
  | { phase: 'parsing'; filesDone: number; totalFiles: number; messages: number }
  | { phase: 'saving'; done: number; total: number };

export interface ImportJob {
  db: CaseDeskDatabase;
  files: MailFile[];
  createWorker: WorkerFactory;
  actor: string;
  attachmentLimitBytes: number;
  wording: IntakeWording;
  onPhase?: (phase: ImportPhase) => void;
  /** the clock (e2e and tests fix it) */
  now?: () => Date;
}

export async function runImport(job: ImportJob): Promise<ImportReport> {
  const clock = job.now ?? (() => new Date());
  const started = performance.now();
  const { results, plan } = await parseAndPlan(
    job.createWorker(),
    job.files,
    { companyDomains: COMPANY_MAIL_DOMAINS, attachmentLimitBytes: job.attachmentLimitBytes },
    {
      onProgress: (p, totalFiles) => job.onPhase?.({ phase: 'parsing', filesDone: p.filesDone, totalFiles, messages: p.messagesParsed }),
      resolveKnown: (keys) => knownMailFor(job.db, keys),
    },
  );
  const now = clock();
  job.onPhase?.({ phase: 'saving', done: 0, total: results.length });
  const written = await carryOutImport(job.db, results, plan, {
    actor: job.actor,
    now,
    wording: job.wording,
    onProgress: (done, total) => job.onPhase?.({ phase: 'saving', done, total }),
  });
  return buildReport(results, plan, written, performance.now() - started, now);
}
