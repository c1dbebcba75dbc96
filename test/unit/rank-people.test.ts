// Central people (issue 14): the people of the story's first paragraphs rank above people quoted further down.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function doc(paragraphs: string[], title = ''): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title, byline: null, lang: 'en', text, paragraphs: ps, sentences: splitAllSentences(ps) };
}
const filler = 'The talks went on through the night and into the following morning without any break at all.';

describe('the lede’s people rank first', () => {
  test.each([
    [['American Kevin King and Australian Timothy Weeks, both professors in Kabul, were handed over to US forces on Tuesday.',
      filler, filler, 'A Taliban statement named Anas Haqqani among the prisoners. Haqqani was freed. Haqqani flew out.', 'Mike Pompeo welcomed the release.', 'Haqqani spoke to reporters.'],
      'Kevin King'],
    [['View author archive', 'Two prison officers were charged on Tuesday with falsifying records, prosecutors said in a filing today.',
      'Prosecutors alleged that officer Tova Noel slept for two hours when they should have been on watch.',
      filler, filler, 'Senator Ben Sasse said it was a disgrace. Sasse called for action.'], 'Tova Noel'],
    [['Maria Ortiz, a nurse from Leeds, won the regional prize on Friday for her work with patients in the city.',
      filler, filler, 'Judge Alan Pryce handed it over. Pryce spoke. Pryce left early. Pryce came back.'], 'Maria Ortiz'],
  ])('%#: %s', (paragraphs, name) => {
    const top = findEntities(doc(paragraphs)).people.slice(0, 1).map((p) => p.name);
    expect(top).toContain(name);
  });
});
