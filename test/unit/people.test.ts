import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function doc(paragraphs: string[], title = '', byline: string | null = null): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title, byline, lang: 'en', text, paragraphs: ps, sentences: splitAllSentences(ps) };
}

const people = (paragraphs: string[], title = '') => findEntities(doc(paragraphs, title)).people;

describe('recognises people and their roles', () => {
  test.each([
    ['Russian President Vladimir Putin stated Tuesday that talks went well.', 'Vladimir Putin', 'Russian President'],
    ['South Dakota Gov. Kristi Noem said the state would comply.', 'Kristi Noem', 'South Dakota Gov.'],
    ['Robert Fico, the Slovak prime minister, met him on Monday.', 'Robert Fico', 'Slovak prime minister'],
    ['Putin met Indian Prime Minister Narendra Modi in Tianjin.', 'Narendra Modi', 'Indian Prime Minister'],
    ['He spoke with former President Joe Biden by phone.', 'Joe Biden', 'former President'],
    ['Whole Foods co-founder and CEO John Mackey said in a memo that prices would fall.', 'John Mackey', 'Whole Foods co-founder and CEO'],
    ['Snopes fact checker and staff writer David Emery posted to Twitter.', 'David Emery', 'Snopes fact checker and staff writer'],
    ['“It is over,” said Robert M. Danin, a senior fellow at the Council on Foreign Relations.', 'Robert M. Danin', 'senior fellow at the Council on Foreign Relations'],
    ['European Commission President Ursula von der Leyen said the bloc was ready.', 'Ursula von der Leyen', 'European Commission President'],
    ['Justin Bassi, who advises Attorney-General George Brandis on crime, was there.', 'Justin Bassi', 'adviser to Attorney-General George Brandis on crime'],
    ['The priest, Fidelis Mukonori, is acting as a middle-man.', 'Fidelis Mukonori', 'priest'],
    ["Jose Mourinho agreed a deal to replace Mauricio Pochettino as Tottenham's manager until 2023.", 'Jose Mourinho', 'Tottenham manager'],
    ["Jose Mourinho agreed a deal to replace Mauricio Pochettino as Tottenham's manager until 2023.", 'Mauricio Pochettino', 'former Tottenham manager'],
    ['The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled.', 'Saviour Kasukuwere', 'cabinet minister'],
    ['Zimbabwe President Robert Mugabe, his wife Grace and two aides are under arrest.', 'Grace', "Mugabe's wife"],
    ['Jane Smith was named as chief executive of the Fishing Vessel Owners Association on Monday.', 'Jane Smith', 'chief executive of the Fishing Vessel Owners Association'],
    // An appositive that is another person's title and name, a clause or a list is no role; a long one keeps its organisation.
    ['Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey has spoken out.', 'Adam Mosseri', 'Instagram head'],
    // "President of the Senate, Bukola Saraki": the title before the comma is his (Saraki was the Senate's president);
    // the appositive after him, another person's title and name, is not.
    ['President of the Senate, Bukola Saraki, Senator Dino Melaye and others went to court.', 'Bukola Saraki', 'President of the Senate'],
    ['The film, directed by Lijo Jose Pellissery, tells the story of two undercover police officers.', 'Lijo Jose Pellissery', null],
    ['A letter to Kevin McAleenan, who was the acting director of the Department of Homeland Security and Alex Azar, the Health and Human Services secretary, said so.', 'Alex Azar', 'Health and Human Services secretary'],
    ['A letter to Kevin McAleenan, who was the acting director of the Department of Homeland Security and Alex Azar, the Health and Human Services secretary, said so.', 'Kevin McAleenan', 'acting director of the Department of Homeland Security'],
    ['“Stop,” said Philip Luther, Research and Advocacy Director for the Middle East and North Africa at Amnesty International.', 'Philip Luther', 'Research and Advocacy Director for the Middle East and North Africa at Amnesty International'],
    ['“Stop,” said Hogan Gidley, the principal deputy White House press secretary.', 'Hogan Gidley', 'principal deputy White House press secretary'],
    ['Chris Paul did not clash with Rajon Rondo, his opponent in a fight early last season while he was with the Rockets.', 'Rajon Rondo', 'his opponent in a fight early last season'],
    ['“Hi,” said Eyamba Sowers, who is also considering Bernie Sanders and Joe Biden.', 'Eyamba Sowers', null],
  ])('%s', (sentence, name, role) => {
    const person = people([sentence]).find((p) => p.name === name);
    expect(person?.role).toBe(role);
  });
});

describe('prefers a described role over a bare kinship word', () => {
  test('his father, Hori Parata … is renowned as the leading whale expert', () => {
    const person = people(['Kauri Parata, watched by his father, Hori Parata, carves a design.',
      'Parata, 75, has overseen 500 strandings and is renowned in New Zealand as the leading Māori whale expert, called on by tribes.'])
      .find((p) => p.name === 'Hori Parata');
    expect(person?.role).toBe('leading Māori whale expert');
  });
});

