import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { buildTextDoc, digest } from '../../src/core/digest.ts';
import { findEntities } from '../../src/core/people/people.ts';
import { introducePeople } from '../../src/core/summary/introduce-people.ts';

function doc(paragraphs: string[]) {
  const article: Article = { title: '', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs };
  return buildTextDoc(article);
}

// Each article names the person in full first, then by one name; the last sentence is the one the summary takes.
describe('introducePeople spells out a person the summary meets by one name', () => {
  test.each([
    [['Researchers at the University of Chicago, led by Monica Bhatt, reviewed the tutoring programs.', 'Bhatt said the results were sobering.', '“The problem is the logistics of getting it delivered,” said Bhatt.'],
      '“The problem is the logistics of getting it delivered,” said Monica Bhatt.'],
    [['The biologist Michael Levin studies planarian worms at Tufts University.', 'Levin has spent years on the question.', '“All intelligence is really collective intelligence,” Levin says.'],
      '“All intelligence is really collective intelligence,” Michael Levin says.'],
    [['Josh Bongard, a roboticist at the University of Vermont, builds machines.', 'Bongard has built many robots.', 'In 2020 Bongard’s AI discovered how to make robots walk.'],
      'In 2020 Josh Bongard’s AI discovered how to make robots walk.'],
  ])('%#', (paragraphs, expected) => {
    const d = doc(paragraphs);
    const entities = findEntities(d);
    const last = d.sentences[d.sentences.length - 1]!;
    expect(introducePeople(d, last, entities.people, '', 10)).toBe(expected);
  });

  test('a person the summary already named in full keeps the short name', () => {
    const d = doc(['Researchers led by Monica Bhatt reviewed the tutoring programs.', 'Bhatt said the results were sobering.', '“The problem is the logistics,” said Bhatt.']);
    const last = d.sentences[d.sentences.length - 1]!;
    expect(introducePeople(d, last, findEntities(d).people, 'Researchers led by Monica Bhatt reviewed the tutoring programs.', 10)).toBe('“The problem is the logistics,” said Bhatt.');
  });

  test('no words are added past the budget', () => {
    const d = doc(['Researchers led by Monica Bhatt reviewed the tutoring programs.', 'Bhatt said the results were sobering.', '“The problem is the logistics,” said Bhatt.']);
    const last = d.sentences[d.sentences.length - 1]!;
    expect(introducePeople(d, last, findEntities(d).people, '', 0)).toBe('“The problem is the logistics,” said Bhatt.');
  });
});

describe('the summary introduces the people it names', () => {
  test('a quote taken for its speaker names the speaker in full', () => {
    const article: Article = { title: 'Tutoring results sobering, Bhatt says', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs: [
      'Tutoring was supposed to help American students recover the learning they lost during the pandemic years.',
      'Schools spent billions of dollars on programs that paired students with tutors several times a week.',
      'A new analysis from the University of Chicago found that the gains were far smaller than hoped.',
      'Monica Bhatt led the study.',
      'Bhatt and her colleagues looked at results from dozens of districts across the country over three school years.',
      'Many students met their tutors less often than planned, and some programs were cut short when funding ran out.',
      '“The problem is the logistics of getting it delivered,” said Bhatt, who has studied tutoring for a decade.',
    ] };
    const summary = digest(article, { summaryLength: 'medium', keyQuotes: 4 }).summary;
    expect(summary).toMatch(/Bhatt/);
    expect(summary.indexOf('Monica Bhatt')).toBeGreaterThanOrEqual(0);
    expect(summary.indexOf('Monica Bhatt')).toBeLessThanOrEqual(summary.indexOf('Bhatt'));
  });
});

describe('introducePeople and name particles', () => {
  test('a surname printed with its particle gets the full name once, with the particle', () => {
    const d = doc(['The philosopher Luis de Miranda weaves a history of neon through the twentieth century.', 'Nonetheless, de Miranda makes a convincing case for neon as a symbol of modern ambitions.']);
    const last = d.sentences[d.sentences.length - 1]!;
    expect(introducePeople(d, last, findEntities(d).people, '', 10)).toBe('Nonetheless, Luis de Miranda makes a convincing case for neon as a symbol of modern ambitions.');
  });
});

