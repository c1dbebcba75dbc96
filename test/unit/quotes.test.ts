import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/core/quotes/quote-spans.ts';
import { buildTextDoc } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';

function article(paragraphs: string[]): Article {
  return { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs };
}

function quotesIn(...paragraphs: string[]) {
  const doc = buildTextDoc(article(paragraphs));
  return { doc, quotes: findQuotes(doc) };
}

describe('findQuotes finds', () => {
  test.each([
    ['curly doubles', '“We can work with our American partners,” Putin said.', ['We can work with our American partners,']],
    ['straight doubles', '"It is over," she said.', ['It is over,']],
    ['British singles', '‘We will not back down,’ Mr Jones said.', ['We will not back down,']],
    ['straight singles', "'We will not back down,' Mr Jones said.", ['We will not back down,']],
    ['guillemets', '« Nous ne céderons pas », a déclaré le ministre.', ['Nous ne céderons pas']],
    ['German marks', '„Wir schaffen das, und wir zeigen es allen“, sagte Merkel am Montag.', ['Wir schaffen das, und wir zeigen es allen']],
    ['nested quote kept inside', '“One ‘sentence’. Two sentences.” he said.', ['One ‘sentence’. Two sentences.']],
    ['interrupted quote as two', '“A great day,” he said, “and a sad one.”', ['A great day,', 'and a sad one.']],
    ['apostrophes inside a British quote', '‘I don’t think the ’80s were better,’ she said.', ['I don’t think the ’80s were better,']],
    ['plural possessive inside a British quote', '‘The players’ union will decide,’ he said.', ['The players’ union will decide,']],
    ['partial quote', 'Trump warned of “severe consequences” if talks fail.', ['severe consequences']],
    ['a quote, not the show title after "on"', '"Hearing the heartbeat was something we never take for granted," the actor said on "DWTS." His wife agreed.', ['Hearing the heartbeat was something we never take for granted,']],
    ['question inside a quote', '“Does anybody know?” Graham asked. “Neither do I.”', ['Does anybody know?', 'Neither do I.']],
    ['a fragment followed by a preposition, not a noun', 'Netanyahu warned against a “bad deal” during his address, he said.', ['bad deal']],
    ['a fragment that ends with its punctuation', 'Trump called it the “end of an era,” as the industry changed.', ['end of an era,']],
    // Issue 15: a straight mark after an opening bracket opens a quote inside the quote; two single marks typed for a
    // closing double one close it.
    ['straight marks nested after a bracket', '"We paid for every employee ("seats") and it ended," said Ramy Houssaini.', ['We paid for every employee ("seats") and it ended,']],
    ['our own: straight marks in brackets twice', '"The fee ("rent") and the tax ("levy") both rose," she said.', ['The fee ("rent") and the tax ("levy") both rose,']],
    ['two single marks closing a double quote', '“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And it is wrong.”', ['It was an attempt to mislead voters,', 'And it is wrong.']],
    ['our own: two straight single marks closing a double quote', '“We will appeal,\'\' the lawyer said.', ['We will appeal,']],
    ['a space lost after a full stop before a straight mark', '"Das hatten wir nie", so der CEO."Die Branche ist ausverkauft."', ['Das hatten wir nie', 'Die Branche ist ausverkauft.']],
    ['our own: the same in English', 'He left early."We are done here," she said.', ['We are done here,']],
    ['a closing mark after a full stop still closes', '"We are done." Then she left.', ['We are done.']],
    // Issue 15: an attribution inside the marks, with none of its own, splits the quote in two.
    ['an unmarked attribution inside guillemets', '« Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue, ancien de l’Anses. Les études doivent être fournies. »', ['Absurde. Ce processus est la norme,', 'Les études doivent être fournies.']],
    ['our own: the same in English', '“We will appeal, said Mary Jones, the lawyer. The ruling is wrong.”', ['We will appeal,', 'The ruling is wrong.']],
    ['our own: a comma and a name that is no attribution', '“We met Tom, Anna Smith and Joe. Then we left.”', ['We met Tom, Anna Smith and Joe. Then we left.']],
    ['a sentence ending in a nested title', '“I’m not,” Mr. Dejesus said as he fixed the leak. “It’s ‘Showtime at the Apollo.’”', ['I’m not,', 'It’s ‘Showtime at the Apollo.’']],
  ])('%s', (_, text, expected) => {
    expect(quotesIn(text).quotes.map((q) => q.text)).toEqual(expected);
  });
});

