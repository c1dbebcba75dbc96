// Issue 15: speaker shapes found on unseen news — an attribution the writer's clause runs on to, and a plural of
// people qualified by capitalised words that are no one's name.
import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';

function speakers(...paragraphs: string[]) {
  return digest({ title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs }).quotes
    .map((q) => [q.text, q.speaker]);
}

describe('a fragment whose sentence ends on an inverted attribution ("…, says Fontana.")', () => {
  test.each([
    ['Luigi Fontana studies fasting.', 'Still, if fasting leads to “chronic under-fueling, sleep disruption,” in either sex, it should be modified, says Fontana.', 'Luigi Fontana'],
    ['Nenad Medvidovic teaches at USC.', 'A team of “two skilled engineers and one or two good students” in a few months could do it, said Medvidovic.', 'Nenad Medvidovic'],
    // Written for this test.
    ['Maria Okafor runs the clinic.', 'If the clinic loses “every second nurse we trained,” in a year it will close, warned Okafor.', 'Maria Okafor'],
  ])('%s', (intro, sentence, speaker) => {
    expect(speakers(intro, sentence).at(-1)![1]).toBe(speaker);
  });
});

describe('capitalised words before a plural of people make a description', () => {
  test.each([
    ['Aviation analysts called it the "end of an era," as the industry changed.', 'Aviation analysts'],
    ['Industry analysts called it the "end of an era," as the industry changed.', 'Industry analysts'],
    // Written for this test.
    ['Harbour residents called the plan "a betrayal of the town," as the vote neared.', 'Harbour residents'],
  ])('%s', (sentence, speaker) => {
    expect(speakers('Emirates is the largest buyer of the A380.', sentence).at(-1)![1]).toBe(speaker);
  });
});
