// What a careful reader would not list as a person, found reading unlabelled news pages: titles left after a title,
// modifiers, headings in capitals, abstract nouns, places and firms named after people. Names are made up.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

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

describe('keeps names that look like modifiers or titles but are names', () => {
  test.each([
    [['Taiwan’s incumbent president, Tsai Ing-wen, said the island would not yield.'], 'Tsai Ing-wen'],
    [['North Korea’s leader, Kim Jong-un, watched the launch on Friday.'], 'Kim Jong-un'],
  ])('%j', (paragraphs, name) => {
    expect(names(paragraphs)).toContain(name);
  });
});

describe('a product named again and again by its first word alone is no person', () => {
  test.each([
    [['Stadia Offer buyers got a controller.', 'Stadia launched on Tuesday in 14 countries.', 'Reviewers found that Stadia lags.'], 'Stadia Offer'],
  ])('%j', (paragraphs, notAPerson) => {
    expect(names(paragraphs)).not.toContain(notAPerson);
  });

  test('a surname alone still is ("Takagi")', () => {
    expect(names(['The race was won by Takuya Takagi on Sunday.', 'Takagi took the lead early.'])).toContain('Takuya Takagi');
  });
});

describe('takes the role as the article describes the person, not the words around it', () => {
  test.each([
    ['Last week State Department official Dana Holmer revealed one of those interactions.', 'Dana Holmer', 'State Department official'],
    ['At that time Noble’s owner, Joel Hannick, who also happens to be her husband, said so.', 'Joel Hannick', 'Noble’s owner'],
    ['The efforts to get Ukraine to investigate political rival Jon Bidell drew scrutiny.', 'Jon Bidell', 'political rival'],
    ['Among the issues is whether WeWork’s founder and former CEO, Adam Nauman, indulged in self-dealing.', 'Adam Nauman', 'WeWork’s founder and former CEO'],
    ['It raises questions about star players, including England captain Harry Kaine, who praised him.', 'Harry Kaine', 'England captain'],
    ['“They were weird cells,” said Mike Howlitt, who is now an immunologist at Stanford University.', 'Mike Howlitt', 'immunologist at Stanford University'],
    ['As a postdoc, Mike Howlitt, now a professor at Stanford University, studied tuft cells.', 'Mike Howlitt', 'professor at Stanford University'],
    ['American Kevin Kang and Australian Timothy Weekes, both professors at the American University of Kabul, were freed.', 'Timothy Weekes', 'professor at the American University of Kabul'],
    ['On Monday, Jennifer Williston, an aide to Vice President Mike Pence and Lt. Col. Alex Vindler, testified.', 'Jennifer Williston', 'aide to Vice President Mike Pence'],
    ['Democratic senators such as Elisa Warrick and Bennie Sandor objected.', 'Elisa Warrick', 'Democratic senator'],
    ['“It was fine,” said Scott Paula, who heads the Alliance for American Manufacturing.', 'Scott Paula', 'head of the Alliance for American Manufacturing'],
    ['“I agree,” said Beth Ruffina, who owns a consulting firm and headed out.', 'Beth Ruffina', 'owner of a consulting firm'],
    ['Democratic senators such as Elisa Warrick and Bennie Sandor objected.', 'Bennie Sandor', 'Democratic senator'],
  ])('%s', (sentence, name, role) => {
    expect(people([sentence]).find((p) => p.name === name)?.role).toBe(role);
  });

  test('a participle clause after the name is no role', () => {
    const found = people(['Mr. Garrett swung it at Mr. Rudolfo, hitting him in the head.', 'Mason Rudolfo was hurt.']);
    expect(found.find((p) => p.name === 'Mason Rudolfo')?.role ?? null).toBeNull();
  });

  test('an -ing noun in a role stays ("marketing director", with the firm after it)', () => {
    expect(people(['“The data was collected,” said Mariana Delgada, marketing director, DesignRush.'])[0]?.role).toBe('marketing director, DesignRush');
  });
});

test('someone thanked by a given name alone is a person ("Thanks Junior!")', () => {
  const found = names(['We are thrilled to have Junior Gaspell, long time customer, as our new CEO.',
    'Q: Junior – what are two words to describe how it felt?', 'Thanks Junior!']);
  expect(found).toContain('Junior Gaspell');
});

