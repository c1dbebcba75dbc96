import { browserAvailable, launchFirefox } from './browsers.ts';
import { extensionSuite } from './suite.ts';
import { describe } from 'vitest';

const available = browserAvailable('firefox');
describe.skipIf(!available)('Firefox ESR', () => {
  extensionSuite('Firefox ESR, popup.html?tabId=N in a tab', { launch: launchFirefox, restrictedUrl: 'about:blank' });
});
