import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleHeader, cleanByline, cleanPublishedTime, cleanSiteName, cleanTitle, printedHeadlines, RAW_HEADER_TEXT } from '../../src/content/header.ts';
import { countWork } from './count-work.ts';

// Issue 16: the header as the article prints it.
describe('cleanTitle: the headline without what <title> adds', () => {
  test.each([
    // [title, printed headlines, site name, byline, url, expected]
    ['South Dakota governor doubles down on anti-drug campaign | TheHill', [], 'The Hill', null, 'https://thehill.com/x', 'South Dakota governor doubles down on anti-drug campaign'],
    ['The Year in Mathematics | Quanta Magazine', [], 'Quanta Magazine', null, null, 'The Year in Mathematics'],
    ['Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot', [], null, null, 'https://news.slashdot.org/story/1', 'Stanford Grads Find Their Degrees No Longer Guarantee Jobs'],
    ['‘What is the sea telling us?’: Māori tribes fearful over whale strandings | Eleanor Ainge Roy', [], 'the Guardian', 'Eleanor Ainge Roy', null, '‘What is the sea telling us?’: Māori tribes fearful over whale strandings'],
    ['Homestead gardening makes rural communities more self-reliant | District', ['Homestead gardening makes rural communities more self-reliant'], 'BSS', null, null, 'Homestead gardening makes rural communities more self-reliant'],
    ['Council votes to close the Elm Street library :: Springfield Gazette :: Local', [], 'Springfield Gazette', null, null, 'Council votes to close the Elm Street library :: Springfield Gazette :: Local'],
    ['Council votes to close the Elm Street library - Local News - Springfield Gazette', ['Council votes to close the Elm Street library'], 'Springfield Gazette', null, null, 'Council votes to close the Elm Street library'],
  ])('%s', (title, printed, site, byline, url, expected) => {
    expect(cleanTitle(title, printed, site, byline, url)).toBe(expected);
  });

  test.each([
    ['Olympia 2022: Zweiter Coronafall sorgt für Aufregung - Weikert von Hörmann attackiert', [], 'Eurosport', null, null],
    ['UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen wegen Klimawandel auf Hilfe angewiesen', ['UN-Klimakonferenz in Glasgow'], 'DRK e.V.', null, null],
    ['Tottenham - Chelsea: five things we learned', [], 'The Athletic', null, null],
  ])('keeps a headline whose parts are all headline: %s', (title, printed, site, byline, url) => {
    expect(cleanTitle(title, printed, site, byline, url)).toBe(title);
  });
});