describe('merges mentions of one person', () => {
  test.each([
    [['Russian President Vladimir Putin arrived.', 'Putin said he was pleased.', 'Mr. Putin left.'], 'Vladimir Putin', ['Putin', 'Mr. Putin']],
    [['Donald J. Trump won.', 'Donald Trump thanked voters.', 'Mr. Trump spoke.'], 'Donald J. Trump', ['Donald Trump', 'Mr. Trump', 'Trump']],
    [['Vice President J.D. Vance spoke.', 'Vance said more was coming.'], 'J.D. Vance', ['Vance']],
  ])('%j', (paragraphs, name, aliases) => {
    const found = people(paragraphs);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(new Set(found[0]!.aliases)).toEqual(new Set(aliases));
  });

  test('keeps two people who share a surname apart and sends "Mr" to the man', () => {
    const found = people(['Zimbabwe President Robert Mugabe and his wife Grace Mugabe were held.', 'Mr Mugabe refused to resign.']);
    const robert = found.find((p) => p.name === 'Robert Mugabe')!;
    expect(found.map((p) => p.name).sort()).toEqual(['Grace Mugabe', 'Robert Mugabe']);
    expect(robert.mentions).toHaveLength(2);
    expect(robert.gender).toBe('male');
  });
});

describe('fills gender from the text', () => {
  test.each([
    [['Ms Reeves said the budget was fair.'], 'Reeves', 'female'],
    [['Jamie Werner arrived early.', 'Werner said she had seen it before.'], 'Jamie Werner', 'female'],
    [['Xi Jinping arrived.', 'Xi said his country was ready.'], 'Xi Jinping', 'male'],
  ])('%j', (paragraphs, name, gender) => {
    expect(people(paragraphs).find((p) => p.name === name)?.gender).toBe(gender);
  });
});

describe('does not list places, organisations, months or credits as people', () => {
  test.each([
    [['The Shanghai Cooperation Organization summit opened in Tianjin on Monday.']],
    [['Police in Fort Worth said on Tuesday that the New York Times had called.']],
    [['Photograph: Jane Doe/AFP']],
    [['The deal was signed in Saudi Arabia last March.']],
    [['It was the most deadly attack in the North African nation in a decade.']],
    [['Lucas Nolan is a reporter for Breitbart Tech. Follow him on Twitter.']],
    // Products and firms whose words are also common words, or that once take a determiner, never act as people.
    [['I loved a Star Wars movie.', 'Star Wars turns 40 this year.']],
    [['The new Liquid Retina display is bright.', 'Liquid Retina screens cost more and the display is liquid.']],
    [['NASA picked SpaceX and Blue Origin.', 'Blue Origin will build a lander; the blue one has an origin story.']],
    [['His Chromecast Ultra streams 4K.', 'Chromecast Ultra costs $69.']],
    [['Welcome Jose to the show, the welcome page said.']],
    // Listed with a full company name, a capitalised pair with nothing personal about it is a company.
    [['NASA selected SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak Nano-Satellite Systems.']],
  ])('%j', (paragraphs) => {
    expect(people(paragraphs)).toEqual([]);
  });

  test.each([
    // Unfamiliar given names stay people when nothing says otherwise, or when the story shows a person.
    [['Takuya Takagi scored the winner in the 88th minute.'], 'Takuya Takagi'],
    [['The hopeful, Deval Patrick, came by.', 'Patrick said he was running.'], 'Deval Patrick'],
    [['To LeBron James, triple-doubles are not a goal.', 'James was pleased.'], 'LeBron James'],
    [['Attorney General William Barr put Kathleen Hawk Sawyer in charge.', 'Hawk Sawyer testified on Tuesday.'], 'Kathleen Hawk Sawyer'],
    [['Anthony Beauvillier scored for the Islanders, and Semyon Varlamov stopped 27 shots.'], 'Semyon Varlamov'],
  ])('%j keeps %s', (paragraphs, name) => {
    expect(people(paragraphs).map((p) => p.name)).toContain(name);
  });

  test('a byline name is not a person of the story', () => {
    const found = findEntities(doc(['Jane Doe said the vote was close.', 'Doe added that it was fair.'], '', 'By Jane Doe')).people;
    expect(found).toEqual([]);
  });
});

describe('ranks the people the story is about first', () => {
  test('headline and repeated mentions beat a passing mention', () => {
    const found = people([
      'Officials said Ann Lee, a local teacher, had also been told.',
      'Mayor Tom Brown said the plan would go ahead. Brown said it was needed.',
      'Brown added that the city would pay.',
    ], 'Brown backs the plan');
    expect(found.map((p) => p.name)).toEqual(['Tom Brown', 'Ann Lee']);
  });
});

describe('links organisations with their acronyms', () => {
  test.each([
    ['The Shanghai Cooperation Organization (SCO) met. The SCO has grown.', 'Shanghai Cooperation Organization', ['SCO'], 3],
    ['The International Criminal Court issued a warrant.', 'International Criminal Court', [], 1],
    ['NATO membership for Ukraine remains unacceptable.', 'NATO', [], 1],
  ])('%s', (sentence, name, aliases, mentions) => {
    const org = findEntities(doc([sentence])).organizations.find((o) => o.name === name);
    expect(org?.aliases).toEqual(aliases);
    expect(org?.mentions).toHaveLength(mentions);
  });
});

