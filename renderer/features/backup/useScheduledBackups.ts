import { useEffect } from 'react';
import { database } from '../../db/database';
import { platform } from '../../platform';

const EVERY_MS = 60 * 60_000;

/**
 * The desktop's scheduled backups run while the shell is up: a minute after
 * start, then every hour; the rule decides whether one is due. The web host
 * answers `unsupported` to the folder, so nothing runs there.
 */
export function useScheduledBackups(actor: string | undefined): void {
  useEffect(() => {
    if (!actor) return;
    let running = false;
    const turn = () => {
      if (running) return;
      running = true;
      // fetched when first needed: the export library stays out of the start-up bundle
      void import('./scheduledBackup')
        .then(({ runScheduledBackup }) => runScheduledBackup(database(), platform, actor))
        .catch((error: unknown) => console.warn('scheduled backup failed', error instanceof Error ? error.name : 'error'))
        .finally(() => (running = false));
    };
    const first = setTimeout(turn, 60_000);
    const timer = setInterval(turn, EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [actor]);
}
