// What the build leaves in dist/cli/ (scripts/bundle.mjs): the modules and what lies beside them.
import { existsSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

const cli = new URL('../dist/cli/', import.meta.url);

describe('the build', () => {
  it('leaves a code cache that this Node takes for the command line (else a cold start compiles it all again)', () => {
    const source = readFileSync(new URL('index.cjs', cli), 'utf8');
    const script = new Script(Module.wrap(source), { filename: 'index.cjs', cachedData: readFileSync(new URL('index.cjs.cache', cli)) });
    expect(script.cachedDataRejected).toBe(false);
    // and one that does not match the source is refused, not used
    const other = new Script(Module.wrap(`${source}\n`), { filename: 'index.cjs', cachedData: readFileSync(new URL('index.cjs.cache', cli)) });
    expect(other.cachedDataRejected).toBe(true);
  });

  it('puts the worker threads\' module and the dictionary\'s index beside the command line, where both look for them', () => {
    const source = readFileSync(new URL('index.cjs', cli), 'utf8');
    expect(source).toContain('new URL("./worker.cjs", moduleUrl)');
    expect(source).toContain('new URL("./dictionary/", moduleUrl)');
    expect(existsSync(new URL('worker.cjs', cli))).toBe(true);
    expect(existsSync(new URL('dictionary/about.json', cli))).toBe(true);
  });
});
