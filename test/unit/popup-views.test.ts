import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Digest, Quote } from '../../src/core/types.ts';
import { el } from '../../src/popup/dom.ts';
import { digestView, stateView } from '../../src/popup/views.ts';

const HOSTILE = '<img src=x onerror="window.pwned=1"></script><script>window.pwned=2</script>';

function quote(text: string, speaker: string | null, key: boolean): Quote {
  return { text, speaker, speakerKind: speaker ? 'person' : null, key, partial: false, span: { start: 0, end: 1 }, paragraph: 0, paragraphSpan: { start: 0, end: 1 } };
}

function sampleDigest(overrides: Partial<Digest> = {}): Digest {
  return {
    article: { title: 'Putin says the administration is listening', byline: 'By Staff Reporter', siteName: 'World Desk', publishedTime: '2025-09-02T14:05:00Z', lang: 'en', wordCount: 375, readingMinutes: 2 },
    summary: 'Russian President Vladimir Putin said on Tuesday that the administration is listening.',
    quotes: [quote('The administration is listening to us,', 'Vladimir Putin', true), quote('We can work with them.', 'Vladimir Putin', true), quote('A third remark.', null, false)],
    people: [
      { name: 'Vladimir Putin', aliases: ['Putin'], role: 'Russian President', mentions: 9, quotes: 2 },
      { name: 'Donald Trump', aliases: ['Trump'], role: null, mentions: 3, quotes: 0 },
    ],
    organizations: [{ name: 'NATO', aliases: [], mentions: 2 }],
    text: '',
    notice: null,
    ...overrides,
  };
}

function render(digest: Digest) {
  const { window } = new JSDOM('<!doctype html><main id="app"></main>', { runScripts: 'outside-only' });
  const doc = window.document;
  doc.getElementById('app')!.append(digestView(doc, digest, 4));
  return { doc, window };
}

const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((n) => n.textContent);

describe('digestView', () => {
  test('shows meta line, headline, byline, summary, key quotes with speaker and role, people and organisations', () => {
    const { doc } = render(sampleDigest());
    expect(doc.querySelector('.meta')!.textContent).toBe(`World Desk · ${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 8, 2))} · 2 min read`);
    expect(doc.querySelector('.headline')!.textContent).toBe('Putin says the administration is listening');
    expect(doc.querySelector('.byline')!.textContent).toBe('By Staff Reporter');
    expect(doc.querySelector('.summary')!.textContent).toMatch(/^Russian President Vladimir Putin/);
    expect(texts(doc, '.quote .quote-text')).toEqual(['The administration is listening to us,', 'We can work with them.']);
    expect(texts(doc, '.quote .speaker')).toEqual(['Vladimir Putin', 'Vladimir Putin']);
    expect(texts(doc, '.quote .speaker-role')).toEqual(['Russian President', 'Russian President']);
    expect(texts(doc, '.person .name')).toEqual(['Vladimir Putin', 'Donald Trump']);
    expect(doc.querySelector('.organizations')!.textContent).toBe('Organisations: NATO');
  });

  test('"Show all N quotes" toggles between key quotes and every quote', () => {
    const { doc } = render(sampleDigest());
    const toggle = doc.querySelector<HTMLButtonElement>('.show-all-quotes')!;
    expect(toggle.textContent).toBe('Show all 3 quotes');
    toggle.click();
    expect(doc.querySelectorAll('.quote')).toHaveLength(3);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(doc.querySelector('.quote:last-child .speaker-unknown')!.textContent).toBe('Speaker not named');
    toggle.click();
    expect(doc.querySelectorAll('.quote')).toHaveLength(2);
  });

  test('people beyond five fold behind "+ N more"', () => {
    const people = Array.from({ length: 8 }, (_, i) => ({ name: `Person ${i}`, aliases: [], role: null, mentions: 8 - i, quotes: 0 }));
    const { doc } = render(sampleDigest({ people }));
    expect(doc.querySelectorAll('.person')).toHaveLength(5);
    doc.querySelector<HTMLButtonElement>('.more-people')!.click();
    expect(doc.querySelectorAll('.person')).toHaveLength(8);
  });

  test('page data with markup and script stays inert text', () => {
    const { doc, window } = render(sampleDigest({
      article: { ...sampleDigest().article, title: HOSTILE, byline: HOSTILE, siteName: HOSTILE },
      summary: HOSTILE,
      quotes: [quote(HOSTILE, HOSTILE, true)],
      people: [{ name: HOSTILE, aliases: [], role: HOSTILE, mentions: 1, quotes: 1 }],
      organizations: [{ name: HOSTILE, aliases: [], mentions: 1 }],
    }));
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.querySelector('.headline')!.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.quote-text')!.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.person .name')!.textContent).toBe(HOSTILE);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  test('a too-short article shows the notice and what there is', () => {
    const { doc } = render(sampleDigest({ summary: '', quotes: [], people: [], organizations: [], notice: 'This article is too short for a full digest.' }));
    expect(doc.querySelector('.notice')!.textContent).toBe('This article is too short for a full digest.');
    expect(doc.querySelector('.summary')).toBeNull();
    expect(doc.querySelector('.quotes')).toBeNull();
  });
});

describe('stateView and el', () => {
  test('a state has its title, detail and one working action', () => {
    const { window } = new JSDOM('');
    let clicked = 0;
    const view = stateView(window.document, 'not-article', "This page doesn't look like a news article.", 'detail', { label: 'Digest anyway', run: () => clicked++ });
    expect(view.dataset['state']).toBe('not-article');
    view.querySelector('button')!.click();
    expect(clicked).toBe(1);
  });

  test.each(['onclick', 'ONERROR', 'onload'])('el refuses the event-handler attribute %s', (name) => {
    const { window } = new JSDOM('');
    expect(() => el(window.document, 'p', { attrs: { [name]: 'alert(1)' } })).toThrow(/refusing/);
  });
});
