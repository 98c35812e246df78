import { defineConfig } from 'vitest/config';

// Pure domain code: runs in Node, as it must run unchanged in the renderer and main process.
export default defineConfig({
  test: {
    name: 'shared',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    // a timeout says "hung", not "slow": beside a CPU hog a letter or a fuzz case runs past the 5 s default
    testTimeout: 30_000,
    // and so does a hook: one that makes test certificates with openssl took over vitest's 10 s default at load 18
    hookTimeout: 60_000,
  },
});
