// The popup's slow path, loaded with import() only when no prepared digest fits: it holds the core (digest, language
// detection), most of the popup's code by size.
import { digest } from '../core/digest.ts';
import { articleLanguage, supportedLanguage } from '../core/text/index.ts';
import type { Settings } from '../shared/settings.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { restrictedView, stateView } from './views.ts';
import { digestPanel, type PageContext } from './panel.ts';
import { failureTitle } from './format.ts';
import type { PageReading } from '../shared/page-reading.ts';

/** The view for what the content script read just now: a digest made here, or why there is none. */
export function readingView(doc: Document, reading: PageReading | undefined, settings: Settings, digestAnyway: () => void, page: PageContext): HTMLElement {
  if (!reading || typeof reading !== 'object' || !('ok' in reading)) return restrictedView(doc);
  if (!reading.ok && reading.reason === 'not-article') {
    return stateView(doc, 'not-article', t('notArticleTitle'), t('notArticleDetail'), { label: t('digestAnyway'), run: digestAnyway });
  }
  if (!reading.ok) return stateView(doc, 'failed', failureTitle(reading), t('failedDetail'));
  // A language the core does not read gives a poor digest: say so instead, and let the reader insist.
  const lang = articleLanguage(reading.article.lang, reading.article.paragraphs);
  if (!page.anyLanguage && !supportedLanguage(lang)) {
    return stateView(doc, 'unsupported-language', t('unsupportedLanguageTitle', languageName(lang!)), t('unsupportedLanguageDetail'),
      { label: t('digestAnyway'), run: digestAnyway });
  }
  try {
    const result = digest(reading.article, { summaryLength: settings.summaryLength, keyQuotes: settings.keyQuotes });
    performance.mark('lede:digested');
    return digestPanel(doc, result, { lang, articleUrl: reading.article.url }, settings, page);
  } catch {
    return stateView(doc, 'failed', t('digestFailed'), null);
  }
}

/** A language's name in the interface language ("Italian", "italien"), or "this language". */
function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang);
    if (name && name !== lang && !/^und\b/i.test(lang)) return name;
  } catch {
    // An invalid tag from the page.
  }
  return t('thisLanguage');
}
