import { basename } from 'node:path';

/**
 * The contract's file name: a name, not a path, 1–255 characters. Linux
 * allows a backslash in a name and any name can be long, so a name from disk
 * is made to fit rather than failing the whole call.
 */
export function contractFileName(filePath: string): string {
  const name = basename(filePath).replace(/[\\/\0]/g, '_');
  const chars = Array.from(name);
  if (chars.length === 0) return 'file';
  return chars.length <= 255 ? name : chars.slice(0, 255).join('');
}
