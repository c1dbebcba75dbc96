// What a careful reader would not list as a person, found reading unlabelled news pages: titles left after a title,
// modifiers, headings in capitals, abstract nouns, places and firms named after people. Names are made up.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text.ts';
import { splitAllSentences } from '../../src/core/sentences.ts';

function doc(paragraphs: string[]): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang: 'en', text, paragraphs: ps, sentences: splitAllSentences(ps) };
}
const people = (paragraphs: string[]) => findEntities(doc(paragraphs)).people;
const names = (paragraphs: string[]) => people(paragraphs).map((p) => p.name);

describe('lists no title, letter, modifier or heading as a person', () => {
  test.each([
    [['Ramo Hessaini, Chief Cyber Solutions Officer at Cloudflex, said boards are changing.'], 'Cyber Solutions Officer'],
    [['According to Stravo, 65% of Gen Z users said fitness is a priority.'], 'Z'],
    [['Taylor Swift-themed fitness classes alone secured a big share of bookings.'], 'Taylor Swift-themed'],
    [['THE VENEZUELAN INSTITUTE for Culture has begun enrolment for classes.', 'Classes start on Monday.'], 'VENEZUELAN INSTITUTE'],
    [['Police held a walk on Wednesday, as part of its annual Crime Prevention …', 'News'], 'Crime Prevention'],
    [['The program includes 50 Best Signature Sessions, dinners pairing chefs.'], 'Signature Sessions'],
    [['Set against Abu Dhabi’s evolving dining scene, the program will end in an awards night.'], 'Abu Dhabi'],
    [['Muhammad Shahab, a resident of Palpur village under Godagari Upazila, said so.'], 'Godagari Upazila'],
    [['He spoke of cooperation in Saint Vincent and the Grenadines.'], 'Vincent'],
    [['“The best events feel intentional,” says Bette Halmstetter, founder of Bette Halmstetter Events.'], 'Bette Halmstetter Events'],
  ])('%j', (paragraphs, notAPerson) => {
    expect(names(paragraphs)).not.toContain(notAPerson);
  });

  test('the person behind a firm named after her keeps her role', () => {
    const found = people(['“The best events feel intentional,” says Bette Halmstetter, founder of Bette Halmstetter Events.']);
    expect(found.find((p) => p.name === 'Bette Halmstetter')?.role).toBe('founder of Bette Halmstetter Events');
  });
});
