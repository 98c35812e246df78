import { App } from 'antd';
import { useCallback, useState } from 'react';
import { database, type CaseDeskDatabase } from '../../db/database';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';

/**
 * Runs one store call as the current officer: busy while it runs, a short
 * confirmation when asked, a message in the user's language when it fails
 * (never the raw error, which is English and may name records).
 */
export function useIncidentAction() {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficerName();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T,>(action: (db: CaseDeskDatabase, actor: string) => Promise<T>, success?: string, failure?: (error: unknown) => string | undefined): Promise<T | undefined> => {
      if (!officer) return undefined;
      setBusy(true);
      try {
        const result = await action(database(), officer);
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
