import type { MadeBackup } from '../../db/backup/createBackup';
import { platform } from '../../platform';

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
    const url = URL.createObjectURL(made.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = made.fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  }
  const bytes = new Uint8Array(await made.blob.arrayBuffer());
  const saved = await platform.saveFile({ title, suggestedName: made.fileName, filters: [{ name: 'CaseDesk backup', extensions: ['cdbackup'] }], bytes });
  return saved.ok;
}
