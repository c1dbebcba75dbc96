import { describe } from 'vitest';
import { browserAvailable, launchFirefox } from './browsers.ts';
import { hostileSuite } from './hostile-suite.ts';

describe.skipIf(!browserAvailable('firefox'))('Firefox ESR', () => {
  hostileSuite('Firefox ESR', launchFirefox);
});
