// npm run package: the three files a release needs, in packages/ (gitignored).
//   lede-chrome-<version>.zip    dist/ zipped, for the Chrome Web Store
//   lede-firefox-<version>.zip   `web-ext build` of dist/, for addons.mozilla.org
//   lede-source-<version>.zip    the tracked source at HEAD (git archive), which AMO review asks for because the
//                                bundles are minified; SOURCE-BUILD.md inside says how to rebuild them
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';

const OUT = 'packages';
const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const webExt = (filename) => run('npx', ['web-ext', 'build', '--source-dir', 'dist', '--artifacts-dir', OUT, '--filename', filename, '--overwrite-dest']);

// The source zip is HEAD: uncommitted changes would make it differ from the extension zips.
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
if (dirty) console.warn(`warning: uncommitted changes are not in the source zip:\n${dirty}`);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
run('node', ['build.mjs']);
// Lint first: a store rejects what web-ext lint calls an error.
run('npx', ['web-ext', 'lint', '--source-dir', 'dist', '--self-hosted']);
webExt(`lede-chrome-${version}.zip`);
webExt(`lede-firefox-${version}.zip`);
run('git', ['archive', '--format=zip', '--prefix', `lede-${version}/`, '-o', `${OUT}/lede-source-${version}.zip`, 'HEAD']);

for (const name of [`lede-chrome-${version}.zip`, `lede-firefox-${version}.zip`, `lede-source-${version}.zip`]) {
  console.log(`${OUT}/${name}`.padEnd(36), `${(statSync(`${OUT}/${name}`).size / 1024).toFixed(1).padStart(7)} KB`);
}
