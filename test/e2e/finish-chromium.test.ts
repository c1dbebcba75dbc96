import { describe, expect, test } from 'vitest';
import { browserAvailable, until } from './browsers.ts';
import { finishSuite } from './finish-suite.ts';
import { screenshotPath } from './fixtures.ts';

describe.runIf(browserAvailable('chromium'))('issue 7 in Chromium', () => {
  const { lede, server } = finishSuite('chromium');

  test('screenshots for the README: the options page and a highlighted quote', async () => {
    const options = await lede().openExtensionPage('options.html');
    await options.setViewport({ width: 620, height: 400 });
    await options.waitForFunction(() => document.querySelector('#autoDetect-hint')?.textContent !== '');
    // The whole page, so the picture shows every setting (it lacked "Prepare the digest" at 400 px).
    await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
    const article = await lede().openTab(`${server().origin}/seed`, 'load');
    await article.setViewport({ width: 1000, height: 640 });
    const popup = await lede().openPopupTab(article);
    await popup.click('.quote:nth-child(2) .quote-text');
    await until('the highlight', () => article.evaluate(() => (CSS.highlights.get('lede-quote')?.size ? true : null)));
    await article.bringToFront();
    await new Promise((r) => setTimeout(r, 300));
    await article.screenshot({ path: screenshotPath('highlight.png') });
    await Promise.all([options.close(), popup.close(), article.close()]);
  });
});
