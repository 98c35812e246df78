/**
 * The Content-Security-Policy sent with every HTML page of the app (SPEC §7,
 * Electron security checklist §7). The renderer's index.html carries a <meta>
 * policy too; when both exist Chromium enforces both, so this header is the
 * floor even if the page's own tag is loosened by mistake.
 *
 * - script-src 'self': only the bundled scripts; no inline script, no eval.
 * - style-src 'unsafe-inline': antd's CSS-in-JS injects <style> elements at
 *   run time. Injected styles cannot run code; scripts stay locked down.
 * - img/frame/worker blob: and data: — scans and letters are previewed from
 *   Blob URLs, never from the network.
 * - connect-src 'self' blob:: the renderer fetches its own assets (the CJK
 *   font for letters) and reads Blob URLs; it talks to no server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "media-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
