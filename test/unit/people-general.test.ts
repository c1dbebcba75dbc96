// Rules that carry to pages without labels: particles inside names, labels before a name, "the" before a phrase,
// subheadings in capitals, German nouns, French roles. Sentences are shaped like the corpus's, names made up.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function doc(paragraphs: string[], lang = 'en'): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang, text, paragraphs: ps, sentences: splitAllSentences(ps) };
}
const entities = (paragraphs: string[], lang = 'en') => findEntities(doc(paragraphs, lang));
const names = (paragraphs: string[], lang = 'en') => entities(paragraphs, lang).people.map((p) => p.name);

describe('finds people whose names hold particles or compound given names', () => {
  test.each([
    ['Kukushkin had beaten Botic van de Zanschulp 6-2, 6-2 in the opener.', 'Botic van de Zanschulp'],
    ['Australia won behind Alex de Minaur’s 6-4, 6-3 victory.', 'Alex de Minaur'],
    ['Two days later, French duo Pierre-Hugues Herbert and Nicolas Mahut won.', 'Pierre-Hugues Herbert'],
    ['A gauche, on trouve Christian Paul, qui avait été très actif.', 'Christian Paul'],
  ])('%s', (sentence, name) => {
    expect(names([sentence])).toContain(name);
  });

  test('"Mayor Bill de Blasio" is Bill de Blasio with the title Mayor', () => {
    const person = entities(['The plan was backed by Mayor Bill de Blasio on Monday.']).people.find((p) => p.name === 'Bill de Blasio');
    expect(person?.role).toBe('Mayor');
  });
});

describe('splits a label before a given name and surname into the role', () => {
  test.each([
    ['Browns DL Sheldon Richardson decided to weigh in on Monday.', 'Sheldon Richardson', 'Browns DL'],
    ['CBS Sports NFL Insider Jason La Canfora has reported that the league will act.', 'Jason La Canfora', 'CBS Sports NFL Insider'],
    ['Disney Chief Executive Bob Iger said the launch went well.', 'Bob Iger', 'Disney Chief Executive'],
    ['He said U.S. Ambassador to the European Union Gordon Sondland formed the channel.', 'Gordon Sondland', 'U.S. Ambassador to the European Union'],
  ])('%s', (sentence, name, role) => {
    expect(entities([sentence]).people.find((p) => p.name === name)?.role).toBe(role);
  });

  test('keeps a second given name ("Carrie Ann Inaba") and a service name ("CBS All Access") whole', () => {
    const found = names(['Judge Carrie Ann Inaba praised him, and CBS All Access streamed the show.']);
    expect(found).toContain('Carrie Ann Inaba');
    expect(found.some((n) => n.includes('Access'))).toBe(false);
  });
});

describe('a given name that is also a country names a person who speaks or acts', () => {
  test.each([
    ['McAleenan resigned and Chad Wolf has been named acting secretary.', 'Chad Wolf'],
    ['“They did great work for us,” said Jordan Anthony, certified nutritionist, Ahara.', 'Jordan Anthony'],
    ['Georgia Pell said the vote was close.', 'Georgia Pell'],
  ])('%s', (sentence, name) => {
    expect(names([sentence])).toContain(name);
  });
  test.each([
    ['Exports from Chad rose, and Chad Basin farmers gained.', 'Chad Basin'],
    ['The flight landed in Jordan Valley on Monday.', 'Jordan Valley'],
    ['They sailed past Georgia Strait yesterday.', 'Georgia Strait'],
  ])('%s', (sentence, name) => {
    expect(names([sentence])).not.toContain(name);
  });
});

