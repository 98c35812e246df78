import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { readLetterSettings, type LetterSettings } from '../../db/lettersSettings';

/** The letters' settings, live (undefined while loading). */
export function useLetterSettings(): LetterSettings | undefined {
  return useLiveQuery(() => readLetterSettings(database()));
}
