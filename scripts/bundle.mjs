// Bundles what the compiler wrote into the two modules Node loads, side by side in dist/cli/: the
// command line (index.cjs), which holds the worker's code too, since a lone report runs it in the main
// thread and one module loads faster than several; and the worker threads' module (worker.cjs, from
// thread.js). Both are CommonJS: Node reads such a module with less ceremony than an ES module, and
// bin/govmine.js can hand V8 the command line's compiled code from an earlier run (index.cjs.cache,
// written here by running it once on a bundled report), which spares a cold start most of its
// compiling. The modules find what lies beside them (worker.cjs, dictionary/) relative to that
// folder. commander, which every command loads, is bundled in: one file read beats a package's files
// resolved one by one; the module it spawns executable subcommands with, which govmine has none of,
// loads only if one is ever spawned. The other packages stay outside, loaded only when a file needs
// them. Run by `npm run build`, after the compiler.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLED = ['commander'];
const path = (p) => new URL(`../${p}`, import.meta.url).pathname;
const { dependencies } = JSON.parse(readFileSync(path('package.json'), 'utf8'));

/** commander's node:child_process, as a module that loads it on the first spawn. */
const childProcessOnDemand = {
  name: 'child-process-on-demand',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) => (importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'on-demand' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'on-demand' }, () => ({ contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);", loader: 'js' }));
  },
};

await build({
  entryPoints: { index: path('dist/cli/index.js'), worker: path('dist/thread.js') },
  outdir: path('dist/cli'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => !BUNDLED.includes(name)),
  // what the sources take their own place from, in a CommonJS module
  define: { 'import.meta.url': 'moduleUrl' },
  banner: { js: "const moduleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [childProcessOnDemand],
  allowOverwrite: true,
  logLevel: 'warning',
});

const cache = path('dist/cli/index.cjs.cache');
rmSync(cache, { force: true });
execFileSync(process.execPath, [path('bin/govmine.js'), 'extract', path('fixtures/001_1337db6bbca4abca.txt'), '-q'], { env: { ...process.env, GOVMINE_WRITE_CODE_CACHE: cache }, stdio: ['ignore', 'ignore', 'inherit'] });
