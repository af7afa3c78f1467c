import { defineConfig } from 'vitest/config';

// CLI tests run the built command, many of them one after another: on a loaded 2-core machine a
// test can take several times its usual second. Speed is the benchmark's business, never a test's.
export default defineConfig({ test: { testTimeout: 30_000, setupFiles: ['test/setup.ts'] } });
