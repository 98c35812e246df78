import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { CaseStatus } from '../../../shared/domain/case';
import type { RequestType } from '../../../shared/domain/requestTypes';
import { DEFAULT_CASE_LIST_SORT, type CaseListSort } from '../../db/caseList';

/** What the officer is filtering and sorting the case list by; kept across navigation. */
export interface CaseListFilter {
  text: string;
  status: CaseStatus | 'all';
  requestType: RequestType | 'all';
  sort: CaseListSort;
  /** issue 14: one officer's cases ('' = unassigned); absent: everyone's */
  assignee?: string;
  /** issue 14: only the overdue cases (running, past their date, not answered) */
  overdue: boolean;
}

const initialState: CaseListFilter = { text: '', status: 'all', requestType: 'all', sort: DEFAULT_CASE_LIST_SORT, overdue: false };

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
    /** a column header clicked; no order: back to the default (newest first) */
    sortChanged(state, action: PayloadAction<CaseListSort | undefined>) {
      state.sort = action.payload ?? DEFAULT_CASE_LIST_SORT;
    },
    assigneeFilterChanged(state, action: PayloadAction<string | undefined>) {
      if (action.payload === undefined) delete state.assignee;
      else state.assignee = action.payload;
    },
    overdueFilterToggled(state, action: PayloadAction<boolean>) {
      state.overdue = action.payload;
    },
    filtersCleared() {
      return initialState;
    },
  },
  selectors: {
    selectCaseListFilter: (state) => state,
  },
});

export const { searchTextChanged, statusFilterChanged, requestTypeFilterChanged, sortChanged, assigneeFilterChanged, overdueFilterToggled, filtersCleared } =
  caseListSlice.actions;
export const { selectCaseListFilter } = caseListSlice.selectors;
