import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { todayInShanghai, type LocalDate } from '../../../shared/domain/time';
import { database } from '../../db/database';
import { readDeadlineContext, type DeadlineContext } from '../../db/deadlineContext';

/** The calendar and rules in force, following Settings live. */
export function useDeadlineContext(): DeadlineContext | undefined {
  return useLiveQuery(() => readDeadlineContext(database()), []);
}

/** Today in Shanghai, whatever the workstation's zone; moves on at midnight Shanghai time. */
export function useShanghaiToday(): LocalDate {
  const [today, setToday] = useState(() => todayInShanghai(Date.now()));
  useEffect(() => {
    const timer = setInterval(() => setToday(todayInShanghai(Date.now())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
