import { CHROMIUM_BIN, browserAvailable, launchChromium } from './browsers.ts';
import { extensionSuite } from './suite.ts';
import { describe } from 'vitest';

const available = browserAvailable('Chromium', CHROMIUM_BIN);
describe.skipIf(!available)('Chromium', () => {
  extensionSuite('Chromium, real toolbar popup', { launch: launchChromium, restrictedUrl: 'chrome://version/', screenshot: 'docs/popup-seed.png' });
});
