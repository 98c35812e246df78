import { BACKUP_CHUNK_BYTES, type PlatformApi } from '../../../shared/platform/contract';
import type { Result } from '../../../shared/platform/result';

export type BackupWriter = Pick<PlatformApi, 'backupWriteBegin' | 'backupWriteChunk' | 'backupWriteEnd'>;

/**
 * Hands a backup to the desktop a piece at a time (issue 11: a store of 5 GB
 * must not need 5 GB of memory): each piece is read from the Blob — which
 * Chromium keeps on disk when it is large — only when the last one was
 * written. A failure abandons the file, so no half backup is left under our
 * name; the answer is the desktop's last word.
 */
export async function writeBackupInPieces(
  platform: BackupWriter,
  blob: Blob,
  target: { fileName: string; to: 'folder' | 'dialog'; title: string },
  pieceBytes = BACKUP_CHUNK_BYTES,
): Promise<Result<{ savedAs: string; files: string[] }>> {
  const begun = await platform.backupWriteBegin(target);
  if (!begun.ok) return begun;
  const { handle } = begun.value;
  for (let at = 0; at < blob.size; at += pieceBytes) {
    const bytes = new Uint8Array(await blob.slice(at, Math.min(at + pieceBytes, blob.size)).arrayBuffer());
    const written = await platform.backupWriteChunk({ handle, bytes });
    if (!written.ok) {
      await platform.backupWriteEnd({ handle, commit: false });
      return written;
    }
  }
  return platform.backupWriteEnd({ handle, commit: true });
}
