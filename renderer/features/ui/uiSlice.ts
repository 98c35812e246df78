import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { UiLocale } from '../../../shared/platform/contract';
import { DEFAULT_LOCALE } from '../../../shared/i18n/messages';

/** Session state of the frame: the interface language. Records live in Dexie, not here. */
export interface UiState {
  locale: UiLocale;
}

const initialState: UiState = { locale: DEFAULT_LOCALE };

export const uiSlice = createSlice({
  name: 'ui',
  initialState,
  reducers: {
    /** the user chose a language, or the saved choice was read at start-up */
    localeChosen(state, action: PayloadAction<UiLocale>) {
      state.locale = action.payload;
    },
  },
  selectors: {
    selectLocale: (state) => state.locale,
  },
});

export const { localeChosen } = uiSlice.actions;
export const { selectLocale } = uiSlice.selectors;
