import { describe, expect, test } from 'vitest';
import { wholeWordStarts } from '../../src/core/text/word-starts.ts';

// The scan the attribution pass ran before the index: each find, then a letter check on either side.
function scanned(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (/[\p{L}]/u.test(text[i - 1] ?? ' ') || /[\p{L}]/u.test(text[i + word.length] ?? ' ')) continue;
    out.push(i);
  }
  return out;
}

describe('wholeWordStarts', () => {
  test.each([
    ['Ann met Anna and Ann.', 'Ann'],
    ['Smith said. "Smith?" asked Blacksmith, Smiths and Smith-Jones.', 'Smith'],
    ['O’Brien and O\'Brien met O’Briens.', 'O’Brien'],
    ['Jean-Paul Sartre and Paul.', 'Paul'],
    ['Jean-Paul Sartre and Jean-Paul.', 'Jean-Paul'],
    ['Müller, Müllerin und Müller.', 'Müller'],
    ['Ab-Ab-Ab', 'Ab-Ab'],
    ['Fox 5 and Fox5 and 5Fox', 'Fox'],
    ['𝐀Lee met Lee', 'Lee'],
    ['Lee met 𝐀 Lee𝐀', 'Lee'],
    ['no one here', 'Zed'],
    ['Li Li Li', 'Li'],
  ])('%j, %j as a scan finds it', (text, word) => {
    expect(wholeWordStarts(text, word)).toEqual(scanned(text, word));
  });
  test('a second text gets its own index', () => {
    expect(wholeWordStarts('Lee and Lee', 'Lee')).toEqual([0, 8]);
    expect(wholeWordStarts('Mr Lee', 'Lee')).toEqual([3]);
  });
});
