import { defineConfig } from 'vitest/config';

// Renderer logic that needs no layout: the Dexie store (on fake-indexeddb),
// slices, selectors and the web host's platform adapter.
export default defineConfig({
  test: {
    name: 'renderer',
    root: import.meta.dirname,
    include: ['**/*.test.ts', '**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
