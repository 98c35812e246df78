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
  },
});
