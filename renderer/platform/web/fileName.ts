/**
 * The contract's file name: a name, not a path, 1–255 characters (the same
 * rule electron/handlers/fileNames.ts applies on the desktop).
 */
export function contractFileName(name: string): string {
  const cleaned = name.replace(/[\\/\0]/g, '_');
  const chars = Array.from(cleaned);
  if (chars.length === 0) return 'file';
  return chars.length <= 255 ? cleaned : chars.slice(0, 255).join('');
}
