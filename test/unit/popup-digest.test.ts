// The background digests for the popup's slow path ('popup→background:digest'): the core runs only there.
import { describe, expect, test, vi } from 'vitest';
import { startBackground } from '../../src/background/background.ts';
import { PreparedDigests } from '../../src/shared/tab-state.ts';
import { writeSettings } from '../../src/shared/settings.ts';
import type { PopupDigestReply, PopupDigestRequest } from '../../src/shared/messages.ts';
import type { Article } from '../../src/core/types.ts';
import { fakeBrowser } from './fake-browser.ts';

// The core as shipped, except that it throws on an article with this title: the one way to see the handler meet a
// core failure without a page that breaks it (which the core's own tests would then fix).
const THROWS = 'The core throws on this one';
vi.mock('../../src/core/digest.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/digest.ts')>();
  return {
    ...real,
    digest: (article: Article, options: Parameters<typeof real.digest>[1]) => {
      if (article.title === THROWS) throw new Error('core failure');
      return real.digest(article, options);
    },
  };
});

const TAB = 3;
const PAGE_URL = 'https://news.example/story';
const POPUP = { id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' };
const article = (title: string, paragraphs: string[], lang: string | null = null): Article =>
  ({ title, byline: null, siteName: 'News', publishedTime: '2025-09-02T10:00:00Z', lang, url: `${PAGE_URL}?canonical`, paragraphs } as Article);
const ENGLISH = article('Minister resigns', [
  '“We will not back down,” Jane Holloway, the transport minister, said on Monday.',
  'The minister resigned after the vote, which the government lost by twelve votes in the evening.',
  'Opposition leaders said the result showed that the country wanted a change of course on the railways.',
]);
const ITALIAN = article('La ministra si dimette', [
  '«Non ci tireremo indietro», ha detto lunedì la ministra dei trasporti, che si è dimessa dopo il voto.',
  'Il governo ha perso il voto della sera e i leader della opposizione hanno detto che il paese vuole cambiare.',
  'La ministra ha detto che non era una sorpresa per lei e che la sua decisione era già presa da giorni.',
]);
const OPTIONS = { summaryLength: 'medium' as const, keyQuotes: 4 };
const request = (over: Partial<PopupDigestRequest> = {}): PopupDigestRequest =>
  ({ article: ENGLISH, options: OPTIONS, anyLanguage: false, from: { tabId: TAB, pageUrl: PAGE_URL, extractMs: 7 }, ...over });
const withoutPage = (): PopupDigestRequest => {
  const { from: _, ...rest } = request();
  return rest;
};
const digestMessage = (arg: unknown) => ({ name: 'popup→background:digest', arg });

/** A started background whose tab 3 was detected as an article (or not), and what it answers the popup. */
async function ask(arg: unknown, setUp: { isArticle?: boolean; prepareDigest?: boolean } = {}) {
  const b = fakeBrowser();
  startBackground(b.browser);
  if (setUp.prepareDigest === false) await writeSettings(b.fake.storage.sync, { prepareDigest: false });
  await b.deliver({ name: 'content→background:detected', arg: { isArticle: setUp.isArticle ?? true, signals: [] } }, { id: 'lede-id', tab: { id: TAB } as never, url: PAGE_URL });
  const reply = await b.deliver(digestMessage(arg), POPUP) as PopupDigestReply | undefined;
  // Keeping the digest as the tab's prepared one runs after the reply.
  await new Promise((r) => setTimeout(r, 10));
  return { reply, kept: await new PreparedDigests(b.fake.storage.session).get(TAB) };
}

/** The reply reduced to what the popup renders from it. */
function gist(reply: PopupDigestReply | undefined): unknown {
  if (!reply) return reply;
  if (!reply.ok) return reply;
  return { ok: true, lang: reply.lang, title: reply.digest.article.title, speaker: reply.digest.quotes[0]?.speaker ?? null, meta: reply.meta.shown.startsWith('News · ') };
}

describe("the background's digest for the popup", () => {
  test.each<[string, unknown, { isArticle?: boolean; prepareDigest?: boolean }, unknown, boolean]>([
    ['an English article: its digest, language and meta line', request(), {}, { ok: true, lang: 'en', title: 'Minister resigns', speaker: 'Jane Holloway', meta: true }, true],
    ['a language the core does not read: why, with the language for "Digest anyway"', request({ article: ITALIAN }), {}, { ok: false, reason: 'unsupported-language', lang: 'it' }, false],
    ['the same page after "Digest anyway": a digest, kept from being shown unasked', request({ article: ITALIAN, anyLanguage: true }), {}, { ok: true, lang: 'it', title: 'La ministra si dimette', speaker: null, meta: true }, false],
    ['the core throws: a reply saying it failed, never a rejection', request({ article: { ...ENGLISH, title: THROWS } }), {}, { ok: false, reason: 'failed' }, false],
    ['a request not of the popup\'s shape: failed', { article: null, options: OPTIONS, anyLanguage: false }, {}, { ok: false, reason: 'failed' }, false],
    ['"Digest anyway" on a page the detector turned down: a digest, not kept', request(), { isArticle: false }, { ok: true, lang: 'en', title: 'Minister resigns', speaker: 'Jane Holloway', meta: true }, false],
    ['preparing switched off: a digest, not kept', request(), { prepareDigest: false }, { ok: true, lang: 'en', title: 'Minister resigns', speaker: 'Jane Holloway', meta: true }, false],
    ['a popup that does not know the page\'s URL: a digest, not kept', withoutPage(), {}, { ok: true, lang: 'en', title: 'Minister resigns', speaker: 'Jane Holloway', meta: true }, false],
  ])('%s', async (_label, arg, setUp, expected, kept) => {
    const answer = await ask(arg, setUp);
    expect(gist(answer.reply)).toEqual(expected);
    expect(answer.kept !== null).toBe(kept);
  });

  test('the digest kept for the tab is the one preparing would have made: same page URL, settings and article URL', async () => {
    const { reply, kept } = await ask(request({ options: { summaryLength: 'short', keyQuotes: 3 } }));
    expect(kept).toMatchObject({ url: PAGE_URL, lang: 'en', articleUrl: `${PAGE_URL}?canonical`, options: { summaryLength: 'short', keyQuotes: 3 }, timing: { extractMs: 7 } });
    expect(reply?.ok && kept?.digest).toEqual(reply?.ok && reply.digest);
  });

  test.each([
    ['a content script (a tab)', { id: 'lede-id', tab: { id: TAB } as never, url: PAGE_URL }],
    ['a web page posing as the popup', { id: 'lede-id', url: 'https://evil.example/popup.html' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
  ])('does not answer %s', async (_label, sender) => {
    const b = fakeBrowser();
    startBackground(b.browser);
    expect(await b.deliver(digestMessage(request()), sender)).toBeUndefined();
  });
});
