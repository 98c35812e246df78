import { defineConfig } from 'vitest/config';

// Main-process handlers, with the `electron` module replaced at the test boundary (vi.mock).
export default defineConfig({
  test: {
    name: 'electron',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    // a timeout says "hung", not "slow": signing a letter or starting a test server beside a CPU hog takes
    // longer than vitest's 5 s default on our 2 cores (speed is npm run bench's business)
    testTimeout: 30_000,
    // and so does a hook: one that makes test certificates with openssl took over vitest's 10 s default at load 18
    hookTimeout: 60_000,
  },
});
