import { createRequire } from 'node:module';

/**
 * The package's name and version, read in one place: this module and the command-line bundle built
 * from it both sit one folder below dist/, so the path holds for either.
 */
export const { name, version } = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };
