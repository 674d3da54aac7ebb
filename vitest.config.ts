import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two suites: pure units on real pages (fast, parallel) and the built extension in real browsers (serial).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Corpus tests read 100+ real pages; on 2 busy cores that takes seconds, not vitest's default 5.
          testTimeout: 60_000,
          setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
          // Both cores (vitest's default leaves one to itself: one worker on this 2-core machine), and no fresh
          // module graph per file: the per-file set-up (fake IndexedDB, WXT's plugin, React) cost more CPU than
          // most tests (107 s of CPU for the suite isolated, 79 s not; tests use their own databases and reset
          // the fake browser before each test, so they share nothing but loaded modules).
          maxWorkers: 2,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
