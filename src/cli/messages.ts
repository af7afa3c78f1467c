import chalk from 'chalk';
import type { Problem } from '../problems.js';

/**
 * Everything the user reads besides data goes to stderr, in the form
 * `govmine: <path>: <stage>: <reason>`. chalk drops colour by itself for NO_COLOR and non-TTY.
 */
export function reportProblem(p: Problem): void {
  process.stderr.write(`${chalk.red('govmine:')} ${p.path}: ${p.stage}: ${p.message}\n`);
}

export function warn(path: string, message: string): void {
  process.stderr.write(`${chalk.yellow('govmine:')} ${path}: warning: ${message}\n`);
}

export function info(message: string): void {
  process.stderr.write(`${chalk.dim('govmine:')} ${message}\n`);
}

export function fatal(message: string): void {
  process.stderr.write(`${chalk.red('govmine:')} ${message}\n`);
}
