import { describe, expect, test } from 'vitest';
import { chooseKeyQuotes, type QuoteCandidate } from '../../src/core/quotes/key-quotes.ts';

const q = (text: string, speaker: string | null, partial = false): QuoteCandidate => ({ text, speaker, partial });

describe('chooseKeyQuotes', () => {
  test.each([
    ['whole quotes before fragments', [
      q('severe consequences', 'Donald Trump', true),
      q('Now we see this mutual understanding, it is noticeable. We are very happy about this.', 'Vladimir Putin'),
    ], 1, [1]],
    ['informative before phatic', [
      q('Thank you very much, everyone.', 'Ann Lee'),
      q('The new plant will employ 400 people and open in the spring of next year.', 'Ann Lee'),
    ], 1, [1]],
    ['no near-duplicates', [
      q('We will never give up on the people of this city, whatever it takes.', 'Ann Lee'),
      q('We will never give up on the people of this city, whatever it takes!', 'Ann Lee'),
      q('Budgets are tight, but the library stays open on Sundays for now.', 'Ann Lee'),
    ], 2, [0, 2]],
    ['several speakers where the article has them', [
      q('The quality in both the squad and the academy excites me a great deal.', 'Jose Mourinho'),
      q('Working with these players is what has attracted me to the job here.', 'Jose Mourinho'),
      q('He is renowned for his tactical prowess and has managed several big clubs.', 'Tottenham Hotspur'),
    ], 2, [0, 2]],
    ['central people first', [
      q('The council will review the plans again before the end of the month.', 'Bob Minor'),
      q('This decision changes how every school in the county will be funded.', 'Ann Lead'),
    ], 1, [1]],
    ['a long fragment of a central speaker after a whole quote of another', [
      q('to return capital to shareholders through dividends, in addition to investing for growth that will drive revenues.', 'Ann Lead', true),
      q('Financial players are making significant money on the way down, and they know it.', 'Bob Minor'),
      q('The merged company will cut costs in every newsroom it owns over the next year.', 'Bob Minor'),
    ], 2, [1, 2]],
    ['fragments only when whole quotes run out', [
      q('to return capital to shareholders through dividends, in addition to investing for growth.', 'Ann Lead', true),
      q('Financial players are making significant money on the way down, and they know it.', 'Bob Minor'),
    ], 2, [0, 1]],
    ['a fragment of a word or two is never a key quote', [
      q('significantly', 'HCA', true),
      q('Another way of phrasing what the firm said is that the plan is a lot cheaper for the company.', 'Bob Minor'),
      q('in many cases, the discounts make the medications less expensive than what plans can negotiate', 'HCA', true),
    ], 4, [1, 2]],
    ['fewer quotes than asked', [q('It was a long night for all of us here.', 'Ann Lee')], 4, [0]],
    ['none asked', [q('It was a long night for all of us here.', 'Ann Lee')], 0, []],
  ])('%s', (_, quotes, count, expected) => {
    const mentions = new Map([['Ann Lead', 9], ['Bob Minor', 1], ['Vladimir Putin', 8], ['Donald Trump', 6]]);
    expect(chooseKeyQuotes(quotes, mentions, count)).toEqual(expected);
  });
});
