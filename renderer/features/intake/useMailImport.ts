import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef } from 'react';
import { saveImportReport, storedImportReport } from '../../db/intakeReports';
import type { MailFile } from '../../../shared/intake';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { database } from '../../db/database';
import type { IntakeWording } from '../../db/intakeCases';
import { dropQueuedImport, interruptedImport } from '../../db/intakeQueue';
import { megabytesToBytes, readAttachmentLimitMb } from '../../db/intakeSettings';
import { useText } from '../../i18n/useText';
import { createIntakeWorker } from '../../workers/intakeWorkerClient';
import { useOfficerName } from '../ui/useOfficer';
import { importCancelRequested, importFailed, importFinished, importProgressed, importStarted, selectImportRun } from './intakeSlice';
import { importMailFiles, resumeImport, type ImportJob, type ImportPhase } from './runImport';

/** Progress is shown at most this often: a render per message would slow the import it reports. */
const PHASE_INTERVAL_MS = 80;

/**
 * The import that is running, if any: its controller outlives the 收件 screen
 * (the officer may open a case while a batch is saved, and cancel it later).
 */
let running: AbortController | undefined;

/**
 * Starts an import of mail files from the 收件 screen and keeps its progress
 * and report in the intake slice, so they outlive the screen. Offers to take
 * up an import the app was closed in the middle of (issue 12).
 */
export function useMailImport() {
  const dispatch = useAppDispatch();
  const t = useText();
  const officer = useOfficerName();
  const limitMb = useLiveQuery(() => readAttachmentLimitMb(database()));
  const run = useAppSelector(selectImportRun);
  // an import left in the queue by a closed app (none while one runs here)
  const interrupted = useLiveQuery(() => (running ? undefined : interruptedImport(database())), [run.status]);
  const lastPhase = useRef(0);

  // the review of the last import, as it was left when the app closed
  useEffect(() => {
    if (run.status !== 'idle') return;
    let live = true;
    void storedImportReport(database()).then((report) => {
      if (live && report) dispatch(importFinished(report));
    });
    return () => {
      live = false;
    };
  }, [run.status, dispatch]);

  const go = useCallback(
    async (start: (job: ImportJob) => Promise<Awaited<ReturnType<typeof importMailFiles>>>) => {
      if (!officer || limitMb === undefined || running) return;
      const controller = new AbortController();
      running = controller;
      dispatch(importStarted());
      const wording: IntakeWording = {
        unknownRequester: t('intake.unknownRequester'),
        failedSummary: (failure) => t('intake.failedSummary', { reason: t(`intake.failure.${failure.code}`) }),
      };
      const onPhase = (phase: ImportPhase) => {
        const now = performance.now();
        const last = phase.filesDone === phase.totalFiles;
        if (!last && now - lastPhase.current < PHASE_INTERVAL_MS) return;
        lastPhase.current = now;
        dispatch(importProgressed(phase));
      };
      try {
        const report = await start({
          db: database(),
          createWorker: createIntakeWorker,
          actor: officer,
          attachmentLimitBytes: megabytesToBytes(limitMb),
          wording,
          onPhase,
          signal: controller.signal,
        });
        dispatch(importFinished(report));
        // issue 14: the review outlives a restart, until the officer clears it
        await saveImportReport(database(), report).catch(() => undefined);
      } catch (error) {
        dispatch(importFailed(error instanceof Error ? error.message : String(error)));
      } finally {
        running = undefined;
      }
    },
    [dispatch, t, officer, limitMb],
  );

  const start = useCallback((files: MailFile[]) => (files.length ? go((job) => importMailFiles(job, files)) : Promise.resolve()), [go]);
  const resume = useCallback((jobId: string) => go((job) => resumeImport(job, jobId)), [go]);
  const discard = useCallback((jobId: string) => dropQueuedImport(database(), jobId), []);
  const cancel = useCallback(() => {
    if (!running) return;
    dispatch(importCancelRequested());
    running.abort();
  }, [dispatch]);

  return { start, resume, discard, cancel, interrupted, run, ready: officer !== undefined && limitMb !== undefined, limitMb };
}
