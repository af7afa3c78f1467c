// The built command, run as a user runs it: shared by the test files that drive the CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/govmine.js', import.meta.url));

/** Runs govmine with `args`: no colour, stdout and stderr captured whole as text. */
export function runGovmine(args: string[], opts: { cwd?: string; input?: string | Buffer } = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
}
