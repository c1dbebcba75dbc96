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

describe('a person the story keeps calling "he" or "she" ranks by those sentences too', () => {
  test.each([
    [['Homestead gardening is booming in the region, driven by demand for nutritious and chemical-free food this year.',
      'Ali Hossain, a farmer of Baroipara village, grew gourds. Atanu Sarker, an officer, praised him. Sarker said so.',
      'Similarly, Shaheda Begum of Ishwaripur village described the initiative as very helpful for her family.',
      'She said she learned about seed exchange. She added that her vegetables are chemical-free.',
      'Recalling her past hardships, she said she struggled. Currently, she meets her family’s needs.'], 'Shaheda Begum', 'Ali Hossain'],
    [['The club announced its new season plans on Monday, with tickets going on sale at the end of the month for fans.',
      'Tom Reed met Alan Pryce at the ground. Pryce said it was fine. Pryce left.',
      'Later, Jane Holt spoke to the board. She said the plans were ready. She added that the price would rise.',
      'She thanked the fans. She left at noon.'], 'Jane Holt', 'Tom Reed'],
    [['A storm closed the harbour on Friday and fishing boats stayed in port until the weather cleared late on Sunday.',
      'Mark Dale, a skipper, said the sea was rough. He said he had never seen it so bad. He stayed home.',
      'Eva Lind, the harbour master, agreed. Lind said so.'], 'Mark Dale', 'Eva Lind'],
  ])('%#: the story’s subject above one named more often', (paragraphs, above, below) => {
    const names = findEntities(doc(paragraphs)).people.map((p) => p.name);
    expect(names.indexOf(above)).toBeGreaterThanOrEqual(0);
    expect(names.indexOf(above)).toBeLessThan(names.indexOf(below));
  });
});