describe('tells teams, descriptors and lists apart (CoNLL-style prose)', () => {
  const kinds = (sentence: string) => {
    const e = findEntities(doc([sentence]));
    return { people: e.people.map((p) => p.name).sort(), orgs: e.organizations.map((o) => o.name).sort() };
  };
  test.each([
    ['The Eagles lost to the Dallas Cowboys and the New York Jets on Sunday.', [], ['Dallas Cowboys', 'Eagles', 'New York Jets']],
    ['He was replaced by fellow Queenslander Daniel Herbert.', ['Daniel Herbert'], []],
    ['Goalkeepers - Bogdan Stelea, Florin Prunea and Gheorghe Hagi were named.', ['Bogdan Stelea', 'Florin Prunea', 'Gheorghe Hagi'], []],
    ['Prices rose at the World Trade Organisation meeting in Geneva.', [], ['World Trade Organisation']],
  ])('%s', (sentence, people, orgs) => {
    expect(kinds(sentence)).toEqual({ people, orgs });
  });
});

describe('finds organisations from context and keeps them across the document', () => {
  const orgMentions = (paragraphs: string[]) => {
    const e = findEntities(doc(paragraphs));
    return Object.fromEntries(e.organizations.map((o) => [o.name, o.mentions.length]));
  };
  test.each([
    [['Shares in Pirelli rose 3 percent.', 'Analysts expect Pirelli to gain market share in China.'], { Pirelli: 2 }],
    [['Magna International Inc agreed to buy the seat maker.', 'Magna has long made door panels.'], { 'Magna International Inc': 2 }],
    [['Mercantile, Commerce and Boatmen Bancorp did not comment.'], { Mercantile: 1, Commerce: 1, 'Boatmen Bancorp': 1 }],
    [['He completed the purchase of Daniels Pharmaceuticals Inc of St. Petersburg, Fla., on Friday.'], { 'Daniels Pharmaceuticals Inc': 1 }],
    [['Shares of Douglas & Lomason Co rose on Friday.'], { 'Douglas & Lomason Co': 1 }],
    [['St. Louis-based Mercantile Bancorp Inc. was seen as a target.'], { 'Mercantile Bancorp Inc.': 1 }],
    [['The Party of Democratic Action called for a boycott.'], { 'Party of Democratic Action': 1 }],
    [["Good news for Milan is that Udinese's German striker Oliver Bierhoff is out.", 'Udinese lost again.'], { Udinese: 2 }],
    [['Its rivals include Johnson Controls Inc and Lear Corp.'], { 'Johnson Controls Inc': 1, 'Lear Corp': 1 }],
    [['GERMANY - Bunds extended losses on Friday.'], {}],
    [['The Joint Committee on Intelligence and Security met.'], { 'Joint Committee on Intelligence and Security': 1 }],
    [['He was sent to A & E at once.'], { 'A & E': 1 }],
    [['Kansai Electric Power and Kansai International Airport may issue bonds.'], { 'Kansai Electric Power': 1 }],
    [["Demand peaks around Easter and Mother's Day, Dana Besecker said."], {}],
  ])('%j', (paragraphs, orgs) => {
    expect(orgMentions(paragraphs)).toEqual(orgs);
  });

  test.each([
    ['Gorst said he would not resign.'],
    ['Analysts said the market was nervous.'],
    ['Uzbek striker Igor Shkvyrin scored.'],
    ['“Clients want colour,” Holloway says. “We love it.”'],
    ['“These experiences matter,” Vanco shares, noting that painters are common.'],
  ])('%s has no organisation', (sentence) => {
    expect(findEntities(doc([sentence])).organizations).toEqual([]);
  });
});

describe('links unambiguous descriptions to the named person', () => {
  const described = (paragraphs: string[], name: string) => {
    const d = doc(paragraphs);
    const person = findEntities(d).people.find((p) => p.name === name);
    return person?.mentions.map((m) => d.text.slice(m.start, m.end)).filter((t) => /^the\s/i.test(t)) ?? [];
  };
  test.each([
    [['Russian President Vladimir Putin met former President Joe Biden.', 'The Russian president said the talks went well.'], 'Vladimir Putin', ['The Russian president']],
    [['Russian President Vladimir Putin arrived.', 'The man saw the president. The president of France was absent.'], 'Vladimir Putin', ['the president']],
    [['Robert Fico, the Slovak prime minister, spoke.', "Later the prime minister's aides left; the new prime minister is due."], 'Robert Fico', ['the Slovak prime minister', 'the prime minister']],
    [['Russian President Vladimir Putin met U.S. President Donald Trump.', 'The president said little.'], 'Vladimir Putin', []],
    [['Former President Joe Biden spoke.', 'The president said little.'], 'Joe Biden', []],
  ])('%j', (paragraphs, name, descriptions) => {
    expect(described(paragraphs, name)).toEqual(descriptions);
  });
});