describe('spellings of one surname are one person', () => {
  test.each([
    [['Ukrainian President Volodymyr Zelensky spoke on Monday.', 'President Zelenskyy said the talks would go on.', 'Later, Zelenskiy met the envoy.']],
    [['Ukraine President Volodymyr Zelenskiy asked for help.', 'Zelensky said he would not resign.']],
  ])('%j', (paragraphs) => {
    expect(names(paragraphs)).toEqual([names(paragraphs)[0]]);
  });

  test('short surnames that differ stay apart ("Li" and "Lee")', () => {
    expect(names(['Li Wei met Sandra Lee in Beijing.', 'Li said the talks went well, and Lee agreed.'])).toHaveLength(2);
  });
});

describe('firms named like people, and roles cut short', () => {
  test.each([
    [['“We are glad,” said Rob Goldwin, President Ascom North America.'], 'Ascom North America'],
    [['Intuitive Machines and Firefly Aerospace were picked on Monday.'], 'Intuitive Machines'],
    [['Wells Fargo analyst Zachary Fadell cut his target.', 'Fadell said so.'], 'Wells Fargo'],
  ])('%j', (paragraphs, notAPerson) => {
    expect(names(paragraphs)).not.toContain(notAPerson);
  });

  test.each([
    ['Monica Bhatti, a researcher at the University of Chicago Education Lab and one of the report’s authors, said schools struggled.',
      'Monica Bhatti', 'researcher at the University of Chicago Education Lab'],
    ['It was solved in 2004, but in a way that one of the proof’s authors, Svetlana Jitomirska, found unsatisfying.',
      'Svetlana Jitomirska', 'one of the proof’s authors'],
  ])('%s', (sentence, name, role) => {
    expect(people([sentence]).find((p) => p.name === name)?.role).toBe(role);
  });
});

describe('a one-word name is a person only with strong evidence', () => {
  test.each([
    [['PSG striker Neymor scored twice on Sunday.', 'The team won 3-0.'], 'Neymor'],
    [['Neymor scored twice on Sunday.', 'Neymor said he would stay at the club.'], 'Neymor'],
    [['He did not return to the game, although Vogle said he was available.'], 'Vogle'],
  ])('%j', (paragraphs, name) => {
    expect(names(paragraphs)).toContain(name);
  });

  test.each([
    [['Alibibi said it would list its shares in Hong Kong.', 'Alibibi said the sale would close soon.'], 'Alibibi'],
    [['Its partner Alibibi said the sale would close soon.'], 'Alibibi'],
    [['The San Fran Chronicle reported it first.', 'The Chronicle says he was arrested a block away.'], 'Chronicle'],
    [['The group that owns her music, Big Machine, says she will be allowed to play.'], 'Machine'],
  ])('%j', (paragraphs, notAPerson) => {
    expect(names(paragraphs)).not.toContain(notAPerson);
  });
});

describe('a capitalised label before a given name and surname is the role', () => {
  test.each([
    ['Employee Steve Castell tells the paper that he fought with the man.', 'Steve Castell', 'Employee'],
    ['“The key is balance,” says Estera Events Co-Owner and Lead Planner Bianca Hale.', 'Bianca Hale', 'Estera Events Co-Owner and Lead Planner'],
    ['“The key is balance,” says Estera Events Co-Owner and Lead Planner Bianca Hall.', 'Bianca Hall', 'Estera Events Co-Owner and Lead Planner'],
  ])('%s', (sentence, name, role) => {
    expect(people([sentence]).find((p) => p.name === name)?.role).toBe(role);
  });

  test('the firm before the title is no person ("Estera Events Co-Owner")', () => {
    expect(names(['“The key is balance,” says Estera Events Co-Owner and Lead Planner Bianca Hall.'])).toEqual(['Bianca Hall']);
  });
});

test('firms named after people are no people ("the drugs’ manufacturers, Eli Lilly and …")', () => {
  expect(names(['Patients use programs from the drugs’ manufacturers, Elio Lillo and Novo Nordisk, which allow discounts.',
    'Experts say the programs may grow.'])).not.toContain('Elio Lillo');
});
