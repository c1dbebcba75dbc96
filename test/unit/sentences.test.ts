import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/text/sentences.ts';
import { sentenceStartBefore, sentenceEndAfter } from '../../src/core/quotes/quote-spans.ts';

const split = (text: string) => splitSentences({ index: 0, text, start: 0, end: text.length }, 0).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    ['a quote stays whole with its nested quote', '“One ‘sentence’. Two sentences.” He left.', ['“One ‘sentence’. Two sentences.”', 'He left.']],
    ['an abbreviation and a possessive apostrophe', "Mr. Jones' golf clubs. They were new.", ["Mr. Jones' golf clubs.", 'They were new.']],
    ['a decade apostrophe', 'In the ’80s he sang. Then he stopped.', ['In the ’80s he sang.', 'Then he stopped.']],
    ['initials and U.S.', 'He met J. D. Vance in the U.S. on Monday. They talked.', ['He met J. D. Vance in the U.S. on Monday.', 'They talked.']],
    ['straight quotes', '"It is over," she said. "Go home."', ['"It is over," she said.', '"Go home."']],
    ['a closing mark printed as two single marks', '“It was a trick,’’ Will Moy told the BBC. “It misleads.”', ['“It was a trick,’’ Will Moy told the BBC.', '“It misleads.”']],
    ['a model name with a dot, in capitals', 'The VW ID. SPACE VIZZION is the seventh EV. It is long.', ['The VW ID. SPACE VIZZION is the seventh EV.', 'It is long.']],
    ['an acronym ending a sentence', 'He joined the EU. NATO said nothing.', ['He joined the EU.', 'NATO said nothing.']],
    // German quotations close with “ (issue 16); a day of the month is an ordinal with a dot.
    ['a German quotation closed with “', '„Der Klimawandel schafft Not“, sagt Christian Reuter. Nach Angaben der IFRC starben 17.000 Menschen.', ['„Der Klimawandel schafft Not“, sagt Christian Reuter.', 'Nach Angaben der IFRC starben 17.000 Menschen.']],
    ['two German quotations', 'Er sagte: „Wir bleiben.“ Sie sagte: „Wir gehen.“ Dann ging sie.', ['Er sagte: „Wir bleiben.“', 'Sie sagte: „Wir gehen.“', 'Dann ging sie.']],
    ['an English quote inside a German one stays whole', '„Er rief “Halt!” und lief.“ Danach war es still.', ['„Er rief “Halt!” und lief.“', 'Danach war es still.']],
    ['a German date', 'Die Konferenz beginnt am 31. Oktober in Glasgow. Das DRK ruft zur Hilfe auf.', ['Die Konferenz beginnt am 31. Oktober in Glasgow.', 'Das DRK ruft zur Hilfe auf.']],
    ['a number ending a sentence before a month-like name', 'The score was 3. August Smith scored twice.', ['The score was 3.', 'August Smith scored twice.']],
    ['a German date in a month spelled as in English', 'Das Urteil fällt am 3. August in Berlin. Die Anwälte schweigen.', ['Das Urteil fällt am 3. August in Berlin.', 'Die Anwälte schweigen.']],
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  // A quadratic split of 20,000 dots runs for minutes; the test's timeout catches that without timing a fast run.
  test('a run of 20,000 dots with no space between ends as one sentence', () => {
    expect(split('a.'.repeat(20000))).toEqual(['a.'.repeat(20000)]);
  }, 10_000);
});

describe('sentence bounds around a quote', () => {
  test.each([
    ['after a closing mark', 'The tweet reads, “Hi.” Emery retweeted it, saying, “Wow.”', 'Emery'],
    ['after an abbreviation', 'Mr. Obama said it was “distressing”.', 'Mr.'],
    ['after a full stop', 'He left. Then she said “bye”.', 'Then'],
  ])('%s', (_, text, firstWord) => {
    const quote = text.lastIndexOf('“');
    expect(text.slice(sentenceStartBefore(text, quote, 0)).split(' ')[0]).toBe(firstWord);
    expect(sentenceEndAfter(text, quote, text.length)).toBe(text.length);
  });
});

describe('splitSentences in Chinese and Japanese', () => {
  test.each([
    ['full-width marks end sentences without a space', '宇航员在太空中喝酒会怎么样？后果很严重。这让人感到巨大压力。', ['宇航员在太空中喝酒会怎么样？', '后果很严重。', '这让人感到巨大压力。']],
    ['a quotation keeps its attribution', '他说：“我们会赢。”然后离开了。后来他回来了。', ['他说：“我们会赢。”然后离开了。', '后来他回来了。']],
    ['a Japanese quotation keeps its attribution', '「これは問題だ。」と彼は言った。本当です。', ['「これは問題だ。」と彼は言った。', '本当です。']],
    ['marks run together', '商品の改造が商標法違反に！？本当です。', ['商品の改造が商標法違反に！？', '本当です。']],
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
