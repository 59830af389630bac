import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests rebuild data outputs byte for byte (1–2 s alone); 5 s was too tight on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
