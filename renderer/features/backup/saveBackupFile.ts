import type { MadeBackup } from '../../db/backup/createBackup';
import { platform } from '../../platform';
import { downloadBlob } from '../../platform/web/download';
import { writeBackupInPieces } from './writeBackupInPieces';

/**
 * Saves a backup. On the web host it is downloaded straight from its Blob
 * (Chromium keeps a large Blob on disk, so the file never sits whole in the
 * page's memory). The desktop saves where its native dialog says, the file
 * handed over a piece at a time (writeBackupInPieces.ts).
 */
export async function saveBackupFile(made: MadeBackup, title: string): Promise<boolean> {
  const info = await platform.appInfo({});
  if (info.ok && info.value.host === 'web') {
    downloadBlob(made.blob, made.fileName);
    return true;
  }
  return (await writeBackupInPieces(platform, made.blob, { fileName: made.fileName, to: 'dialog', title })).ok;
}
