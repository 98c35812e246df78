import type { MadeBackup } from '../../db/backup/createBackup';
import { platform } from '../../platform';
import { downloadBlob } from '../../platform/web/download';

/**
 * Saves a backup. On the web host it is downloaded straight from its Blob
 * (Chromium keeps a large Blob on disk, so the file never sits whole in the
 * page's memory). The desktop saves through the platform's native dialog,
 * which takes the bytes in one message today; a streamed channel for
 * gigabyte stores is noted for the desktop (NOTES-FOR-LEAD.md).
 */
export async function saveBackupFile(made: MadeBackup, title: string): Promise<boolean> {
  const info = await platform.appInfo({});
  if (info.ok && info.value.host === 'web') {
    downloadBlob(made.blob, made.fileName);
    return true;
  }
  const bytes = new Uint8Array(await made.blob.arrayBuffer());
  const saved = await platform.saveFile({ title, suggestedName: made.fileName, filters: [{ name: 'CaseDesk backup', extensions: ['cdbackup'] }], bytes });
  return saved.ok;
}
