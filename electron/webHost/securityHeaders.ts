import { CONTENT_SECURITY_POLICY } from '../protocol/contentSecurityPolicy';

/**
 * The headers every answer of the web host carries (issue 16: "can't be
 * impersonated or framed"). A page on another site must not be able to put
 * the app in a frame and click for the officer, so the policy forbids framing
 * twice over: CSP `frame-ancestors 'none'` (ignored in a <meta> tag, hence the
 * header) and `X-Frame-Options: DENY` for older engines.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // another window the app opens (a link to the policy) gets no handle on this one
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // nothing here needs these; a page that never asks cannot be tricked into asking
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=()',
  // the page carries this launch's session token: never kept; assets say otherwise below
  'Cache-Control': 'no-store',
};

/** Vite's built assets carry a content hash in their names (index-CLUi0Bu2.js): a name never changes content. */
function isHashedAsset(filePath: string): boolean {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(filePath);
}

/**
 * The font files may be read from another origin: the sandboxed frame that
 * shows an HTML email has an opaque origin and loads the CJK font from here
 * (the same exception the desktop's protocol handler makes).
 */
export function headersFor(filePath: string): Record<string, string> {
  const headers = { ...SECURITY_HEADERS };
  // the fonts are megabytes: a reload must not fetch them again
  if (isHashedAsset(filePath)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  if (/\.(ttf|woff2?)$/i.test(filePath)) {
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
  }
  return headers;
}

/**
 * A request's Host must name this server by its loopback address: a web page
 * that rebinds its own DNS name to 127.0.0.1 ("DNS rebinding") sends its own
 * name as Host and is refused before anything is read.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
