import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../appOrigin';
import { resolveAssetPath } from './assetPath';

export { resolveAssetPath } from './assetPath';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { mimeTypeFor } from './mimeTypes';

/**
 * Privileges of the app scheme, registered before `app` is ready:
 * - standard: relative URLs resolve and the page has a real origin (IndexedDB
 *   is keyed by it — so this scheme and host must never change, or the case
 *   store is left behind);
 * - secure: a secure context, which Web Crypto and IndexedDB need;
 * - supportFetchAPI: the renderer fetches its own assets (fonts);
 * - codeCache: V8 caches the bundled scripts between starts (SPEC: start < 2 s).
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  // corsEnabled: CORS applies to the scheme, so only responses that allow it (the fonts) are readable from another origin
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, corsEnabled: true },
} as const;

const baseHeaders = {
  // A served file is what its extension says, never what its bytes look like.
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isMissing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * Serves the built renderer (dist/renderer) on `casedesk://app/…`, read-only.
 * An extension-less path that is not a file falls back to index.html so a
 * client-side route survives a reload.
 */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');

    const filePath = resolveAssetPath(root, url.pathname);
    if (filePath === null) return plain(403, 'Forbidden');

    let body: Buffer;
    let servedPath = filePath;
    try {
      body = await readFile(filePath);
    } catch (error) {
      if (!isMissing(error)) return plain(500, 'Read failed');
      if (extname(filePath) !== '') return plain(404, 'Not found');
      servedPath = resolve(root, 'index.html');
      try {
        body = await readFile(servedPath);
      } catch {
        return plain(404, 'Not found');
      }
    }

    const contentType = mimeTypeFor(servedPath);
    const headers: Record<string, string> = { ...baseHeaders, 'Content-Type': contentType };
    if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    // the sandboxed frame that shows an HTML email (an opaque origin) loads the CJK font from us
    if (/\.(ttf|woff2?)$/i.test(servedPath)) Object.assign(headers, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
