import { describe, expect, test } from 'vitest';
import { boilerplateRule, cleanArticleText, decodeCharacterReferences, takeDateline } from '../../src/core/text/clean.ts';

// Lines Readability let through on real pages (seed, labels/dev, article-extraction-benchmark).
describe('boilerplateRule finds page furniture', () => {
  test.each([
    ['READ ALSO: Rubio praises Trump as ‘only leader in the world’ capable of brokering Ukraine peace deal', 'related link'],
    ['Watch a recent episode of The BreakDown podcast below and subscribe to our channel PanaGenius TV for latest episodes.', 'podcast or video prompt'],
    ['[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]', 'related link'],
    ['Read more:', 'related link'],
    ['Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement', 'related link'],
    ['More from UK', 'related heading'],
    ['Continue reading the main story', 'continue reading'],
    ['SIGN UP FOR OUR NEWSLETTER', 'newsletter prompt'],
    ['Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.', 'subscribe prompt'],
    ['Breaking News Emails', 'subscribe prompt'],
    ['Revivez le direct du vote à l’Assemblée avec vos questions.', 'live coverage prompt'],
    ['Follow us on Twitter for the latest updates', 'follow us'],
    ['Photo: Damian Dovarganes, AP', 'photo credit'],
    ['Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)', 'photo credit'],
    ['WeWork chairman Marcelo Claure (Credit: Getty Images)', 'photo credit'],
    ['A new Bill would require telecommunications service providers to store so-called ‘metadata’ for two years. Source: Supplied', 'photo credit'],
    ['View photo. Vanessa Hicks', 'photo credit'],
    ['In this photo dated Tuesday, Nov, 29, 2016 the Soyuz-FG rocket booster with the Progress MS-04 cargo ship is installed on a launch pad in Baikonur, Kazakhstan. The unmanned Russian cargo space ship Progress MS-04 broke up in the atmosphere over Siberia on Thursday Dec. 1, 2016, just minutes after the launch.(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)', 'photo credit'],
    ['In this Nov. 12, 2019 file photo, protesters gather outside the courthouse in downtown Hong Kong, where lawmakers met for the first time since the summer, and police stood by.', 'photo caption'],
    ['This post may contain affiliate and/or referral links.', 'disclosure'],
    ['This shop has been compensated by #CollectiveBias, Inc. and its advertiser. All opinions are mine alone.', 'disclosure'],
    ['Copyright © 2019 Press TV. All rights reserved.', 'copyright'],
    ['Facebook', 'share widget'],
    ['Share this story', 'share widget'],
    ['Order Reprints', 'share widget'],
    ['(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by Herb Lash and Megan Davies, editing by Martin Howell.)', 'reporting credit'],
    ['Heba Habib contributed to this report.', 'reporting credit'],
    ['By Staff Reporter · September 2, 2025', 'byline or date'],
    ['2/26/2015 7:11 AM PST BY TMZ STAFF', 'byline or date'],
    ['Updated on: November 19, 2019 / 10:07 AM / CBS News', 'byline or date'],
    ['Nov. 20, 2019, 9:28 AM UTC', 'byline or date'],
    ['Published November 20th, 2019 - 07:50 GMT', 'byline or date'],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', 'byline or date'],
    ['By', 'byline or date'],
    ['Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.', 'byline or date'],
    ['First published on November 19, 2019.', 'byline or date'],
    ['Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', 'byline or date'],
    ['By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', 'byline or date'],
    ['This article was first published on The Conversation.', 'republication note'],
    ['This article originally appeared on Vox.', 'republication note'],
    ['Follow him on Twitter @LucasNolan_ or email him at lnolan@example.com', 'follow us'],
    ['Related: Trump says he will veto the bill', 'related link'],
    ['[What you need to know to start the day: Get New York Today in your inbox.]', 'newsletter prompt'],
    ['Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.', 'newsletter prompt'],
    ['Meet the experts: Scott Keatley, R.D., is co-owner of Keatley Medical Nutrition Therapy; Keri Gans, R.D.N., is author of The Small Change Diet.', 'expert box'],
  ])('%s → %s', (line, rule) => {
    expect(boilerplateRule(line)).toBe(rule);
  });

  test.each([
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship.', 'author bio'],
    ['By TOM KRISHER, AP Auto Writer', 'Tom Krisher, an auto writer, covers the car industry from Detroit.', 'author bio'],
    ['By Jane Smith and Bob Lee', 'Jane Smith said the plan had failed, and the council agreed on Monday.', null],
    ['By Jane Smith', 'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech.', null],
  ])('byline %s: %s → %s', (byline, line, rule) => {
    expect(boilerplateRule(line, { byline })).toBe(rule);
  });

  test('a line equal to the byline or site name is furniture', () => {
    expect(boilerplateRule('Reuters', { byline: 'Reuters' })).toBe('photo credit');
    expect(boilerplateRule('JERUSALEM POST STAFF', { byline: 'By  JERUSALEM POST STAFF' })).toBe('byline or date');
  });
});

