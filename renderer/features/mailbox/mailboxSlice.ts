import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { MailboxState } from '../../../shared/mailbox';
import type { ImportCounts } from '../intake/importReport';

/**
 * The mailbox as the shell shows it (issue 17): each account's state as the
 * platform last reported it, and what the last pages brought in. Session
 * state only: the cases are in Dexie, the accounts with the platform.
 */
export interface MailboxUiState {
  /** null until the platform answered; false where it has no mailbox (Vite's dev server) */
  available: boolean | null;
  states: MailboxState[];
  /** the sum of what mailbox pages brought in since the app started */
  imported: ImportCounts | null;
}

const initialState: MailboxUiState = { available: null, states: [], imported: null };

export const mailboxSlice = createSlice({
  name: 'mailbox',
  initialState,
  reducers: {
    mailboxStatesReceived(state, action: PayloadAction<MailboxState[]>) {
      state.available = true;
      state.states = action.payload;
    },
    mailboxUnavailable(state) {
      state.available = false;
      state.states = [];
    },
    mailboxPageImported(state, action: PayloadAction<ImportCounts>) {
      const sum = state.imported;
      const add = action.payload;
      state.imported = sum
        ? {
            messages: sum.messages + add.messages,
            unsorted: { pdf: sum.unsorted.pdf + add.unsorted.pdf, image: sum.unsorted.image + add.unsorted.image, other: sum.unsorted.other + add.unsorted.other },
            created: sum.created + add.created,
            joined: sum.joined + add.joined,
            duplicates: sum.duplicates + add.duplicates,
            failed: sum.failed + add.failed,
            notSaved: sum.notSaved + add.notSaved,
            needsReview: sum.needsReview + add.needsReview,
            attachmentsRefused: sum.attachmentsRefused + add.attachmentsRefused,
          }
        : add;
    },
  },
  selectors: {
    selectMailboxStates: (state) => state.states,
    selectMailboxAvailable: (state) => state.available,
    selectMailboxImported: (state) => state.imported,
  },
});

export const { mailboxStatesReceived, mailboxUnavailable, mailboxPageImported } = mailboxSlice.actions;
export const { selectMailboxStates, selectMailboxAvailable, selectMailboxImported } = mailboxSlice.selectors;
