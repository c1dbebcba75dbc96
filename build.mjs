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
// The popup is an ES module split in two: a small first script that shows a prepared digest, and the core in a chunk
// that import() loads only on the slow path (popup.html loads popup.js with type="module"; both browsers allow it).
const MODULE_ENTRIES = { popup: 'src/popup/index.ts' };
const CHUNKS = 'chunks';

// Files the browser loads as they are.
const STATIC = ['manifest.json', 'src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css', 'icons', '_locales'];

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
  plugins: [{ name: 'static-files-and-sizes', setup: (build) => build.onEnd(afterBuild) }],
};

let moduleMetafile;
/** @type {esbuild.BuildOptions} */
const moduleOptions = {
  ...options,
  entryPoints: MODULE_ENTRIES,
  format: 'esm',
  splitting: true,
  chunkNames: `${CHUNKS}/[name]-[hash]`,
  metafile: true,
  plugins: [{ name: 'module-metafile', setup: (build) => build.onEnd((result) => { moduleMetafile = result.metafile; }) }],
};

function copyStatic() {
  for (const path of STATIC) {
    // Folders keep their name at the top of dist/; files land there by their own name.
    const target = join(OUT, path.split('/').pop());
    cpSync(path, target, { recursive: true });
  }
}

/** The files a module loads before it runs (its static imports, transitively), from esbuild's metafile. */
function staticClosure(metafile, file) {
  const seen = new Set([file]);
  for (const f of seen) for (const imp of metafile.outputs[f]?.imports ?? []) if (imp.kind === 'import-statement') seen.add(imp.path);
  return [...seen];
}

function printSizes(metafile) {
  const row = (label, bytes) => `${label.padEnd(14)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB ${dev ? 'dev' : 'min'}  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(6)} KB gzip`;
  const rows = Object.keys(ENTRIES).map((name) => row(`${name}.js`, readFileSync(join(OUT, `${name}.js`))));
  const popup = join(OUT, 'popup.js');
  const first = metafile ? staticClosure(metafile, popup) : [popup];
  rows.push(row('popup.js', Buffer.concat(first.map((f) => readFileSync(f)))) + `  first load (${first.length} file${first.length > 1 ? 's' : ''})`);
  const all = existsSync(join(OUT, CHUNKS)) ? readdirSync(join(OUT, CHUNKS)).filter((f) => f.endsWith('.js')).map((f) => join(OUT, CHUNKS, f)) : [];
  rows.push(row('popup.js', Buffer.concat([popup, ...all.filter((f) => !first.includes(f))].map((f) => readFileSync(f)))) + '  with the slow path (core)');
  console.log(rows.join('\n'));
}

function afterBuild(result) {
  if (result.errors.length > 0) return;
  copyStatic();
  printSizes(moduleMetafile);
  console.log(`built ${OUT}/ (${dev ? 'development' : 'production'}) at ${new Date().toLocaleTimeString()}`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
if (watch) {
  // The module build first, so the sizes printed after the classic build include the popup.
  const moduleContext = await esbuild.context(moduleOptions);
  await moduleContext.watch();
  const context = await esbuild.context(options);
  await context.watch();
  console.log('watching src/ for changes (Ctrl-C to stop)');
} else {
  await esbuild.build(moduleOptions);
  await esbuild.build(options);
  // Fail loudly if something the manifest names did not land in dist/.
  for (const file of ['manifest.json', 'popup.html', 'popup.css', 'options.html', 'options.css', '_locales/en/messages.json', 'background.js', 'content.js', 'popup.js', 'options.js']) statSync(join(OUT, file));
}
