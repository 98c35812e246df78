import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { CaseDeskDatabase } from '../../db/database';
import { database } from '../../db/database';
import { OutcomeNotAllowedError } from '../../db/identityDecisions';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';

/**
 * Runs one store call of the panel as the current officer: busy while it
 * runs, a short confirmation in the user's language when it worked, a
 * message (never the raw error, which is English and may name records) when
 * it did not.
 */
export function useIdentityAction() {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficerName();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T,>(action: (db: CaseDeskDatabase, actor: string) => Promise<T>, success?: string): Promise<T | undefined> => {
      if (!officer) return undefined;
      setBusy(true);
      try {
        const result = await action(database(), officer);
        if (success) void message.success(success);
        return result;
      } catch (error) {
        void message.error(error instanceof OutcomeNotAllowedError ? t('identity.panel.outcome.notAllowed') : t('identity.panel.failed'));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [officer, message, t],
  );
  return { run, busy, ready: officer !== undefined };
}
