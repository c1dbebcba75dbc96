import { describe } from 'vitest';
import { haveBrowser } from './finish-harness.ts';
import { finishSuite } from './finish-suite.ts';

describe.runIf(haveBrowser('firefox'))('issue 7 in Firefox ESR', () => {
  finishSuite('firefox');
});
