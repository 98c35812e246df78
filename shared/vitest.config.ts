import { defineConfig } from 'vitest/config';

// Pure domain code: runs in Node, as it must run unchanged in the renderer and main process.
export default defineConfig({
  test: {
    name: 'shared',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
  },
});
