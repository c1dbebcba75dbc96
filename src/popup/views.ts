import type { Digest, Person, Quote } from '../shared/digest-types.ts';
import { el } from './dom.ts';
import { keyQuotes, metaLine, noticeText, presenceDots, speakerRole } from './format.ts';
import { t } from '../shared/i18n.ts';
import { quotationMarks } from './quotation-marks.ts';

/** What the reader can do with a quote: find it in the page (popup.ts sends it to the content script). */
export interface QuoteActions {
  onQuote?: (quote: Quote) => void;
}

// Beyond this many people the list folds behind "+ N more".
const PEOPLE_SHOWN = 5;
const ORGANIZATIONS_SHOWN = 5;

/**
 * The digest of one article: meta line, headline, byline, summary, key quotes, who's involved. `meta` is the meta
 * line when it was made ahead (see format.ts digestMeta).
 */
export function digestView(doc: Document, digest: Digest, keyQuoteCount: number, actions: QuoteActions = {}, meta = metaLine(digest.article)): HTMLElement {
  const { article } = digest;
  return el(doc, 'article', { class: 'digest' },
    el(doc, 'p', { class: 'meta' }, meta),
    el(doc, 'h1', { class: 'headline', attrs: { tabindex: '-1' } }, article.title || t('untitledArticle')),
    article.byline ? el(doc, 'p', { class: 'byline' }, article.byline) : null,
    // The summary lives in its own section so the on-device summary (issue 5) can replace its text in place.
    el(doc, 'section', { class: 'summary-section', attrs: { 'aria-label': t('summaryLabel') } },
      digest.summary ? el(doc, 'p', { class: 'summary' }, digest.summary) : null),
    digest.notice ? el(doc, 'p', { class: 'notice', attrs: { role: 'note' } }, noticeText(digest)) : null,
    digest.quotes.length > 0 ? quotesSection(doc, digest, keyQuoteCount, actions) : null,
    digest.people.length + digest.organizations.length > 0 ? peopleSection(doc, digest) : null,
  );
}

function quotesSection(doc: Document, digest: Digest, keyQuoteCount: number, actions: QuoteActions): HTMLElement {
  const shown = keyQuotes(digest.quotes, keyQuoteCount);
  const list = el(doc, 'ul', { class: 'quote-list', attrs: { id: 'quote-list' } }, ...shown.map((q) => quoteItem(doc, q, digest, actions)));
  const section = el(doc, 'section', { class: 'quotes', attrs: { 'aria-labelledby': 'quotes-heading' } },
    el(doc, 'h2', { attrs: { id: 'quotes-heading' } }, t('keyQuotesHeading')), list);
  if (digest.quotes.length > shown.length) {
    const label = t('showAllQuotes', String(digest.quotes.length));
    const toggle = el(doc, 'button', { class: 'toggle show-all-quotes', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'quote-list' } }, label);
    toggle.addEventListener('click', () => {
      const expanded = toggle.getAttribute('aria-expanded') === 'true';
      // Expanded, the list shows every quote in article order; folded, only the key ones.
      list.replaceChildren(...(expanded ? shown : digest.quotes).map((q) => quoteItem(doc, q, digest, actions)));
      toggle.setAttribute('aria-expanded', String(!expanded));
      toggle.textContent = expanded ? label : t('showKeyQuotesOnly');
    });
    section.append(toggle);
  }
  return section;
}

function quoteItem(doc: Document, quote: Quote, digest: Digest, actions: QuoteActions): HTMLElement {
  const role = speakerRole(quote, digest.people);
  // Quotation marks come from CSS (::before/::after, from these attributes) in the article's convention, so the text
  // node holds exactly the article's words.
  const { open, close } = quotationMarks(digest.article.lang);
  const text = el(doc, 'blockquote', { class: 'quote-text', attrs: { 'data-open': open, 'data-close': close } }, quote.text);
  const { onQuote } = actions;
  if (onQuote) {
    // The quote itself is the control (a <button> may not contain a blockquote): focusable, Enter and Space act.
    text.classList.add('findable');
    text.setAttribute('role', 'button');
    text.setAttribute('tabindex', '0');
    text.setAttribute('aria-description', t('findQuoteHint'));
    text.title = t('findQuoteHint');
    text.addEventListener('click', () => onQuote(quote));
    text.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      onQuote(quote);
    });
  }
  return el(doc, 'li', { class: quote.partial ? 'quote partial' : 'quote' },
    text,
    el(doc, 'p', { class: 'attribution' },
      quote.speaker ? el(doc, 'span', { class: 'speaker' }, quote.speaker) : el(doc, 'span', { class: 'speaker-unknown' }, t('speakerUnknown')),
      role ? el(doc, 'span', { class: 'speaker-role' }, role) : null));
}

