// isImpersonalAfter looks at a word or two before its long patterns (issue 17): the looks must never turn a match away.
import { describe, expect, test } from 'vitest';
import { isImpersonalAfter } from '../../src/core/quotes/impersonal-sources.ts';

describe('isImpersonalAfter', () => {
  test.each([
    ['“, heißt es. Die Stadt', true],
    ['“, hieß es in der Mitteilung.', true],
    ['”, WURDE in der Mitteilung betont.', true],
    ['», selon le communiqué.', true],
    ['», según el comunicado.', true],
    ['”, the statement said.', true],
    ['”, diz a nota.', true],
    ['”, laut der Erklärung.', true],
    ['“, sagte er.', false],
    ['”, he said on Monday.', false],
    ['”, the release date was set.', false],
  ])('%s → %s', (after, impersonal) => {
    expect(isImpersonalAfter(after)).toBe(impersonal);
  });
});
