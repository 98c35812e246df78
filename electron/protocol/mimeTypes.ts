import { extname } from 'node:path';

/**
 * Content types of what Vite puts in dist/renderer. A custom protocol gets no
 * MIME sniffing from Chromium worth trusting, and a module script served with
 * the wrong type is refused, so the type comes from this table; anything not
 * listed is served as opaque bytes (and `nosniff` keeps it that way).
 */
const byExtension: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const FALLBACK_MIME_TYPE = 'application/octet-stream';

export function mimeTypeFor(filePath: string): string {
  return byExtension[extname(filePath).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}
