// The built command, run as a user runs it: shared by the test files that drive the CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/govmine.js', import.meta.url));

/**
 * Runs govmine with `args`: no colour, stdout and stderr captured whole as text. `env` adds to (or,
 * with undefined, removes from) the environment.
 */
export function runGovmine(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', env, maxBuffer: 1 << 30 });
}
