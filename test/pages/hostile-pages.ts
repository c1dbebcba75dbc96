// Pages built to be awkward (issue 17), generated at test time so that no megabytes sit in the repository: storms of
// quotation marks, deep nesting, tens of thousands of names, endless paragraphs, invisible noise, broken encodings,
// huge metadata. The unit tests (test/pages/hostile.test.ts), the bench (`npm run bench -- --hostile`) and both
// browsers (test/e2e/hostile-suite.ts) read the same pages from here.
import { seededRandom as random } from '../seeded-random.ts';

/**
 * What a page must end in: a digest (with this notice, if given), or a one-line reason with this code: an
 * extraction's ReadingCode ('too-deep'), or a digest's notice that there is nothing usable ('only-names').
 */
export type HostileOutcome = { digest: true; notice?: string } | { digest: false; code: string };

export interface HostilePage {
  /** Also the page's path in the browser tests: lower case, digits and dashes. */
  name: string;
  what: string;
  html: string;
  expect: HostileOutcome;
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** A capitalised word made of letters only, distinct for each `i` (base 26): 0 → "Ba", 1 → "Bb", 27 → "Cbb"… */
export function nameWord(i: number, first = 'B'): string {
  let s = '';
  let n = i;
  do { s = String.fromCharCode(97 + (n % 26)) + s; n = Math.floor(n / 26); } while (n > 0);
  return first + s;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The signals of a news article (og:type, a publication date, a byline), so the detector says yes and the pipeline
// runs as on a real story, not only under "Digest anyway".
function articlePage(title: string, body: string, { byline = 'By Dana Reyes', lang = 'en' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
    + '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T09:00:00Z">'
    + `</head><body><article><h1>${escapeHtml(title)}</h1><p class="byline">${escapeHtml(byline)}</p>${body}</article></body></html>`;
}

const paragraphs = (texts: readonly string[]) => texts.map((p) => `<p>${escapeHtml(p)}</p>`).join('');

// Every quotation mark the core knows, and dashes that open Spanish and Portuguese dialogue.
const MARKS = ['“', '”', '„', '"', '‘', '’', '‚', "'", '«', '»', '‹', '›', '—', '「', '」'];
const WORDS = ['the', 'council', 'said', 'budget', 'would', 'never', 'pass', 'and', 'told', 'reporters', 'that', 'it', 'was', 'over', 'a', 'plan'];

/** The first page: 1,500 paragraphs (about 2 MB) of unbalanced, nested marks of every style and capitalised words. */
function quoteStorm(): string {
  const next = random(17);
  const texts = Array.from({ length: 1_500 }, (_, p) => {
    const words: string[] = [];
    while (words.join(' ').length < 1_300) {
      const r = next();
      if (r < 0.25) words.push(pick(next, MARKS) + pick(next, WORDS));
      else if (r < 0.4) words.push(pick(next, WORDS) + pick(next, MARKS));
      else if (r < 0.6) words.push(nameWord(Math.floor(next() * 5_000), pick(next, ['M', 'K', 'T', 'Z'])));
      else if (r < 0.63) words.push(pick(next, WORDS) + '.');
      else words.push(pick(next, WORDS));
    }
    return `${nameWord(p, 'P')} ${words.join(' ')}`;
  });
  return articlePage('Council storm over the budget', paragraphs(texts));
}

/** 20,000 nested divs around one short article: jsdom's recursive algorithms overflow the stack on it. */
function deepNesting(): string {
  const story = paragraphs([
    '“We will not back down,” said Maria Gonzalez, the mayor of Springfield, on Tuesday.',
    'The council voted 7-2 to approve the budget, according to a statement from City Hall.',
  ]);
  return articlePage('Deep', `${'<div>'.repeat(20_000)}${story}${'</div>'.repeat(20_000)}`);
}

/** The third page: one paragraph of 30,000 "Given Surname said." sentences, every name distinct. */
function saidNames(): string {
  const text = Array.from({ length: 30_000 }, (_, i) => `${nameWord(i, 'N')} ${nameWord(i, 'S')} said.`).join(' ');
  return articlePage('Who said it', `<p>${text}</p>`);
}

/** Tens of thousands of distinct capitalised names in ordinary sentences over 600 paragraphs. */
function manyNames(): string {
  const next = random(3);
  const texts = Array.from({ length: 600 }, (_, p) => Array.from({ length: 6 }, (_, s) => {
    const i = p * 60 + s * 10;
    const names = Array.from({ length: 8 }, (_, k) => `${nameWord(i + k, 'G')} ${nameWord(i + k + (next() < 0.5 ? 1 : 7), 'R')}`);
    return `${names.slice(0, 4).join(', ')} and ${names[4]} met ${names[5]} of ${nameWord(i, 'O')} Corp, ${names[6]} told ${names[7]} on Monday.`;
  }).join(' '));
  return articlePage('A crowd of names', paragraphs(texts));
}

/** A single paragraph of 400,000 words and no punctuation at all. */
function noPunctuation(): string {
  const next = random(5);
  const words = Array.from({ length: 400_000 }, () => (next() < 0.1 ? nameWord(Math.floor(next() * 300), 'W') : pick(next, WORDS)));
  return articlePage('No stops', `<p>${words.join(' ')}</p>`);
}

/** About 5 MB of short paragraphs: 100,000 elements. */
function shortParagraphs(): string {
  const texts = Array.from({ length: 100_000 }, (_, i) => `Item ${i}: the council met.`);
  return articlePage('Minutes', paragraphs(texts).replace(/<\/p>/g, ' Nothing else was decided at the meeting.</p>'));
}

// Zero-width space, joiner and non-joiner, word joiner, BOM, soft hyphen; bidi embeddings, overrides and isolates.
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202b', '\u202e', '\u202c', '\u2066', '\u2067', '\u2069'];
const EMOJI = ['😀', '👩‍👩‍👧', '🇫🇷', '🏳️‍🌈', '✊🏾', '\u{1F9D1}\u{200D}\u{1F680}'];

/** A real-looking story whose names and quotes are laced with zero-width characters, bidi controls and emoji. */
function invisibleNoise(): string {
  const next = random(9);
  const noisy = (text: string) => [...text].map((ch) => (next() < 0.3 ? ch + pick(next, INVISIBLE) : next() < 0.03 ? ch + pick(next, EMOJI) : ch)).join('');
  const texts = Array.from({ length: 120 }, (_, i) => [
    `“${noisy('We will not back down from this fight')},” said ${noisy('Maria Gonzalez')}, the mayor of Springfield.`,
    `${noisy('John Smith')}, a spokesman for the union, said the deal was “${noisy('a step in the right direction')}” but not enough.`,
    `The council voted ${i % 9}-2 on Tuesday to approve the budget, according to a statement from City Hall.`,
  ].join(' '));
  return articlePage(noisy('Mayor vows to fight'), paragraphs(texts), { byline: noisy('By Dana Reyes') });
}

/** NUL bytes, C0 controls, lone surrogates, replacement characters and mojibake, inside the text and the markup. */
function brokenEncoding(): string {
  const texts = Array.from({ length: 80 }, (_, i) => [
    `â€œWe will not back down,â€\u009d said Maria Gonzalez\u0000, the mayor of Springfield.`,
    `John\u0000 Smith, a spokesman for the union\ufffd\ufffd, said the deal was “a step in the right direction${i % 2 ? '\ud800' : '\udfff'}.”`,
    `The council\u0001\u0008\u001b voted on Tuesday to approve the budget, according to a statement from City Hall\u0000\u0000.`,
  ].join(' '));
  return articlePage('Budget\u0000 approved', paragraphs(texts)).replace('charset="utf-8"', 'charset="x-user-defined"') + '\u0000\ud800';
}

/** A title and a byline of 100,000 characters each, in the page's head, JSON-LD and body. */
function hugeMetadata(): string {
  const title = Array.from({ length: 12_500 }, (_, i) => (i % 2 ? 'Budget' : 'Council')).join(' ').slice(0, 100_000);
  const byline = `By ${Array.from({ length: 10_000 }, (_, i) => `${nameWord(i, 'A')} ${nameWord(i, 'L')}`).join(', ')}`.slice(0, 100_000);
  const story = paragraphs(Array.from({ length: 12 }, (_, i) =>
    `“We will not back down,” said Maria Gonzalez, the mayor of Springfield, on Tuesday ${i}. The council voted 7-2 to approve the budget, according to a statement from City Hall.`));
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, author: { '@type': 'Person', name: byline } });
  return articlePage(title, story, { byline }).replace('</head>', `<meta name="author" content="${escapeHtml(byline)}"><script type="application/ld+json">${ld}</script></head>`);
}

/** Every element is a quote: 3,000 blockquotes and q elements, each one whole quotation and nothing else. */
function allQuotes(): string {
  const next = random(11);
  const quotes = Array.from({ length: 3_000 }, (_, i) => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(next, WORDS)).join(' ');
    return i % 2 ? `<blockquote><p>“${words}”</p></blockquote>` : `<p><q>“${words},”</q></p>`;
  });
  return articlePage('Quotes', quotes.join(''));
}

