import { describe, expect, test } from 'vitest';
import type { Digest, Quote } from '../../src/core/types.ts';
import { ENGLISH_LABELS, copiedQuotes, digestMarkdown, digestPlainText, escapeMarkdown } from '../../src/popup/markdown.ts';

function quote(text: string, speaker: string | null, key: boolean): Quote {
  return { text, speaker, speakerKind: speaker ? 'person' : null, key, partial: false, span: { start: 0, end: 1 }, paragraph: 0, paragraphSpan: { start: 0, end: 1 } };
}

const DIGEST: Digest = {
  article: { title: 'Putin says the *administration* is listening', byline: 'By Staff Reporter', siteName: 'World Desk', publishedTime: null, lang: 'en', wordCount: 375, readingMinutes: 2 },
  summary: 'Russian President Vladimir Putin said on Tuesday that the administration is listening.',
  quotes: [quote('The administration is listening to us,', 'Vladimir Putin', true), quote('A third remark.', null, false)],
  people: [
    { name: 'Vladimir Putin', aliases: ['Putin'], role: 'Russian President', mentions: 9, quotes: 1 },
    { name: 'Donald Trump', aliases: ['Trump'], role: null, mentions: 3, quotes: 0 },
  ],
  organizations: [{ name: 'NATO', aliases: [], mentions: 2 }, { name: 'SCO', aliases: [], mentions: 1 }],
  text: '',
  notice: null,
};

const input = { digest: DIGEST, quotes: copiedQuotes(DIGEST, 4), url: 'https://example.org/news/putin?id=1', meta: 'World Desk · 2 min read', labels: ENGLISH_LABELS };

describe('digestMarkdown', () => {
  test('headline, meta, summary, quotes with speaker and role, people, organisations, source', () => {
    expect(digestMarkdown(input)).toBe([
      '# Putin says the \\*administration\\* is listening',
      '',
      '*World Desk · 2 min read*  ',
      '*By Staff Reporter*',
      '',
      'Russian President Vladimir Putin said on Tuesday that the administration is listening.',
      '',
      '## Key quotes',
      '',
      '> “The administration is listening to us,”',
      '> — Vladimir Putin, Russian President',
      '',
      "## Who's involved",
      '',
      '- **Vladimir Putin**, Russian President',
      '- **Donald Trump**',
      '',
      'Organisations: NATO, SCO',
      '',
      'Source: <https://example.org/news/putin?id=1>',
      '',
    ].join('\n'));
  });

  test('a quote without a speaker has no attribution line; all quotes when unfolded', () => {
    const md = digestMarkdown({ ...input, quotes: DIGEST.quotes });
    expect(md).toContain('> “A third remark.”\n\n## Who');
  });

  test('an empty digest is just its headline', () => {
    const empty: Digest = { ...DIGEST, summary: '', quotes: [], people: [], organizations: [], article: { ...DIGEST.article, byline: null } };
    expect(digestMarkdown({ ...input, digest: empty, quotes: [], url: null, meta: '' })).toBe('# Putin says the \\*administration\\* is listening\n');
  });
});

describe('digestPlainText', () => {
  test('the same digest without markup', () => {
    expect(digestPlainText(input)).toBe([
      'Putin says the *administration* is listening',
      'World Desk · 2 min read',
      'By Staff Reporter',
      '',
      'Russian President Vladimir Putin said on Tuesday that the administration is listening.',
      '',
      'Key quotes',
      '“The administration is listening to us,” — Vladimir Putin, Russian President',
      '',
      "Who's involved",
      'Vladimir Putin (Russian President)',
      'Donald Trump',
      '',
      'Organisations: NATO, SCO',
      '',
      'Source: https://example.org/news/putin?id=1',
      '',
    ].join('\n'));
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['1. A *big* win', '1\\. A \\*big\\* win'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['snake_case and `code`', 'snake\\_case and \\`code\\`'],
    ['Plain words, 2.5 per cent - fine', 'Plain words, 2.5 per cent - fine'],
  ])('%s', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });
});
