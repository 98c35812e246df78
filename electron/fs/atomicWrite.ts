import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** File mode of a newly created file, e.g. 0o600 for secrets. */
  mode?: number;
}

/**
 * Writes `data` to `target` so that a reader sees either the old file or the
 * whole new one, never a half-written file (SPEC §6: "a failed write never
 * leaves a half-saved case"): write a temporary file in the same directory
 * (so the rename stays on one file system), flush it to disk, then rename it
 * over the target. On failure the temporary file is removed and the target is
 * left as it was.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/** The error code of a Node file-system error (ENOENT, EACCES…), safe to log: it holds no path. */
export function fsErrorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && /^[A-Z0-9_]{2,32}$/.test(error.code)) {
    return error.code;
  }
  return 'unknown';
}
