import { defineConfig, type Connect, type Plugin } from 'vite';

/**
 * The app's font files may be read across origins: the sandboxed frame that
 * shows an HTML email has an opaque origin and loads the CJK font from here.
 * Only fonts: everything else stays same-origin.
 */
const fontsWithCors = (): Plugin => {
  const addHeaders: Connect.NextHandleFunction = (req, res, next) => {
    if (/\.(ttf|woff2?)(\?|$)/.test(req.url ?? '')) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    next();
  };
  return {
    name: 'casedesk-fonts-with-cors',
    configureServer: (server) => void server.middlewares.use(addHeaders),
    configurePreviewServer: (server) => void server.middlewares.use(addHeaders),
  };
};
import react from '@vitejs/plugin-react';
import { uiFontSlices } from './build/fonts/uiFontPlugin.mjs';

/**
 * Issue 16: the production CSP has no development allowance. Only `vite`
 * (the dev server, `npm run web`) adds its live-reload WebSocket to
 * connect-src; `vite build` leaves the page's policy as written.
 */
export const DEV_SOCKET_SOURCE = 'ws://127.0.0.1:*';
export function withDevSocket(html: string): string {
  return html.replace(/connect-src 'self'/, `connect-src 'self' ${DEV_SOCKET_SOURCE}`);
}
const devSocketInCsp = (): Plugin => ({
  name: 'casedesk-dev-socket-in-csp',
  apply: 'serve',
  transformIndexHtml: (html) => withDevSocket(html),
});

/** Framing forbidden by header (a <meta> policy cannot say frame-ancestors), as the web host's own server does. */
const noFraming = { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Content-Type-Options': 'nosniff' };

// The renderer, built once and served two ways: by Electron's casedesk://
// protocol, and as the web host on 127.0.0.1 (electron/webHost/: npm start,
// e2e, CI). `npm run web` is Vite's development server, with live reload.
// Ports are strict: another port is another origin, with an empty case store.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), fontsWithCors(), uiFontSlices(), devSocketInCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // the CJK font is large by nature; it is loaded as a file, never inlined
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, headers: noFraming },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: noFraming },
});
