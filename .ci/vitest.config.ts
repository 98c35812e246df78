import { defineConfig } from 'vitest/config';

// Tests of the repository's own checks (the layering rules).
export default defineConfig({
  test: { name: 'repo-checks', root: import.meta.dirname, include: ['*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 }, // a timeout says "hung", not "slow"
});
