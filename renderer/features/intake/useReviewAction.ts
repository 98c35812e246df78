import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { CaseDeskDatabase } from '../../db/database';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';

/** Runs one review change as the officer at this workstation (the audit's "who"), saying when it is done or failed. */
export function useReviewAction() {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficerName();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (change: (db: CaseDeskDatabase, actor: string) => Promise<unknown>, done?: string): Promise<boolean> => {
      if (!officer) return false;
      setBusy(true);
      try {
        await change(database(), officer);
        void message.success(done ?? t('intake.review.saved'));
        return true;
      } catch (error) {
        void message.error(t('intake.errorDetail', { detail: error instanceof Error ? error.message : String(error) }));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [officer, message, t],
  );
  return { run, busy, ready: officer !== undefined };
}