describe('does not list venues, events, titles and subheadings as people', () => {
  test.each([
    ['It took eight hours at the "Caja Magica" centre court.', 'Caja Magica'],
    ['Brian Batko of the Pittsburgh Post-Gazette reported the remark.', 'Pittsburgh Post-Gazette'],
    ['Spain won 2-1 in the inaugural Davis Cup Finals on Tuesday.', 'Davis Cup Finals'],
    ['Darren Tipton, CEO of Paris Baguette North America, said stores would open.', 'Paris Baguette North America'],
    ['It ended NIU’s hopes in the Mid-American Conference West Division this season.', 'West Division'],
    ['The cargo ship Progress MS-04 broke up over Siberia on Thursday.', 'Progress MS-04'],
  ])('%s', (sentence, notAPerson) => {
    expect(names([sentence])).not.toContain(notAPerson);
  });

  test('a two-word heading in capitals is neither a person nor an organisation', () => {
    const { people, organizations } = entities(['Opelka lost in two sets, Opelka said.', 'US FALLS', 'Reilly Opelka served well.']);
    expect([...people, ...organizations].map((e) => e.name)).not.toContain('US FALLS');
  });
});

describe('reads German and French articles', () => {
  test('German nouns joined by "von" or "der" are not people; a title and a given name are', () => {
    const text = ['Die Herstellung von Interoperabilität ist schwer, und der Nutzen von Daten ist groß. Das ist nicht neu.',
      'Bundeskanzlerin Angela Merkel sagte, die Akte sei ein Erfolg und werde auch von den Ärzten genutzt.'];
    const people = entities(text, 'de').people;
    expect(people.map((p) => [p.name, p.role])).toEqual([['Angela Merkel', 'Bundeskanzlerin']]);
  });

  test('a German text declared as English is still read as German', () => {
    const text = ['Die Herstellung von Interoperabilität ist schwer, und der Nutzen von Daten ist groß. Das ist nicht neu, es wird sich auch mit dem Gesetz nicht ändern, und die Kliniken sind mit einer Lösung auf dem Weg.'];
    expect(names(text, 'en')).toEqual([]);
  });

  test.each([
    ["Pouria Amirshahi, député socialiste des Français de l'étranger qui a voté contre, a annoncé un recours.", 'Pouria Amirshahi', "député socialiste des Français de l'étranger"],
    ["On y trouve l'écologiste Sergio Coronado, mais aussi d'autres élus.", 'Sergio Coronado', 'écologiste'],
    ['La ministre de la justice, Christiane Taubira, était défavorable.', 'Christiane Taubira', 'ministre de la justice'],
  ])('%s', (sentence, name, role) => {
    expect(entities([sentence], 'fr').people.find((p) => p.name === name)?.role).toBe(role);
  });

  test('an elided article at a sentence start opens no name ("L’avis de la CNCTR")', () => {
    expect(names(["L’avis de la CNCTR sera consultatif, a dit le ministre."], 'fr')).toEqual([]);
  });
});

describe('takes roles from the right clause', () => {
  test.each([
    ['The industry’s upstarts - Amazon founder Jeff Bezos and others - will bid.', 'Jeff Bezos', 'Amazon founder'],
    ['It was translated by Michael Wells, the philosopher Luis de Miranda said.', 'Michael Wells', null],
    ['Or ask the L.A.-based master neon artist Lisa Schulte about it.', 'Lisa Schulte', 'L.A.-based master neon artist'],
  ])('%s', (sentence, name, role) => {
    expect(entities([sentence]).people.find((p) => p.name === name)?.role ?? null).toBe(role);
  });
});

describe('a surname used alone that speaks and is "he" or "she" is a person; a firm that is "it" is not', () => {
  test.each([
    [['Pipers was introduced to high mountains early: he made his first trip at nine.', '“I like that,” Pipers said. Pipers began climbing when he was 12.'], 'Pipers', true],
    [['Okafor joined in May, and he has not looked back.', '“It was easy,” Okafor said. Okafor thinks he will stay.'], 'Okafor', true],
    [['Zentrix said it would sell the plant. Zentrix said it was sad.', 'Zentrix has said its staff would move.'], 'Zentrix', false],
    [['Hicks served in the Navy before she married. Her husband is in the Navy, said her friend, and she is proud.'], 'Navy', false],
  ])('%j → %s: %s', (paragraphs, name, found) => {
    expect(names(paragraphs).includes(name)).toBe(found);
  });
});
