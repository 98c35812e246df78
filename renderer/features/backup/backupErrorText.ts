import { BackupError } from '../../../shared/backup/backupFormat';
import type { Translate } from '../../../shared/i18n/messages';
import { BackupRefusedError } from '../../db/backup/createBackup';

/** The officer's sentence for why a backup or restore did not happen. */
export function backupErrorText(t: Translate, error: unknown): string {
  if (error instanceof BackupError) return t(`backup.refused.${error.kind}`);
  if (error instanceof BackupRefusedError) return t(`backup.refused.${error.reason}`);
  return t('backup.failed', { reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
