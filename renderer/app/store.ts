import { combineSlices, configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { uiSlice } from '../features/ui/uiSlice';
import { caseListSlice } from '../features/cases/caseListSlice';
import { intakeSlice } from '../features/intake/intakeSlice';
import { mailboxSlice } from '../features/mailbox/mailboxSlice';

/** UI and session state only (STYLE.md §4): the records themselves live in Dexie. */
const rootReducer = combineSlices(uiSlice, caseListSlice, intakeSlice, mailboxSlice);
export type RootState = ReturnType<typeof rootReducer>;

export function makeStore(preloadedState?: Partial<RootState>) {
  return configureStore({ reducer: rootReducer, preloadedState });
}
export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
