// Bundles what the compiler wrote into the two modules Node loads, side by side in dist/cli/: the
// command line (index.js), which holds the worker's code too, since a lone report runs it in the main
// thread and one module loads faster than several; and the worker threads' module (worker.js, from
// thread.js). The modules find what lies beside them (worker.js, dictionary/) relative to that
// folder. commander, which every command loads, is bundled in: one file read beats a package's files
// resolved one by one; the module it spawns executable subcommands with, which govmine has none of,
// loads only if one is ever spawned. The other packages stay outside, most of them loaded only when
// a file needs them. Run by `npm run build`, after the compiler.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLED = ['commander'];

/** commander's node:child_process, as a module that loads it on the first spawn. */
const childProcessOnDemand = {
  name: 'child-process-on-demand',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) => (importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'on-demand' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'on-demand' }, () => ({ contents: "exports.spawn = (...args) => require('node:child_process').spawn(...args);", loader: 'js' }));
  },
};
const path = (p) => new URL(`../${p}`, import.meta.url).pathname;
const { dependencies } = JSON.parse(readFileSync(path('package.json'), 'utf8'));

await build({
  entryPoints: { index: path('dist/cli/index.js'), worker: path('dist/thread.js') },
  outdir: path('dist/cli'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: Object.keys(dependencies).filter((name) => !BUNDLED.includes(name)),
  // a bundled CommonJS package requires Node's modules, which an ES module can only do through this
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  plugins: [childProcessOnDemand],
  allowOverwrite: true,
  logLevel: 'warning',
});
