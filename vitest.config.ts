import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// CLI tests run the built command, many of them one after another: on a loaded 2-core machine a
// test can take several times its usual second. Speed is the benchmark's business, never a test's.
// Most test files wait on child processes more than they compute, so a worker per core, and at least
// two, finish the suite a quarter sooner than vitest's default of one fewer than the cores.
const workers = Math.max(2, availableParallelism());
export default defineConfig({ test: { testTimeout: 30_000, setupFiles: ['test/setup.ts'], maxWorkers: workers, minWorkers: Math.min(2, workers) } });
