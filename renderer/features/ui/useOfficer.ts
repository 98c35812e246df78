import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { readSetting } from '../../db/settings';

/** The officer using this workstation (set on first run), the actor of every audit event. */
export function useOfficerName(): string | undefined {
  return useLiveQuery(() => readSetting(database(), 'officer'))?.name;
}
