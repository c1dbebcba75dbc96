import { describe } from 'vitest';
import { haveBrowser } from './finish-harness.ts';
import { finishSuite } from './finish-suite.ts';

describe.runIf(haveBrowser('chromium'))('issue 7 in Chromium', () => {
  finishSuite('chromium');
});
