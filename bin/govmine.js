#!/usr/bin/env node
// The command line (dist/cli/index.cjs), compiled from the code V8 compiled in an earlier run where
// it has it (index.cjs.cache, written by the build): that spares a cold start most of its compiling.
// V8 checks that the code is of this source and of this V8, and compiles afresh where not.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, '..', 'dist', 'cli', 'index.cjs');
let cachedData;
try {
  cachedData = readFileSync(`${file}.cache`);
} catch {
  // none yet: compiled afresh
}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
// the build runs one report with this set, and keeps what V8 compiled by the end
const writeCache = process.env.GOVMINE_WRITE_CODE_CACHE;
if (writeCache) process.on('exit', () => writeFileSync(writeCache, script.createCachedData()));
const cli = new Module(file, module);
cli.filename = file;
script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(file), cli, file, dirname(file));