describe('cleanByline: names only', () => {
  test.each([
    ['By\n          Sarah Schwartz\n           —\n        November 18, 2025', 'Sarah Schwartz'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', null],
    ['By', null],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Auteur:    \n    Anna Kubišta', 'Anna Kubišta'],
    // A desk is not a name (issue 16: names only).
    ['Newsdesk news@businessweekly.co.uk', null],
    ['By Jane Doe | Twitter: @janedoe | 5 min read', 'Jane Doe'],
    ['Von Max Mustermann, Lesezeit: ca. 3 Minuten', 'Max Mustermann'],
    ['By LISA MASCARO and ERIC TUCKERAssociated Press', 'LISA MASCARO and ERIC TUCKER, Associated Press'],
    ['Kevin Johnson and Kevin McCoy', 'Kevin Johnson and Kevin McCoy'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });
});

describe('site name and date where the page gives them', () => {
  test.each([
    ['http://www.tmz.com', 'tmz.com'],
    ['The Seattle Times', 'The Seattle Times'],
    ['  ', null],
  ])('cleanSiteName(%j) is %j', (raw, expected) => {
    expect(cleanSiteName(raw)).toBe(expected);
  });

  test.each([
    ['0001-01-01T00:00:00Z', null],
    ['2019-11-20T05:52:20-05:00', '2019-11-20T05:52:20-05:00'],
    ['November 18, 2025', 'November 18, 2025'],
  ])('cleanPublishedTime(%j) is %j', (raw, expected) => {
    expect(cleanPublishedTime(raw)).toBe(expected);
  });
});

describe('articleHeader reads the page', () => {
  test('the <h1> decides the title; references printed as text are decoded; markup stays text', () => {
    const doc = new JSDOM('<title>x</title><h1>Anthony Lynn: “We needed to win this game”</h1>').window.document;
    const header = articleHeader({ title: 'Anthony Lynn: “We needed to win this&nbsp;game” | ProFootballTalk', byline: 'By Michael David Smith &amp; <b>Ann</b>', siteName: 'ProFootballTalk', publishedTime: null }, doc, null);
    expect(header.title).toBe('Anthony Lynn: “We needed to win this game”');
    expect(header.byline).toBe('Michael David Smith & <b>Ann</b>');
  });
});

describe('cleanTitle: a trailing section the URL files the story under goes (issue 16)', () => {
  test.each([
    ['Homestead gardening makes rural communities more self-reliant in Rajshahi | District', 'https://www.bssnews.net/district/343604', 'Homestead gardening makes rural communities more self-reliant in Rajshahi'],
    ['Council votes to close the Elm Street library - Local News', 'https://gazette.example/local-news/2025/council-votes', 'Council votes to close the Elm Street library'],
    ['Ministers agree on new fishing quotas | Politics', 'https://paper.example/politics/ministers-agree-quotas', 'Ministers agree on new fishing quotas'],
  ])('%s', (title, url, expected) => {
    expect(cleanTitle(title, [], null, null, url)).toBe(expected);
  });

  test.each([
    ['Tottenham - Chelsea: five things we learned', 'https://sport.example/football/tottenham-chelsea'],
    ['Ministers agree on new fishing quotas | Politics', 'https://paper.example/news/politics'],
    ['Ministers agree on new fishing quotas | Politics', null],
  ])('keeps the title when the last part is no folder of the URL: %s %s', (title, url) => {
    expect(cleanTitle(title, [], null, null, url)).toBe(title);
  });
});

describe('cleanByline: the publisher is not a name (issue 16)', () => {
  test.each([
    ['BBC News', 'BBC News', null, null],
    ['hessenschau.de, Frankfurt, Germany', 'hessenschau.de', null, null],
    ['Süddeutsche.de GmbH, Munich, Germany', 'Süddeutsche.de', null, null],
    ['JERUSALEM POST STAFF', 'The Jerusalem Post | JPost.com', null, null],
    ['tagesschau.de', 'tagesschau.de', 'https://www.tagesschau.de/investigativ/x.html', null],
    ['MarketingSherpa, Scott McDaniel, Steve Beger', 'MarketingSherpa', null, 'Scott McDaniel, Steve Beger'],
    ['Ana Swanson, Gazette Staff', 'The Gazette', null, 'Ana Swanson'],
    ['Reuters', 'VentureBeat', null, 'Reuters'],
    ['Tom Davies', 'The Detroit News', null, 'Tom Davies'],
  ])('%s on %s', (raw, site, url, expected) => {
    expect(cleanByline(raw, site, url)).toBe(expected);
  });
});

// The metadata headline is read through the tag index, as querySelector('meta[property=…], meta[name=…]') would find it.
describe('printedHeadlines: the <h1>s, then og:title and twitter:title', () => {
  test.each([
    ['<h1>One</h1><h1> Two\n words </h1>', ['One', 'Two words']],
    ['<meta name="twitter:title" content="Tw"><meta property="og:title" content="Og">', ['Og', 'Tw']],
    ['<meta name="og:title" content="By name"><meta property="og:title" content="By property">', ['By name']],
    ['<meta property="OG:TITLE" content="Upper case"><meta property="og:site_name" content="Site">', []],
    ['<h1>1</h1><h1>2</h1><h1>3</h1><h1>4</h1><h1>5</h1><meta property="og:title" content="">', ['1', '2', '3', '4']],
  ])('%s', (html, expected) => {
    expect(printedHeadlines(new JSDOM(html).window.document)).toEqual(expected);
  });
});

// Issue 17: the header cleans at most RAW_HEADER_TEXT characters of each field, so its work stops growing there.
describe('articleHeader: bounded work on huge metadata', () => {
  const header = (chars: number) => {
    const byline = `By ${'Ann Lee, Bo Ray, '.repeat(Math.ceil(chars / 17))}`.slice(0, chars);
    const title = 'Council budget vote | '.repeat(Math.ceil(chars / 22)).slice(0, chars);
    const doc = new JSDOM('<title>x</title>').window.document;
    const parsed = { title, byline, siteName: null, publishedTime: null };
    return { work: countWork(() => articleHeader(parsed, doc, null)), result: articleHeader(parsed, doc, null) };
  };
  test.each([[RAW_HEADER_TEXT * 4], [100_000], [RAW_HEADER_TEXT * 100]])('%i characters cost what the first RAW_HEADER_TEXT do', (chars) => {
    const bounded = header(RAW_HEADER_TEXT);
    const huge = header(chars);
    expect(huge.work).toBeLessThanOrEqual(bounded.work * 1.1);
    expect(huge.result.byline?.startsWith('Ann Lee, Bo Ray, Ann Lee')).toBe(true);
  });
  test('a real byline and title are read whole', () => {
    const doc = new JSDOM('<title>x</title>').window.document;
    const h = articleHeader({ title: 'Bridge closes for repairs | Springfield Gazette', byline: 'By Ann Lee and Bo Ray', siteName: 'Springfield Gazette', publishedTime: null }, doc, null);
    expect(h).toMatchObject({ title: 'Bridge closes for repairs', byline: 'Ann Lee and Bo Ray' });
  });
});
