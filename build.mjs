// Builds the extension into dist/, one folder that loads in Chrome and Firefox from one manifest.
//   node build.mjs            production: minified, no source maps
//   node build.mjs --dev      development: readable, with source maps
//   node build.mjs --watch    development, rebuilding on every change
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const OUT = 'dist';
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

// One bundle per runtime: each entry is a one-line file that starts its runtime.
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  options: 'src/options/index.ts',
};
// The popup is split in two: a small classic first script (popup.js) that shows a prepared digest, and the core in an
// ES module (chunks/live.js) that import() loads only on the slow path. Classic, because popup.html runs it first in
// <head>, before the stylesheet: its reads of the prepared digest start at once, and no module graph is fetched.
const POPUP_ENTRY = 'src/popup/index.ts';
const LIVE_ENTRY = 'src/popup/live.ts';
const CHUNKS = 'chunks';

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
  // Classic scripts: content scripts and Firefox's background.scripts cannot be ES modules.
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: dev ? 'inline' : 'eof',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  plugins: [noEnglishTable, { name: 'static-files-and-sizes', setup: (build) => build.onEnd(afterBuild) }],
};

/** @type {esbuild.BuildOptions} */
const popupOptions = {
  ...options,
  entryPoints: { popup: POPUP_ENTRY },
  plugins: [noEnglishTable, {
    name: 'live-as-module',
    // popup.ts's import('./live.ts') stays a dynamic import of the slow path's module, built below.
    setup: (build) => build.onResolve({ filter: /\/live\.ts$/ }, () => ({ path: `./${CHUNKS}/live.js`, external: true })),
  }],
};
/** @type {esbuild.BuildOptions} */
const liveOptions = { ...options, entryPoints: { [`${CHUNKS}/live`]: LIVE_ENTRY }, format: 'esm', plugins: [noEnglishTable] };

function copyStatic() {
  for (const path of STATIC) {
    // Folders keep their name at the top of dist/; files land there by their own name.
    const target = join(OUT, path.split('/').pop());
    cpSync(path, target, { recursive: true });
  }
}

function printSizes() {
  const row = (label, bytes) => `${label.padEnd(14)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB ${dev ? 'dev' : 'min'}  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(6)} KB gzip`;
  const rows = Object.keys(ENTRIES).map((name) => row(`${name}.js`, readFileSync(join(OUT, `${name}.js`))));
  const popup = join(OUT, 'popup.js');
  const live = join(OUT, CHUNKS, 'live.js');
  if (existsSync(popup)) rows.push(row('popup.js', readFileSync(popup)) + '  first load');
  if (existsSync(popup) && existsSync(live)) rows.push(row('popup.js', Buffer.concat([popup, live].map((f) => readFileSync(f)))) + '  with the slow path (core)');
  console.log(rows.join('\n'));
}

function afterBuild(result) {
  if (result.errors.length > 0) return;
  copyStatic();
  printSizes();
  console.log(`built ${OUT}/ (${dev ? 'development' : 'production'}) at ${new Date().toLocaleTimeString()}`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
if (watch) {
  // The popup builds first, so the sizes printed after the main build include it.
  for (const popupBuild of [liveOptions, popupOptions]) await (await esbuild.context(popupBuild)).watch();
  const context = await esbuild.context(options);
  await context.watch();
  console.log('watching src/ for changes (Ctrl-C to stop)');
} else {
  await Promise.all([esbuild.build(liveOptions), esbuild.build(popupOptions)]);
  await esbuild.build(options);
  // Fail loudly if something the manifest names did not land in dist/.
  for (const file of ['manifest.json', 'popup.html', 'popup.css', 'options.html', 'options.css', '_locales/en/messages.json', 'background.js', 'content.js', 'popup.js', `${CHUNKS}/live.js`, 'options.js']) statSync(join(OUT, file));
}
