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

describe('German "der" is an article, and "von" after a full name says where the person is from', () => {
  test.each([
    ['de', ['Die Liste wird länger, sagte Gaby Allendorf, die als Sprecherin der Initiative fungiert.'], 'der Initiative', 'Gaby Allendorf'],
    ['de', ['Tobias Lindner, sicherheitspolitischer Sprecher der Grünen im Bundestag, nennt den Vorfall ernst.'], 'der Grünen', 'Tobias Lindner'],
    ['de', ['Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „Wir haben Löcher gefunden.“', '„Die Tiere leiden“, sagte Bröckling.'], 'Stefan Bröckling von der Tiernothilfe', 'Stefan Bröckling'],
    ['de', ['Je nach Art der Information müssten die Kunden informiert werden, sagte Peter Schmidt.'], 'Art der Information', 'Peter Schmidt'],
    ['de', ['Das sagte Thomas Müller von der Gewerkschaft Verdi am Montag in Berlin.'], 'Thomas Müller von der Gewerkschaft Verdi', 'Thomas Müller'],
  ])('%s: %s', (lang, paragraphs, notPerson, person) => {
    const found = names(paragraphs, lang);
    expect(found).not.toContain(notPerson);
    expect(found).toContain(person);
  });

  test.each([
    ['de', ['Kommissionschefin Ursula von der Leyen sagte am Montag, der Plan komme.'], 'Ursula von der Leyen'],
    ['de', ['Bundespräsident Alexander Van der Bellen hat das Gesetz unterschrieben.'], 'Alexander Van der Bellen'],
    ['de', ['Das schrieb Johann Wolfgang von Goethe im Jahr 1790.'], 'Johann Wolfgang von Goethe'],
    ['en', ['Fritz Eckart von Weizsäcker, a doctor, was stabbed during a lecture in Berlin.'], 'Fritz Eckart von Weizsäcker'],
    ['en', ['Dutch striker Rafael van der Vaart scored twice, said coach Mark Smith.'], 'Rafael van der Vaart'],
  ])('%s: a particle chain inside a name still joins: %s', (lang, paragraphs, person) => {
    expect(names(paragraphs, lang)).toContain(person);
  });
});

describe('a German given name vouches for a person named once', () => {
  test.each([
    ['de', ['„Da hätte sofort reagiert werden müssen“, erklärte Nadja Michler von „Peta“.'], 'Nadja Michler'],
    ['de', ['Trotz eines Gespräches zwischen AfD-Mitbegründer Bernd Lucke und der Studierendenvertretung bleiben die Fronten verhärtet.'], 'Bernd Lucke'],
    ['de', ['Die Regeln seien klar, sagte Detlef Brunnhuber am Montag in Kassel.'], 'Detlef Brunnhuber'],
  ])('%s: %s', (lang, paragraphs, person) => {
    expect(names(paragraphs, lang)).toContain(person);
  });

  test.each([
    ['de', ['Der Konzern ist in der Art der Information sehr zurückhaltend, sagte Detlef Brunnhuber.'], 'Art'],
    ['en', ['The German chancellor spoke on Monday, said Bernd Lucke.'], 'German'],
  ])('%s: a common word stays one: %s', (lang, paragraphs, notPerson) => {
    expect(names(paragraphs, lang).some((n) => n.split(' ').includes(notPerson))).toBe(false);
  });
});
