// Builds the extension into dist/, one folder that loads in Chrome and Firefox from one manifest.
//   node build.mjs            production: minified, no source maps
//   node build.mjs --dev      development: readable, with source maps
//   node build.mjs --watch    development, rebuilding on every change
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const OUT = 'dist';
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

// One bundle per runtime: each entry is a one-line file that starts its runtime. The core (src/core) is bundled only
// into background.js: the background digests both ahead of the popup and, when nothing prepared fits, for it.
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  options: 'src/options/index.ts',
  popup: 'src/popup/index.ts',
};
// Runtimes that must not hold the core: what they need of it they ask the background for.
const CORELESS = ['popup.js', 'options.js'];

// Files the browser loads as they are.
const STATIC = ['manifest.json', 'src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css', 'icons', '_locales'];

// The browser's i18n.getMessage already falls back to the default locale (English), so the English table that
// src/shared/i18n.ts imports for Node (unit tests, the command line) is left out of the bundles: 8.7 KB each.
/** @type {esbuild.Plugin} */
const noEnglishTable = {
  name: 'no-english-table',
  setup: (build) => {
    build.onResolve({ filter: /_locales\/en\/messages\.json$/ }, (args) => ({ path: args.path, namespace: 'empty-table' }));
    build.onLoad({ filter: /.*/, namespace: 'empty-table' }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/** @type {esbuild.BuildOptions} */
const options = {
  entryPoints: ENTRIES,
  outdir: OUT,
  bundle: true,
  // Classic scripts: content scripts and Firefox's background.scripts cannot be ES modules, and popup.html runs
  // popup.js first in <head>, before the stylesheet, so its reads of the prepared digest start at once.
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: dev ? 'inline' : 'eof',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  metafile: true,
  plugins: [noEnglishTable, { name: 'static-files-and-sizes', setup: (build) => build.onEnd(afterBuild) }],
};

function copyStatic() {
  for (const path of STATIC) {
    // Folders keep their name at the top of dist/; files land there by their own name.
    const target = join(OUT, path.split('/').pop());
    cpSync(path, target, { recursive: true });
  }
}

function printSizes() {
  const row = (label, bytes) => `${label.padEnd(14)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB ${dev ? 'dev' : 'min'}  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(6)} KB gzip`;
  const notes = { background: '  holds the core: digests ahead of the popup and for it', popup: '  the whole popup; the core is in background.js' };
  console.log(Object.keys(ENTRIES).map((name) => row(`${name}.js`, readFileSync(join(OUT, `${name}.js`))) + (notes[name] ?? '')).join('\n'));
}

/** The source files of src/core an output bundles, from esbuild's metafile. */
function coreInputs(metafile, output) {
  const entry = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${output}`) || path === output);
  return entry ? Object.keys(entry[1].inputs).filter((input) => input.startsWith('src/core/')) : [];
}

function afterBuild(result) {
  if (result.errors.length > 0) return;
  // A value imported from src/core into the popup (a type is erased) would bring the whole core back into it.
  const leaks = CORELESS.map((output) => [output, coreInputs(result.metafile, output)]).filter(([, inputs]) => inputs.length > 0)
    .map(([output, inputs]) => `${output} bundles ${inputs.length} files of src/core: ${inputs.slice(0, 3).join(', ')}${inputs.length > 3 ? ', …' : ''}`);
  if (leaks.length > 0) {
    console.error(`The core belongs in background.js only; import types through src/shared/digest-types.ts.\n  ${leaks.join('\n  ')}`);
    if (!watch) process.exitCode = 1;
  }
  copyStatic();
  printSizes();
  console.log(`built ${OUT}/ (${dev ? 'development' : 'production'}) at ${new Date().toLocaleTimeString()}`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log('watching src/ for changes (Ctrl-C to stop)');
} else {
  await esbuild.build(options);
  // Fail loudly if something the manifest names did not land in dist/.
  for (const file of ['manifest.json', 'popup.html', 'popup.css', 'options.html', 'options.css', '_locales/en/messages.json', 'background.js', 'content.js', 'popup.js', 'options.js']) statSync(join(OUT, file));
}
