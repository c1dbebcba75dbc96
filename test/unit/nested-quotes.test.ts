// Issue 15: a quote inside a quote (‘…’ in “…”, ‹…› in «…», ‚…‘ in „…“) is the inner speaker's words as the outer
// speaker reports them: a quote of its own, partial, with the subject of the verb of saying inside the outer quote.
import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';

function quotes(lang: string, paragraphs: string[]) {
  return digest({ title: 'T', byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs }).quotes
    .map((q) => ({ text: q.text, speaker: q.speaker, partial: q.partial }));
}

describe('a quote inside a quote, reported as someone’s words, is theirs', () => {
  test.each([
    // From a corpus page (zyte-702d1da63b): "I" is the outer speaker; "they" points inside words we do not follow.
    ['en', ['President Donald Trump spoke in Iowa on Monday.', '“And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’ I said, ‘Tell them to buy larger tractors.’” Mr. Trump said.'],
      [['I want more.', 'Donald Trump'], ['The farmers can’t handle it.', null], ['Tell them to buy larger tractors.', 'Donald Trump']]],
    // From a corpus page (zyte-82b6d780c7): a name after "heard", "replied that", and "adding that …, quote,".
    ['en', ['David Holmes, a diplomat, testified on Thursday. Gordon Sondland is the ambassador.', '“I then heard President Trump ask, quote, ‘So he’s going to do the investigation?’” Holmes said. “Ambassador Sondland replied that ‘He’s going to do it,’ adding that President Zelensky will, quote, ‘do anything you ask him to.’”'],
      [['So he’s going to do the investigation?', 'Trump'], ['He’s going to do it,', 'Gordon Sondland'], ['do anything you ask him to.', 'Gordon Sondland']]],
    // Written for this test: a description speaks inside the quote.
    ['en', ['Maria Lopez runs the bakery.', '“My mother always told me, ‘Never sell stale bread,’ and I never have,” Lopez said.'],
      [['Never sell stale bread,', 'My mother']]],
    // Written for this test: German ‚…‘ inside „…“.
    ['de', ['Anna Schmidt ist Bürgermeisterin.', '„Der Minister Klaus Weber sagte mir: ‚Das Geld kommt im Mai.‘ Es kam nie“, sagte Schmidt.'],
      [['Das Geld kommt im Mai.', 'Klaus Weber']]],
    // Written for this test: French ‹…› inside «…».
    ['fr', ['Marie Dubois est maire.', '« Le préfet Jean Martin m’a dit : ‹ Vous aurez les fonds. › Rien n’est venu », a déclaré Marie Dubois.'],
      [['Vous aurez les fonds.', 'Jean Martin']]],
    // Written for this test: "we’re telling" is the outer speaker.
    ['en', ['Callum Reed sells alarms.', '“It is expensive, and what we’re telling our customers is, ‘You get what you pay for.’” Reed said.'],
      [['You get what you pay for.', 'Callum Reed']]],
  ])('%s: %j', (lang, paragraphs, expected) => {
    const inner = quotes(lang, paragraphs).filter((q) => q.partial && expected.some(([t]) => t === q.text));
    expect(inner.map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('a title, a scare quote or imagined words inside a quote stay part of it', () => {
  test.each([
    ['a show title', '“It’s ‘Showtime’ every morning,” Lopez said.'],
    ['a scare quote', '“We overcompensate in the ‘feast’ hours,” Fontana said.'],
    ['generic "you"', '“Typically you ask, ‘Why does it have the shape it has?’ And the answer is evolution,” Levin said.'],
    ['a modal', '“People should be asking the question, ‘Should we spend money on tutoring?’ That is fair,” Kraft said.'],
  ])('%s', (_, paragraph) => {
    expect(quotes('en', [paragraph]).length).toBe(1);
  });
});