/** Only quotation marks: paragraphs of marks and spaces, no word at all. */
function onlyMarks(): string {
  const next = random(13);
  const texts = Array.from({ length: 200 }, () => Array.from({ length: 400 }, () => pick(next, MARKS)).join(next() < 0.5 ? ' ' : ''));
  return articlePage('” “ « »', paragraphs(texts));
}

/**
 * Every hostile page with what it must end in. Built on each call (a few hundred ms, tens of MB): call once per run.
 * Example: `hostilePages().find((p) => p.name === 'deep-nesting').html` is 20,000 nested divs.
 */
export function hostilePages(): HostilePage[] {
  return [
    { name: 'quote-storm', what: '2 MB, 1,500 paragraphs of unbalanced marks of every style', html: quoteStorm(), expect: { digest: true, notice: 'over-budget' } },
    { name: 'deep-nesting', what: '20,000 nested divs', html: deepNesting(), expect: { digest: false, code: 'too-deep' } },
    { name: 'said-names', what: '30,000 "Given Surname said." in one paragraph', html: saidNames(), expect: { digest: false, code: 'only-names' } },
    { name: 'many-names', what: '29,000 distinct names in 3,600 sentences', html: manyNames(), expect: { digest: true, notice: 'over-budget' } },
    { name: 'no-punctuation', what: 'one 400,000-word paragraph, no punctuation', html: noPunctuation(), expect: { digest: false, code: 'no-sentences' } },
    { name: 'short-paragraphs', what: '5 MB of 100,000 short paragraphs', html: shortParagraphs(), expect: { digest: false, code: 'too-large' } },
    { name: 'invisible-noise', what: 'zero-width, bidi controls and emoji inside names and quotes', html: invisibleNoise(), expect: { digest: true } },
    { name: 'broken-encoding', what: 'NUL bytes, controls, lone surrogates, mojibake, a bogus charset', html: brokenEncoding(), expect: { digest: true } },
    { name: 'huge-metadata', what: 'title and byline of 100,000 characters', html: hugeMetadata(), expect: { digest: true } },
    { name: 'all-quotes', what: 'every element a quote (3,000)', html: allQuotes(), expect: { digest: true, notice: 'over-budget' } },
    { name: 'only-marks', what: 'paragraphs of quotation marks only', html: onlyMarks(), expect: { digest: false, code: 'only-marks' } },
  ];
}
