import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer, built once and served two ways: by Electron's casedesk://
// protocol, and as the web host on 127.0.0.1 (development, e2e, CI).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
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
