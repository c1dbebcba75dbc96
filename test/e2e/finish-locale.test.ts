import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchChromium, until, type ExtensionBrowser } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';

// The interface follows the browser's language through _locales/: Chromium in French and in German.
describe.runIf(browserAvailable('chromium')).each([
  ['fr', 'Réglages de Lede', 'Citations clés', 'Copier en Markdown', 'Raccourci : Alt+Shift+L ouvre Lede.'],
  ['de', 'Lede-Einstellungen', 'Wichtige Zitate', 'Als Markdown kopieren', 'Tastenkürzel: Alt+Shift+L öffnet Lede.'],
])('Chromium in %s', (lang, optionsTitle, quotesHeading, copyLabel, shortcut) => {
  let lede: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    [lede, server] = await Promise.all([launchChromium({ uiLanguage: lang }), startServer()]);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  test('the options page and the popup speak the browser\'s language', async () => {
    const options = await lede.openExtensionPage('options.html');
    await until('the shortcut', () => options.evaluate((text) => (document.querySelector('#shortcut')?.textContent === text ? true : null), shortcut));
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual([lang, optionsTitle]);
    const article = await lede.openTab(`${server.origin}/seed`, 'load');
    const popup = await lede.openPopupTab(article);
    expect(await popup.evaluate(() => [document.documentElement.lang, document.querySelector('#quotes-heading')?.textContent, document.querySelector('.copy-markdown')?.textContent]))
      .toEqual([lang, quotesHeading, copyLabel]);
    // The article's own words keep the article's language.
    expect(await popup.$eval('.quote-text', (n) => n.getAttribute('lang'))).toBe('en');
  });
});
