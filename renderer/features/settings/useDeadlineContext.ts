import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { readDeadlineContext, type DeadlineContext } from '../../db/deadlineContext';

/** The calendar and rules in force, re-read whenever a setting changes (here or in another window). */
export function useDeadlineContext(): DeadlineContext | undefined {
  return useLiveQuery(() => readDeadlineContext(database()));
}
