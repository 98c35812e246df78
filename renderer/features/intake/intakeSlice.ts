import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ImportReport } from './importReport';
import type { ImportPhase } from './runImport';

/**
 * The 收件 screen's session state: the import running or the report of the
 * last one, kept while the officer opens its cases and comes back, and the
 * requester decisions taken in its review. The cases themselves live in Dexie.
 */
export type ImportRun =
  | { status: 'idle' }
  | { status: 'running'; phase: ImportPhase | { phase: 'reading' }; cancelling?: boolean }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; detail: string };

/** The officer linked the case to the matched requester, or kept the new one (SPEC §1: "accept or split"). */
export type RequesterDecision = 'linked' | 'separate';

export interface IntakeState {
  run: ImportRun;
  requesterDecisions: Record<string, RequesterDecision>;
}

const initialState: IntakeState = { run: { status: 'idle' }, requesterDecisions: {} };

export const intakeSlice = createSlice({
  name: 'intake',
  initialState,
  reducers: {
    importStarted(state) {
      state.run = { status: 'running', phase: { phase: 'reading' } };
      state.requesterDecisions = {};
    },
    importProgressed(state, action: PayloadAction<ImportPhase>) {
      if (state.run.status === 'running') state.run.phase = action.payload;
    },
    /** the officer cancelled: the running chunk is saved, then the import stops */
    importCancelRequested(state) {
      if (state.run.status === 'running') state.run.cancelling = true;
    },
    importFinished(state, action: PayloadAction<ImportReport>) {
      state.run = { status: 'done', report: action.payload };
    },
    importFailed(state, action: PayloadAction<string>) {
      state.run = { status: 'failed', detail: action.payload };
    },
    importReportCleared(state) {
      state.run = { status: 'idle' };
      state.requesterDecisions = {};
    },
    requesterDecided(state, action: PayloadAction<{ caseId: string; decision: RequesterDecision }>) {
      state.requesterDecisions[action.payload.caseId] = action.payload.decision;
    },
  },
  selectors: {
    selectImportRun: (state) => state.run,
    selectRequesterDecisions: (state) => state.requesterDecisions,
  },
});

export const { importStarted, importProgressed, importCancelRequested, importFinished, importFailed, importReportCleared, requesterDecided } = intakeSlice.actions;
export const { selectImportRun, selectRequesterDecisions } = intakeSlice.selectors;
