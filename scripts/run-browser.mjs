// `npm start`: opens a browser with the freshly built dist/ loaded, through web-ext (which reloads the extension
// whenever dist/ changes, so `npm run watch` in a second terminal gives a live loop).
//   npm start                      Chromium (CHROMIUM_BIN, default /usr/bin/chromium)
//   npm start -- --firefox         Firefox (FIREFOX_BIN, default /usr/bin/firefox-esr, else `firefox` on PATH)
//   npm start -- --url=https://…   open this page first
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const startUrl = args.find((a) => a.startsWith('--url='))?.slice('--url='.length);

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start opens a browser window, and there is no display. On a headless machine run: xvfb-run -a npm start');
  process.exit(1);
}

const webExt = ['run', '--source-dir', 'dist'];
if (firefox) {
  const bin = process.env.FIREFOX_BIN ?? (existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : 'firefox');
  webExt.push('--target', 'firefox-desktop', '--firefox', bin);
} else {
  const bin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
  webExt.push('--target', 'chromium', '--chromium-binary', bin);
  // Chromium refuses to start as root without this; a normal user does not need it.
  if (process.getuid?.() === 0) webExt.push('--arg=--no-sandbox');
}
if (startUrl) webExt.push('--start-url', startUrl);

const child = spawn('npx', ['web-ext', ...webExt], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
