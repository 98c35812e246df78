import { resolve, sep } from 'node:path';

/**
 * The file under `root` that a request path names, or null when the path is
 * malformed or would leave `root` (`..`, encoded `%2e%2e%2f`, backslashes,
 * NUL). The resolved path is checked against `root` as well, as a second
 * fence behind the segment check.
 */
export function resolveAssetPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const rootResolved = resolve(root);
  const full = resolve(rootResolved, relative);
  return full.startsWith(rootResolved + sep) ? full : null;
}

