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
    // a timeout says "hung", not "slow" (beside a CPU hog a store test runs well past vitest's 5 s default)
    testTimeout: 30_000,
    // and so does a hook: one that makes test certificates with openssl took over vitest's 10 s default at load 18
    hookTimeout: 60_000,
    // PouchDB's replicator updates its progress with `src.info().then(…)` and no catch
    // (pouchdb-replication 9, after each batch): when the team server dies mid-sync — which
    // the team store's fault tests do on purpose — that one request rejects unhandled. The
    // app only logs it; here only that exact rejection is let through, nothing else.
    onUnhandledError: (error) => !(String(error.message).includes('fetch failed') && String(error.stack).includes('pouchdb-adapter-http') && String(error.stack).includes('_info')),
  },
});