// Article sentences and headings that look a little like furniture but are the story.
describe('boilerplateRule keeps article text', () => {
  test.each([
    'By the end of the day, more than 4,000 people had been evacuated from the coast.',
    'By Tuesday, 5 p.m., the crowd had left.',
    'Updated 7 days a week, 365 days a year.',
    'Published in March 2019, the report found that rents had doubled.',
    'Related charges: two other men were arrested in March and will appear in court on Friday, police said.',
    'Sign up for the Disney+ bundle using the same email as your Hulu account',
    'Watch out for falling prices, analysts warned on Tuesday.',
    'Related charges were filed against two other men in March.',
    'Read the statement in full on the ministry website, officials said, before declining further comment on the case.',
    'Copyright law has not kept up with streaming, the judge wrote.',
    '2018 Jeongdong Theater Tradition Series Performance',
    'Calendário da Stock Car 2018',
    'Share prices fell 4% in early trading.',
    'In this case, the court ruled that the photos (taken by a neighbour) could not be used as evidence.',
    'The company said it had been paid a commission of 4% on every sale it made through the scheme, the filing showed.',
    'The photographer, who works for Getty Images, said she was pushed by police.',
    'Mr Obama lands in Kenya later on Friday for his first visit since becoming president.',
    'Whole Foods future',
    'Analysts provided a few theories:',
    '“The (Trump) administration is listening to us,” Putin said.',
    'Phishing emails that land in your inbox often ask for a password.',
    'Meet the new boss: the board named Ann Lee chief executive on Monday.',
  ])('%s', (line) => {
    expect(boilerplateRule(line)).toBeNull();
  });
});

