import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { readSetting } from '../../db/settings';

/** The officer at this workstation: the actor of every audit event the panel writes (SPEC §6: who). */
export function useOfficerName(): string | undefined {
  return useLiveQuery(async () => (await readSetting(database(), 'officer'))?.name);
}
