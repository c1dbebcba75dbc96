// Issue 15: bodies and documents as speakers — a document speaks for whoever the article says issued it; a clause or
// a thing is no speaker; a publication that reports a quote does not speak it. Each table holds a case of our own.
import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';
import { documentIssuer, documentNoun } from '../../src/core/quotes/document-issuers.ts';

function speakers(...paragraphs: string[]) {
  const article: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs };
  return digest(article).quotes.map((q) => [q.text, q.speaker]);
}

describe('documentNoun', () => {
  test.each([
    ['the report', 'report'], ['The trends report', 'report'], ['the statement', 'statement'], ['the Institute’s release', 'release'],
    ['the letter signed by seven physicians', null], ['the reporter', null], ['Jane Report', null],
  ])('%s → %s', (speaker, noun) => {
    expect(documentNoun(speaker)).toBe(noun);
  });
});

describe('documentIssuer', () => {
  test.each([
    ['ClassPass noted in its report a 159% increase in scans. ', 'report', 'ClassPass'],
    ['Results were “sobering,” according to a June report by the University of Chicago Education Lab and MDRC, a research group. ', 'report', 'University of Chicago Education Lab and MDRC'],
    ['The U.S. Copyright Office\'s May 2025 report concluded that it varies. ', 'report', 'U.S. Copyright Office'],
    ['Two soldiers died in a crash, the US military said in a statement on Wednesday. ', 'statement', 'US military'],
    ['The Harbour Trust also warned about silt in its annual review of the bay. ', 'review', 'Harbour Trust'],
    ['In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued a statement warning that ', 'statement', 'Electoral Commission'],
    ['The Port Authority released a short statement on Friday. ', 'statement', 'Port Authority'],
    ['The council issued a report. ', 'report', null],
    ['A report came out on Monday. Nobody said who wrote it. ', 'report', null],
    ['The Metro Council met on Monday. ', 'statement', null],
    // Written for the scan that starts at the last stopper before the first cue (speed, issue 14): punctuation before
    // the naming, the naming opening on a stopper, a comma clause inside it, two namings.
    ['Fans cheered, and the Harbour Trust’s annual report said otherwise. ', 'report', 'Harbour Trust'],
    ['“It works,” (ClassPass’s report) ', 'report', 'ClassPass'],
    ['Is it true? The Port Authority, which runs the docks, issued a statement. ', 'statement', 'Port Authority'],
    ['He asked: “Who wrote it?” A report by the Tax Policy Center, a think tank, said so. ', 'report', 'Tax Policy Center'],
  ])('%j (%s) → %s', (text, noun, issuer) => {
    expect(documentIssuer(text, text.length, noun)).toBe(issuer);
  });
});