describe('findQuotes leaves out', () => {
  test.each([
    ['apostrophes only', 'Mr. Jones\' golf clubs were in Mr Jones’ car in the ’80s, and they don’t work.'],
    ['a nickname', 'Dubbed "DisGrace" or "Gucci Grace" for her love of shopping, she rose fast.'],
    ['a title-case name', 'They were held at the "Blue House" compound in Harare.'],
    ['a scare quote with no one speaking', 'The man was buoyed by a string of "wins" on healthcare.'],
    ['hypothetical words', 'A flicker crossed his face as if to say "You think you got me?" before he smiled.'],
    ['a headline teaser', '‘Naive and trusting’ woman gave list to man on dating site, court hears'],
    ['a stray mark', 'He was 5\'11" tall and weighed 80kg at the time of the race in May.'],
    ['a scare quote whose verb of saying is in another clause', 'Neuroscience tells us that most work happens unconsciously, but when does that "a-ha!" moment occur?'],
    ['a scare quote in a clause of its own', 'The pipes are tough to maintain, and the rock salt and “freeze-thaw” cycles of winter make it worse.'],
    ['a term named by "called"', 'To time the decision, the researchers used the technique called "mental chronometry" in the lab.'],
    ['a slogan used as a modifier', 'South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing backlash since Monday.'],
    ['a numbered heading that is all quote', '3. "Not some irregular channel"'],
    ['a title after a colon that the sentence goes on from', 'Now we know when you can get it: "Super Mario Run" will launch on December 15.'],
    ['a book named after its kind', 'In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Rebecca Solnit wrote of purpose.'],
    ['a show named by "called" after a few words', 'He performed an improvised live show called “Ask Dr. Mike” at conventions.'],
    ['a term after "is called"', 'When the substance is feathers in a duvet, HP is called “feather duvet lung.” It is rare.'],
    ['a title that ends its sentence, before a sentence with "Called"', 'Chaos, for sure, and also “Thumper.” Called a game by its creators, it is fun.'],
    ['titles in other languages', 'Lo faranno i produttori de ‘Il Signore degli Anelli’? Chissà.'],
    ['a related-link headline ending on its quote', "Andrew parties in unearthed pics despite claiming 'he avoids PDAs & can't sweat'"],
    ['a one-word answer', 'You are terrified to say “yes.” That is normal.'],
    // Issue 15: a word or two in quotes used as a modifier, or named by "sometimes called" / "considered".
    ['a modifier with a verb of saying elsewhere in the clause', 'The office said the deaths were caused by gunshots and called on the “interim” government to withdraw.'],
    ['a modifier after an adjective', 'She noted too that with its rigorous “active control” design, it provides a good paradigm.'],
    ['a modifier of our own', 'The mayor said the city would open a new “quiet” carriage on the morning trains.'],
    ['a term after "sometimes called"', 'Students had extra math periods, sometimes called “labs” for review and practice work, the report said.'],
    ['a term after "considered"', 'Graduates -- those considered "cracked engineers" who already have thick resumes -- get hired, he said.'],
  ])('%s', (_, text) => {
    expect(quotesIn(text).quotes).toEqual([]);
  });
});

describe('findQuotes keeps offsets and paragraphs', () => {
  test('multi-paragraph quote: one quote a paragraph, each pointing into the text', () => {
    const { doc, quotes } = quotesIn(
      'The 56-year-old said: "I am excited to be joining a club with such a heritage.',
      '"The quality in both the squad and the academy excites me."',
      'He starts on Saturday.',
    );
    expect(quotes.map((q) => [q.paragraph, q.closed])).toEqual([[0, false], [1, true]]);
    for (const q of quotes) expect(doc.text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  test('an unclosed mark never swallows the next paragraph', () => {
    const { quotes } = quotesIn('He said "this is wrong and left.', 'Another paragraph with "a quote" said nobody.');
    expect(quotes.every((q) => q.paragraph === q.paragraph && !q.text.includes('Another'))).toBe(true);
  });

  test.each([
    ['whole quote after a colon', 'She added: “They never stood a chance of saving her.”', false],
    ['whole clause after "he said"', 'Asked about it, he said "every president, every leader has strengths and weaknesses".', false],
    ['fragment in the writer\'s sentence', 'He admitted "politics in this town" meant there were few options.', true],
    ['fragment completing a sentence', 'Children growing up now "will have a different view of race," he said.', true],
    ['whole sentence after "told X,"', 'Morrison told the Intelligence Committee, "I feared at the time how its disclosure would play. My fears have been realized."', false],
    ['fragment with its verb of saying near it', 'Trump warned of “severe consequences” if talks fail.', true],
  ])('partial: %s', (_, text, partial) => {
    expect(quotesIn(text).quotes[0]?.partial).toBe(partial);
  });
});

describe('findQuotes stays linear on hostile input', () => {
  test.each([
    ['10,000 quote marks', '“'.repeat(5000) + '"'.repeat(5000)],
    ['alternating single marks', "'a ".repeat(10000)],
    ['a 20,000-word sentence', `He said “${'word '.repeat(20000)}`],
  // Catastrophic backtracking here runs for minutes; the test's timeout catches it without timing a fast run.
  ])('%s', (_, text) => {
    expect(Array.isArray(quotesIn(text).quotes)).toBe(true);
  }, 10_000);
});

describe('Spanish and Portuguese dialogue dashes', () => {
  const doc = (text: string) => buildTextDoc({ title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'es', url: null, paragraphs: [text] });
  test.each([
    ['—No vamos a subir los impuestos este año —dijo Pedro Sánchez en Madrid.', ['No vamos a subir los impuestos este año']],
    ['—Vamos ganhar esta eleição —disse Lula aos jornalistas.', ['Vamos ganhar esta eleição']],
    // A dash-led aside or list item without a verb of saying is not dialogue.
    ['— Lista de cosas — una, dos y tres.', []],
    ['—El presupuesto —que se votará el martes— es más alto.', []],
  ])('%s', (text, expected) => {
    expect(findQuotes(doc(text)).map((q) => q.text)).toEqual(expected);
  });
});
