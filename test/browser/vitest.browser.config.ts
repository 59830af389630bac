import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium per file, files run one after another (2-core machine).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
