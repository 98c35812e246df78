import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { CaseStatus } from '../../../shared/domain/case';
import type { RequestType } from '../../../shared/domain/requestTypes';

/** What the officer is filtering the case list by; kept across navigation. */
export interface CaseListFilter {
  text: string;
  status: CaseStatus | 'all';
  requestType: RequestType | 'all';
}

const initialState: CaseListFilter = { text: '', status: 'all', requestType: 'all' };

export const caseListSlice = createSlice({
  name: 'caseList',
  initialState,
  reducers: {
    searchTextChanged(state, action: PayloadAction<string>) {
      state.text = action.payload;
    },
    statusFilterChanged(state, action: PayloadAction<CaseListFilter['status']>) {
      state.status = action.payload;
    },
    requestTypeFilterChanged(state, action: PayloadAction<CaseListFilter['requestType']>) {
      state.requestType = action.payload;
    },
    filtersCleared() {
      return initialState;
    },
  },
  selectors: {
    selectCaseListFilter: (state) => state,
  },
});

export const { searchTextChanged, statusFilterChanged, requestTypeFilterChanged, filtersCleared } = caseListSlice.actions;
export const { selectCaseListFilter } = caseListSlice.selectors;
