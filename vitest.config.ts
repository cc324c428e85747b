import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // PDF rendering and the Python deck checker take a few seconds each.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
