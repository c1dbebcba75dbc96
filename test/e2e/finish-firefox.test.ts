import { describe } from 'vitest';
import { browserAvailable } from './browsers.ts';
import { finishSuite } from './finish-suite.ts';

describe.runIf(browserAvailable('firefox'))('issue 7 in Firefox ESR', () => {
  finishSuite('firefox');
});