describe('introducePeople with mentions the recogniser cut short or missed', () => {
  test.each([
    [['The therapist Joy Harden Bradford founded a mental health platform for Black women.', '“Anxiety is common,” said Harden Bradford, who hosts a podcast.', '“Medication and meditation are not rivals,” Harden Bradford cautions.'],
      '“Medication and meditation are not rivals,” Joy Harden Bradford cautions.'],
  ])('%#', (paragraphs, expected) => {
    const d = doc(paragraphs);
    const last = d.sentences[d.sentences.length - 1]!;
    expect(introducePeople(d, last, findEntities(d).people, '', 10)).toBe(expected);
  });

  test.each([
    [['The explorer Abel Tasman reached the islands in 1642.', 'Tasman named them after a Dutch province.', 'The country lies east of Australia across the Tasman Sea.']],
    [['Kate Henshaw won an acting award in 2008.', 'Henshaw shared new photos on Instagram.', 'The photos show Nigerian actress, Kate Henshaw, looking stunning.']],
  ])('%# stays as printed', (paragraphs) => {
    const d = doc(paragraphs);
    const last = d.sentences[d.sentences.length - 1]!;
    expect(introducePeople(d, last, findEntities(d).people, '', 10)).toBe(last.text);
  });
});

test('a surname the recogniser took for the person elsewhere but missed here is spelled out too', () => {
  const d = doc(['The prodigy Hannah Cairo, 17, disproved a famous conjecture in harmonic analysis.', 'Cairo said the proof came slowly.', 'Cairo grew up in the Bahamas, where she was homeschooled.']);
  // As on the real page: the full name and the second sentence's surname are mentions, the third sentence's is not.
  const full = d.text.indexOf('Hannah Cairo');
  const bare = d.text.indexOf('Cairo said');
  const cairo = { name: 'Hannah Cairo', aliases: ['Cairo'], role: null, gender: 'female' as const, mentions: [{ start: full, end: full + 12 }, { start: bare, end: bare + 5 }] };
  const last = d.sentences[d.sentences.length - 1]!;
  expect(introducePeople(d, last, [cairo], '', 10)).toBe('Hannah Cairo grew up in the Bahamas, where she was homeschooled.');
  // Not inside another name.
  const sea = doc(['The explorer Abel Tasman reached the islands in 1642.', 'Tasman named them after a Dutch province.', 'The country lies across the Tasman Sea from Australia.']);
  const tasman = { name: 'Abel Tasman', aliases: ['Tasman'], role: null, gender: 'male' as const, mentions: [{ start: sea.text.indexOf('Abel Tasman'), end: sea.text.indexOf('Abel Tasman') + 11 }, { start: sea.text.indexOf('Tasman named'), end: sea.text.indexOf('Tasman named') + 6 }] };
  const lastSea = sea.sentences[sea.sentences.length - 1]!;
  expect(introducePeople(sea, lastSea, [tasman], '', 10)).toBe(lastSea.text);
});

test('a two-word mention is not lengthened by a title', () => {
  const d = doc(['The Senate mourned Hon. Funke Adedoyin on Tuesday.', 'Lawmakers recalled the late member , Funke Adedoyin, in a motion.']);
  const adedoyin = { name: 'Hon. Funke Adedoyin', aliases: ['Adedoyin'], role: null, gender: null, mentions: [{ start: d.text.indexOf('Hon. Funke'), end: d.text.indexOf('Hon. Funke') + 19 }, { start: d.text.indexOf('Funke Adedoyin,'), end: d.text.indexOf('Funke Adedoyin,') + 14 }] };
  const last = d.sentences[d.sentences.length - 1]!;
  expect(introducePeople(d, last, [adedoyin], '', 10)).toBe(last.text);
});