describe('takeDateline keeps the place, drops the dateline', () => {
  test.each([
    ['WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.', 'Washington', 'The Senate voted on Tuesday to pass the bill.'],
    ['LONDON, Sept 2 (Reuters) - British lawmakers rejected the plan on Monday.', 'London', 'British lawmakers rejected the plan on Monday.'],
    ['BEIJING — Chinese leader Xi Jinping hosted the summit in Tianjin.', 'Beijing', 'Chinese leader Xi Jinping hosted the summit in Tianjin.'],
    ['SIOUX FALLS, S.D. (AP) — South Dakota says its new ad campaign worked.', 'Sioux Falls, S.D.', 'South Dakota says its new ad campaign worked.'],
    ['CLEVELAND, Ohio – The Doobie Brothers will look to ride a potential Hall of Fame induction into a tour.', 'Cleveland, Ohio', 'The Doobie Brothers will look to ride a potential Hall of Fame induction into a tour.'],
    ['NEW JERSEY (WABC) -- A 7 On Your Side consumer investigation has led to more customers contacting Eyewitness News.', 'New Jersey', 'A 7 On Your Side consumer investigation has led to more customers contacting Eyewitness News.'],
    ['WASHINGTON (January 24, 2017) — Mindfulness meditation is an increasingly popular treatment for anxiety.', 'Washington', 'Mindfulness meditation is an increasingly popular treatment for anxiety.'],
    ["DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal for 30 jets.", 'Dubai, United Arab Emirates', "Dubai's flagship carrier Emirates Airline finalized a deal for 30 jets."],
    ['(CNN)They may not be "Star Trek"-type extraterrestrials, a NASA scientist says.', null, 'They may not be "Star Trek"-type extraterrestrials, a NASA scientist says.'],
    ['HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope atop Mauna Kea have confirmed it.', 'Honolulu, Hawaii', 'NASA scientists using a telescope atop Mauna Kea have confirmed it.'],
    ['RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing significantly to food security.', 'Rajshahi', 'Homestead gardening has been contributing significantly to food security.'],
    ['Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.', null, 'Life-threatening peanut allergies have been on the rise in the past decade.'],
    ['NEW DELHI: India’s central bank left its key rate unchanged on Friday.', 'New Delhi', 'India’s central bank left its key rate unchanged on Friday.'],
    ['WASHINGTON, DC, United States: Economists expect the Fed to hold rates steady.', 'Washington, DC, United States', 'Economists expect the Fed to hold rates steady.'],
  ])('%s', (input, place, text) => {
    expect(takeDateline(input)).toEqual({ place, text });
  });

  test.each([
    'NATO — the alliance of 32 countries — meets next week in The Hague.',
    'Russian President Vladimir Putin stated Tuesday that the country is finally finding a sympathetic ear.',
    'US-China talks - delayed twice - resume in Geneva on Monday.',
    // A headline label in capitals and a colon is no dateline unless it names a place.
    'BREAKING NEWS: Crews battle a wildfire near the city’s northern edge.',
    'DEAR ABBY: My husband and I have been married for twenty years.',
    'NCIS: The long-running series returns for another season this fall.',
  ])('no dateline in %s', (input) => {
    expect(takeDateline(input)).toEqual({ place: null, text: input });
  });
});

describe('cleanArticleText', () => {
  test('drops the seed page’s boilerplate lines and byline, keeps every story paragraph', () => {
    const paragraphs = [
      'By Staff Reporter · September 2, 2025',
      'Russian President Vladimir Putin stated Tuesday that the country is finally finding a sympathetic ear in the U.S.',
      'READ ALSO: Rubio praises Trump as ‘only leader in the world’ capable of brokering Ukraine peace deal',
      'Putin’s trip to China coincided with the Shanghai Cooperation Organization summit in Tianjin.',
      'Watch a recent episode of The BreakDown podcast below and subscribe to our channel PanaGenius TV for latest episodes.',
      'Putin reiterated that NATO membership for Ukraine remains unacceptable.',
    ];
    expect(cleanArticleText(paragraphs, { byline: 'Staff Reporter' })).toEqual({
      paragraphs: [paragraphs[1], paragraphs[3], paragraphs[5]],
      dateline: null,
    });
  });

  test('a "Read more:" heading takes its list of headlines with it, and the story goes on after', () => {
    const out = cleanArticleText([
      'Ajmi Lourimi said he believed the attack would unite Tunisians in the face of terrorism.',
      'Read more:',
      'Tunisia’s Islamists get a sobering lesson in governing',
      'Tunisia sends most foreign fighters to Islamic State in Syria',
      'The museum reopened a week later.',
    ]);
    expect(out.paragraphs).toEqual([
      'Ajmi Lourimi said he believed the attack would unite Tunisians in the face of terrorism.',
      'The museum reopened a week later.',
    ]);
  });

  test.each([
    ['where he worked as a chief physician.Police arrested a 57-year-old man.', 'where he worked as a chief physician. Police arrested a 57-year-old man.'],
    ['Snopes.com and Amazon.com stay whole, as do U.S. and e.g. abbreviations.', 'Snopes.com and Amazon.com stay whole, as do U.S. and e.g. abbreviations.'],
  ])('glued sentences get their space back: %s', (input, output) => {
    expect(cleanArticleText([input]).paragraphs).toEqual([output]);
  });

  test.each([
    ["12:00 PM PT -- Sheriff's deputies were at The London Thursday morning.", "Sheriff's deputies were at The London Thursday morning."],
    ['UPDATE 3:15 p.m.: Police reopened the bridge to traffic.', 'Police reopened the bridge to traffic.'],
    ['10:30 a.m. is when the polls open, officials said.', '10:30 a.m. is when the polls open, officials said.'],
  ])('a live update keeps its news, not its time stamp: %s', (input, output) => {
    expect(cleanArticleText([input]).paragraphs).toEqual([output]);
  });

  test('the dateline becomes the place', () => {
    const out = cleanArticleText(['VIENNA (Reuters) - The house where Adolf Hitler was born will be turned into a police station.']);
    expect(out).toEqual({ paragraphs: ['The house where Adolf Hitler was born will be turned into a police station.'], dateline: 'Vienna' });
  });
});

