// The built command, run as a user runs it: shared by the test files that drive the CLI.
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/govmine.js', import.meta.url));

interface RunOptions { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> }

/** No colour; `env` adds to (or, with undefined, removes from) the environment. */
function environment(env: RunOptions['env']): NodeJS.ProcessEnv {
  const all: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env };
  for (const [k, v] of Object.entries(all)) if (v === undefined) delete all[k];
  return all;
}

/** Runs govmine with `args`: stdout and stderr captured whole as text. */
export function runGovmine(args: string[], opts: RunOptions = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', env: environment(opts.env), maxBuffer: 1 << 30 });
}

/**
 * The same, without holding the test's thread while govmine runs (vitest's worker keeps talking to
 * its runner meanwhile, and several runs go side by side).
 */
export function runGovmineAsync(args: string[], opts: Omit<RunOptions, 'input'> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: opts.cwd, encoding: 'utf8', env: environment(opts.env), maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}
