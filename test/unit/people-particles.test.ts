// A name particle (von, de, van…) joins a name only before a name word, not before an acronym, which names a body.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function names(paragraphs: string[], lang: string): string[] {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  const doc: TextDoc = { text, paragraphs: ps, sentences: splitAllSentences(ps), title: '', byline: null, lang };
  return findEntities(doc).people.map((p) => p.name);
}

describe('a particle before an acronym opens no name', () => {
  test.each([
    ['de', ['Konzernchef Robert Machtlinger stellte die Zahlen vor.', 'Das sagte der Konzernchef von FACC am Montag.'], 'von FACC'],
    ['fr', ['Jean Castex a parlé lundi.', 'Le président de SNCF a répondu aux syndicats, a dit Jean Castex.'], 'de SNCF'],
    ['en', ['Maria Gonzalez spoke on Monday.', 'She later joined the board of the Dutch bank van ING, Maria Gonzalez said.'], 'van ING'],
  ])('%s: %s', (lang, paragraphs, notPerson) => {
    expect(names(paragraphs, lang)).not.toContain(notPerson);
  });

  test.each([
    ['en', ['Ursula von der Leyen said the plan would pass.'], 'Ursula von der Leyen'],
    ['fr', ['Le général Charles de Gaulle a parlé à Londres.'], 'Charles de Gaulle'],
    ['de', ['Das sagte Karl-Theodor zu Guttenberg am Montag.'], 'Karl-Theodor zu Guttenberg'],
  ])('%s: a particle before a name word still joins: %s', (lang, paragraphs, person) => {
    expect(names(paragraphs, lang)).toContain(person);
  });
});
