import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { UpdateManifest } from './updateManifest';

/**
 * The last check before an installer may run: its SHA-512 and size are
 * those of a file in the verified channel file. electron-updater checks the
 * hash while it downloads; this checks the file on disk once more, right
 * before the user is asked, so that nothing between the download and the
 * install (a cached file from an earlier, unverified run; a changed
 * download path) can slip a different installer in.
 */
export type DownloadProblem = 'hash-mismatch' | 'unreadable';

export async function sha512OfFile(path: string): Promise<{ sha512: string; size: number }> {
  const hash = createHash('sha512');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const piece = chunk as Buffer;
    size += piece.byteLength;
    hash.update(piece);
  }
  return { sha512: hash.digest('base64'), size };
}

export async function checkDownloadedUpdate(path: string, manifest: UpdateManifest): Promise<DownloadProblem | null> {
  let digest: { sha512: string; size: number };
  try {
    digest = await sha512OfFile(path);
  } catch {
    return 'unreadable';
  }
  const match = manifest.files.some((file) => file.sha512 === digest.sha512 && file.size === digest.size);
  return match ? null : 'hash-mismatch';
}
