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
import { uiFontSlices } from '../tools/fonts/uiFontPlugin.mjs';

// The renderer, built once and served two ways: by Electron's casedesk://
// protocol, and as the web host on 127.0.0.1 (development, e2e, CI).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), fontsWithCors(), uiFontSlices()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // the CJK font is large by nature; it is loaded as a file, never inlined
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
