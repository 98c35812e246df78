import { MAX_FILE_BYTES } from '../../../shared/platform/contract';
import type { MailFile } from '../../../shared/intake';

/**
 * Files dropped onto the 收件 screen, read into memory for the worker. The
 * desktop refuses a single file over MAX_FILE_BYTES when picked (see the
 * platform contract); a dropped one is refused by the same rule, by name, and
 * the others go ahead.
 */
export interface DroppedFiles {
  files: MailFile[];
  tooLarge: string[];
}

export async function readDroppedFiles(list: readonly File[], maxBytes = MAX_FILE_BYTES): Promise<DroppedFiles> {
  const files: MailFile[] = [];
  const tooLarge: string[] = [];
  for (const file of list) {
    if (file.size > maxBytes) {
      tooLarge.push(file.name);
      continue;
    }
    files.push({
      name: file.name || 'message.eml',
      bytes: new Uint8Array(await file.arrayBuffer()),
      ...(file.lastModified > 0 ? { lastModified: new Date(file.lastModified).toISOString() } : {}),
    });
  }
  return { files, tooLarge };
}

/** A picked file (platform.openFiles) as the parser takes it. */
export function mailFileOfPicked(picked: { name: string; bytes: Uint8Array; lastModified?: number }): MailFile {
  return {
    name: picked.name,
    bytes: picked.bytes,
    ...(picked.lastModified !== undefined && picked.lastModified > 0 ? { lastModified: new Date(picked.lastModified).toISOString() } : {}),
  };
}
