import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef } from 'react';
import type { MailFile } from '../../../shared/intake';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { database } from '../../db/database';
import type { IntakeWording } from '../../db/intakeCases';
import { megabytesToBytes, readAttachmentLimitMb } from '../../db/intakeSettings';
import { useText } from '../../i18n/useText';
import { createIntakeWorker } from '../../workers/intakeWorkerClient';
import { useOfficerName } from '../ui/useOfficer';
import { importFailed, importFinished, importProgressed, importStarted, selectImportRun } from './intakeSlice';
import { runImport, type ImportPhase } from './runImport';

/** Progress is shown at most this often: a render per message would slow the import it reports. */
const PHASE_INTERVAL_MS = 80;

/**
 * Starts an import of mail files from the 收件 screen and keeps its progress
 * and report in the intake slice, so they outlive the screen (the officer may
 * open a case while a batch is saved).
 */
export function useMailImport() {
  const dispatch = useAppDispatch();
  const t = useText();
  const officer = useOfficerName();
  const limitMb = useLiveQuery(() => readAttachmentLimitMb(database()));
  const run = useAppSelector(selectImportRun);
  const lastPhase = useRef(0);

  const start = useCallback(
    async (files: MailFile[]) => {
      if (!officer || limitMb === undefined || files.length === 0) return;
      dispatch(importStarted());
      const wording: IntakeWording = {
        unknownRequester: t('intake.unknownRequester'),
        failedSummary: (failure) => t('intake.failedSummary', { reason: t(`intake.failure.${failure.code}`) }),
      };
      const onPhase = (phase: ImportPhase) => {
        const now = performance.now();
        const last = phase.phase === 'saving' && phase.done === phase.total;
        if (!last && now - lastPhase.current < PHASE_INTERVAL_MS) return;
        lastPhase.current = now;
        dispatch(importProgressed(phase));
      };
      try {
        const report = await runImport({
          db: database(),
          files,
          createWorker: createIntakeWorker,
          actor: officer,
          attachmentLimitBytes: megabytesToBytes(limitMb),
          wording,
          onPhase,
        });
        dispatch(importFinished(report));
      } catch (error) {
        dispatch(importFailed(error instanceof Error ? error.message : String(error)));
      }
    },
    [dispatch, t, officer, limitMb],
  );

  return { start, run, ready: officer !== undefined && limitMb !== undefined, limitMb };
}