function peopleSection(doc: Document, digest: Digest): HTMLElement {
  const maxMentions = Math.max(0, ...digest.people.map((p) => p.mentions));
  const list = el(doc, 'ul', { class: 'people-list', attrs: { id: 'people-list' } });
  const showPeople = (people: Person[]) => list.replaceChildren(...people.map((p) => personItem(doc, p, maxMentions)));
  showPeople(digest.people.slice(0, PEOPLE_SHOWN));
  const section = el(doc, 'section', { class: 'people', attrs: { 'aria-labelledby': 'people-heading' } },
    el(doc, 'h2', { attrs: { id: 'people-heading' } }, t('peopleHeading')), digest.people.length > 0 ? list : null);
  const footer = el(doc, 'p', { class: 'people-footer' });
  const hidden = digest.people.length - PEOPLE_SHOWN;
  if (hidden > 0) {
    const more = el(doc, 'button', { class: 'toggle more-people', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'people-list' } }, t('morePeople', String(hidden)));
    more.addEventListener('click', () => {
      const expanded = more.getAttribute('aria-expanded') === 'true';
      showPeople(expanded ? digest.people.slice(0, PEOPLE_SHOWN) : digest.people);
      more.setAttribute('aria-expanded', String(!expanded));
      more.textContent = expanded ? t('morePeople', String(hidden)) : t('showFewer');
    });
    footer.append(more);
  }
  if (digest.organizations.length > 0) {
    const names = digest.organizations.slice(0, ORGANIZATIONS_SHOWN).map((o) => o.name).join(', ');
    footer.append(el(doc, 'span', { class: 'organizations' }, t('organizations', names)));
  }
  if (footer.childNodes.length > 0) section.append(footer);
  return section;
}

function personItem(doc: Document, person: Person, maxMentions: number): HTMLElement {
  const dots = presenceDots(person.mentions, maxMentions);
  const mentioned = person.mentions === 1 ? t('mentionedOnce') : t('mentionedTimes', String(person.mentions));
  return el(doc, 'li', { class: 'person' },
    el(doc, 'span', { class: 'name' }, person.name),
    el(doc, 'span', { class: 'role' }, person.role ?? ''),
    el(doc, 'span', { class: 'presence', attrs: { role: 'img', 'aria-label': mentioned, title: mentioned } },
      '●'.repeat(dots), el(doc, 'span', { class: 'presence-empty' }, '●'.repeat(5 - dots))));
}

/** A state other than a digest: one heading-like line, an explanation, and at most one action. */
export function stateView(doc: Document, kind: string, title: string, detail: string | null, action?: { label: string; run: () => void }): HTMLElement {
  const button = action ? el(doc, 'button', { class: 'action', attrs: { type: 'button' } }, action.label) : null;
  if (button && action) button.addEventListener('click', action.run);
  return el(doc, 'section', { class: `state state-${kind}`, attrs: { 'data-state': kind } },
    el(doc, 'p', { class: 'state-title' }, title),
    detail ? el(doc, 'p', { class: 'state-detail' }, detail) : null,
    button);
}

/** Grey bars where the digest will appear, shown only when work takes long enough to notice. */
export function skeletonView(doc: Document): HTMLElement {
  const bars = Array.from({ length: 6 }, () => el(doc, 'div', { class: 'bar' }));
  return el(doc, 'section', { class: 'state skeleton', attrs: { 'data-state': 'loading', 'aria-label': t('readingPage') } }, ...bars);
}

/** Why there is nothing to show: the browser keeps extensions off this page (or no content script answers there). */
export function restrictedView(doc: Document): HTMLElement {
  return stateView(doc, 'restricted', t('restrictedTitle'), t('restrictedDetail'));
}
