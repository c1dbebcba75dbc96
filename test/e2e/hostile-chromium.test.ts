import { describe } from 'vitest';
import { browserAvailable, launchChromium } from './browsers.ts';
import { hostileSuite } from './hostile-suite.ts';

describe.skipIf(!browserAvailable('chromium'))('Chromium', () => {
  hostileSuite('Chromium', () => launchChromium());
});
