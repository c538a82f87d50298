import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          environment: 'node',
          // The first test of a file that analyses text loads jieba's wasm and dictionary: seconds on
          // a busy 2-core machine (18 s once under load), not a failure. Speed has its own checks.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // The extension works asynchronously (wasm start-up, analysis): poll for what a reader sees.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