describe('the holder of a view', () => {
  test.each([
    ['"To X," before a quote standing alone',
      ['Michael Levin studies cells at Tufts.', 'To Levin, the anthrobots are another sign that we need to rethink cognition. “Typically when you ask about a given living thing, you ask why.”'],
      [['Typically when you ask about a given living thing, you ask why.', 'Michael Levin']]],
    ['"For X," before "she says"',
      ['Pamela Lyon works in Adelaide.', 'For Adelaide\'s Lyon, recognizing that kinship is the real promise. “We think we are the crown of creation,” she says.'],
      [['We think we are the crown of creation,', 'Pamela Lyon']]],
    ['our own: "For X and his family" before a paragraph-long quote',
      ['Tom Okafor has farmed the valley since 1990.', 'But for Okafor and his family the flood is personal.', '“We lost the orchard in one night and the bank does not care.”'],
      [['We lost the orchard in one night and the bank does not care.', 'Tom Okafor']]],
    ['someone named after the view takes it over',
      ['Tom Okafor has farmed the valley since 1990. Ann Reyes is his neighbour.', 'For Okafor, the flood is personal, but Reyes sees it otherwise. “We will rebuild by spring.”'],
      [['We will rebuild by spring.', 'Ann Reyes']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('two people speak together; fragments are no one', () => {
  test.each([
    ['two surnames joined by "and"',
      ['Lyndie Chiou and Joe Howlett wrote the piece.', 'The proof “was a patchwork quilt, each square stitched out of distinct arguments,” Chiou and Howlett write.'],
      [['was a patchwork quilt, each square stitched out of distinct arguments,', 'Lyndie Chiou and Joe Howlett']]],
    ['our own pair',
      ['Maria Olsen and Tom Okafor run the clinic together.', '“We see forty patients on a quiet day and twice that in winter,” Olsen and Okafor said.'],
      [['We see forty patients on a quiet day and twice that in winter,', 'Maria Olsen and Tom Okafor']]],
    ['one known name and an unknown word stay as before',
      ['Maria Olsen runs the clinic.', '“We see forty patients on a quiet day and twice that in winter,” Olsen said.'],
      [['We see forty patients on a quiet day and twice that in winter,', 'Maria Olsen']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('bodies and documents as speakers', () => {
  test.each([
    ['the report names its issuer',
      ['The Harbour Trust also warned about silt in its annual review of the bay.', '“Dredging alone will not keep the channel open for long,” the review said.'],
      [['Dredging alone will not keep the channel open for long,', 'Harbour Trust']]],
    ['the statement of a body said in a statement',
      ['Two soldiers were killed in a crash, the US military said in a statement on Wednesday.', '"The cause of the crash is under investigation at this time." the statement said.'],
      [['The cause of the crash is under investigation at this time.', 'US military']]],
    ['a document nobody is said to have issued stays a description',
      ['“Rents rose faster than wages in every district we studied,” the report said.'],
      [['Rents rose faster than wages in every district we studied,', 'the report']]],
    ['a person\'s research keeps its description',
      ['The research by Yeun Joon Kim looked at teams.', '“Humans and machines now share the work of learning,” says the research.'],
      [['Humans and machines now share the work of learning,', 'the research']]],
    ['"the doctors" are the group the article named by them',
      ['The recently formed group Doctors for Camp Closure, D4CC, offered vaccines.', 'The doctors warned that migrants are not the only people at risk.', '"Flu season has already begun in many parts of the country," the doctors stated.'],
      [['Flu season has already begun in many parts of the country,', 'Doctors for Camp Closure']]],
    ['"the nurses", our own',
      ['Last spring a network called Nurses Against Hospital Closures formed in Leeds.', '"Every closed ward moves the queue to the next town over," the nurses wrote.'],
      [['Every closed ward moves the queue to the next town over,', 'Nurses Against Hospital Closures']]],
    ['plural people with no group named stay a description',
      ['"Every closed ward moves the queue to the next town over," the nurses wrote.'],
      [['Every closed ward moves the queue to the next town over,', 'the nurses']]],
    ['"the agency" is the body named just before',
      ['ABC 7 reached out to the Department of Transportation for comment. In an official response to the inquiry, the agency said, "The Federal Motor Carrier Safety Administration is aware of the allegations."'],
      [['The Federal Motor Carrier Safety Administration is aware of the allegations.', 'Department of Transportation']]],
    ['"the company", our own',
      ['Shoppers at Greenleaf Grocers saw prices fall in May. The company said in a note that it had saved customers “hundreds of millions of dollars” since the merger.'],
      [['hundreds of millions of dollars', 'Greenleaf Grocers']]],
    ['"the group" is not the company named last',
      ['Workers formed the WeWorkers Coalition last year. They say WeWork cut staff in October.', 'The group says WeWork “is not following through on its promise to treat employees with dignity”.'],
      [['is not following through on its promise to treat employees with dignity', 'The group']]],
    ['a body of another kind is not "the agency"',
      ['Reporters asked Greenleaf Grocers about the recall. The agency said, "We are reviewing every report of illness with great care."'],
      [['We are reviewing every report of illness with great care.', 'The agency']]],
    ['a thing something owns is no speaker',
      ['But its cutback on orders of the jumbo jet called it the "end of an era, for sure," as the industry changed.'],
      [['end of an era, for sure,', null]]],
    ['a publication reporting a quote does not speak it',
      ['The Harbour Gazette reports: "Ferry crews are leaving for better-paid jobs inland" with the larger operators, said Maria Olsen, a union organiser. "It is a slow bleed."'],
      [['Ferry crews are leaving for better-paid jobs inland', 'Maria Olsen'], ['It is a slow bleed.', 'Maria Olsen']]],
    ['the corpus shape: the Los Angeles Times reports',
      ['The Los Angeles Times reports: "Stanford computer science graduates are struggling to find entry-level jobs" with the most prominent tech brands, said Jan Liphardt, associate professor of bioengineering at Stanford University.'],
      [['Stanford computer science graduates are struggling to find entry-level jobs', 'Jan Liphardt']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});