// Text inside a paragraph that is not the article's: screen-reader notes on links, hover cards.
describe('cleanArticleText takes furniture out of a sentence', () => {
  test.each([
    ['The company that provides video platforms for businesses saidOpens a new window that the lineup was new.', 'The company that provides video platforms for businesses said that the lineup was new.'],
    ['The report (opens in a new tab) found that rents had doubled in ten years.', 'The report found that rents had doubled in ten years.'],
    ['South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on anti-drug campaign South Dakota drops pipeline protest laws after lawsuit MORE (R) is defending the state’s campaign.',
      'South Dakota Gov. Kristi Noem (R) is defending the state’s campaign.'],
    ['Rep. Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders doubles down on Bolivia coup | Senators call for 5G coordinator MORE (D-N.Y.) linked the incident to Fox News.',
      'Rep. Alexandria Ocasio-Cortez (D-N.Y.) linked the incident to Fox News.'],
    ['Shoppers were told to BUY MORE as John Smith opened the store.', 'Shoppers were told to BUY MORE as John Smith opened the store.'],
    ['The app opens a new window when the user clicks the button.', 'The app opens a new window when the user clicks the button.'],
  ])('%s', (input, expected) => {
    expect(cleanArticleText([input]).paragraphs).toEqual([expected]);
  });
});

// Issue 16: furniture that reached summaries on pages Lede had not seen.
describe('boilerplateRule: "More:" lines, arrow links and newsletter boxes in other languages', () => {
  test.each([
    ['More: Rubio praises Trump as the only leader capable of brokering peace', 'related link'],
    ['>>> Zulieferer FACC profitiert von Erholung der Luftfahrtbranche', 'related link'],
    ['Don’t miss: The ten best hiking trails in the Alps this autumn', 'related link'],
    ['Nie mehr die wichtigsten News aus Österreichs Industrie verpassen? Abonnieren Sie unser Daily Briefing: Was in der Industrie wichtig wird. Täglich um 7 Uhr in Ihrer Inbox.', 'newsletter prompt'],
    ['Abonnez-vous à notre lettre du matin pour recevoir l’essentiel de l’actualité.', 'newsletter prompt'],
    ['Suscríbete para recibir las noticias más importantes del día.', 'newsletter prompt'],
  ])('%s → %s', (line, rule) => {
    expect(boilerplateRule(line)).toBe(rule);
  });

  test.each([
    ['More than 200 people attended the vigil on Sunday night.'],
    ['Der Konzern will seine Abonnenten halten, sagte der Chef.'],
    ['Also on Monday, the council approved the new budget.'],
  ])('keeps %s', (line) => {
    expect(boilerplateRule(line)).toBeNull();
  });
});

describe('decodeCharacterReferences: references printed as text', () => {
  test.each([
    ['The war of 1914&#151;1918 changed the map.', 'The war of 1914—1918 changed the map.'],
    ['Tom &amp; Jerry&#8217;s show', 'Tom & Jerry’s show'],
    ['“We needed to win this&nbsp;game”', '“We needed to win this game”'],
    ['It rose 5&#x25; and the sign read &amp;amp; here', 'It rose 5% and the sign read & here'],
    ['AT&T and R&D stay as printed; so does &bogus;', 'AT&T and R&D stay as printed; so does &bogus;'],
  ])('%s', (input, expected) => {
    expect(decodeCharacterReferences(input)).toBe(expected);
  });

  test('cleaning decodes them before anything reads the text', () => {
    expect(cleanArticleText(['Prices rose&#151;sharply&#151;in March, the bank said.']).paragraphs).toEqual(['Prices rose—sharply—in March, the bank said.']);
  });
});
