import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { database, type CaseDeskDatabase } from '../../db/database';
import { readSetting } from '../../db/settings';
import { useText } from '../../i18n/useText';

/** The officer at this workstation: the actor of every audit event. */
export function useOfficer(): { name: string; title: string } | undefined {
  return useLiveQuery(() => readSetting(database(), 'officer'));
}

/**
 * Runs one store call as the current officer: busy while it runs, a short
 * confirmation when asked, a message in the user's language when it fails
 * (never the raw error, which is English and may name records).
 */
export function useIncidentAction() {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficer();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T,>(action: (db: CaseDeskDatabase, actor: string) => Promise<T>, success?: string, failure?: (error: unknown) => string | undefined): Promise<T | undefined> => {
      if (!officer) return undefined;
      setBusy(true);
      try {
        const result = await action(database(), officer.name);
        if (success) void message.success(success);
        return result;
      } catch (error) {
        void message.error(failure?.(error) ?? t('incidents.failed'));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [officer, message, t],
  );
  return { run, busy, ready: officer !== undefined };
}
