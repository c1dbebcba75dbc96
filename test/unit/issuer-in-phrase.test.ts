// issuerInPhrase looks at the phrase's article before its long pattern (issue 17): the look must never turn a
// document with its issuer away, whatever the article's case or language.
import { describe, expect, test } from 'vitest';
import { issuerInPhrase } from '../../src/core/quotes/document-issuers.ts';

describe('issuerInPhrase', () => {
  test.each([
    ['according to a June report by the University of Chicago Education Lab and MDRC, a research group', 13, 'University of Chicago Education Lab and MDRC'],
    ['The statement from Meta said', 0, 'Meta'],
    ['diz o comunicado do STF.', 4, 'STF'],
    ['einer Mitteilung der Deutschen Bahn zufolge', 0, 'Deutschen Bahn'],
    ['a statement by Acme Water', 0, 'Acme Water'],
    ['Acme Water said in a statement', 0, null],
    ['the spokesman for the ministry', 0, null],
  ])('%s (at %i) → %s', (text, at, issuer) => {
    expect(issuerInPhrase(text, at)).toBe(issuer);
  });
});
