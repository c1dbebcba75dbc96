import { browserAvailable, launchChromium } from './browsers.ts';
import { extensionSuite } from './suite.ts';
import { screenshotPath } from './fixtures.ts';
import { describe } from 'vitest';

const available = browserAvailable('chromium');
describe.skipIf(!available)('Chromium', () => {
  extensionSuite('Chromium, real toolbar popup', { launch: launchChromium, restrictedUrl: 'chrome://version/', screenshot: screenshotPath('popup-seed.png') });
});
