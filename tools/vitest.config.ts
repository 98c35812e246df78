import { defineConfig } from 'vitest/config';

// The build tools' own tests (the UI font's slices).
export default defineConfig({
  test: { name: 'tools', root: import.meta.dirname, include: ['**/*.test.ts'], environment: 'node' },
});
