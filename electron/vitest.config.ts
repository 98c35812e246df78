import { defineConfig } from 'vitest/config';

// Main-process handlers, with the `electron` module replaced at the test boundary (vi.mock).
export default defineConfig({
  test: {
    name: 'electron',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
  },
});
