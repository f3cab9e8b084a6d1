import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/db/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    setupFiles: ['test/support/fast-check-setup.ts', 'test/support/state-dir-setup.ts'],
    // db tests build the demo workspace from the real files: seconds on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
