import { useLiveQuery } from 'dexie-react-hooks';
import { database, type CaseDeskDatabase } from '../../db/database';
import { readSetting } from '../../db/settings';
import { readTeamSession } from '../../db/sync/teamSession';

/**
 * The actor of every audit event: in a team the signed-in account (issue 10:
 * "no free-typed name in team mode"; the server refuses any other), alone
 * the officer named on first run.
 */
export async function actorOf(db: CaseDeskDatabase): Promise<string | undefined> {
  const session = await readTeamSession(db);
  if (session) return session.username;
  return (await readSetting(db, 'officer'))?.name;
}

export function useOfficerName(): string | undefined {
  return useLiveQuery(() => actorOf(database()));
}
