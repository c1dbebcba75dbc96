import type { Browser } from 'webextension-polyfill';
import { t } from '../shared/i18n.ts';

/** Badge text on article tabs: one character, well inside the 3 a toolbar shows. */
export const ARTICLE_BADGE = '✓';
const BADGE_COLOR = '#1a5fb4';

/** Lights the badge on an article tab and clears it elsewhere. A tab closed meanwhile is not an error. */
export async function showVerdict(browser: Browser, tabId: number, isArticle: boolean): Promise<void> {
  try {
    if (!isArticle) return await clearVerdict(browser, tabId);
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: ARTICLE_BADGE });
    await browser.action.setTitle({ tabId, title: t('badgeTitleArticle') });
  } catch {
    // The tab went away between the message and the badge update.
  }
}

export async function clearVerdict(browser: Browser, tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: '' });
  } catch {
    // Same: the tab is gone.
  }
}
