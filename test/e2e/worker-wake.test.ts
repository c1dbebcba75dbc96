// The popup's slow path runs the core in the background: with Chrome's service worker stopped (as Chrome stops it
// after 30 s idle), the popup's message must start it and still end in the digest. Firefox's event page cannot be
// stopped from WebDriver; there the popup's message wakes it the same way (background.scripts, no persistent page).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchChromium, until, type ExtensionBrowser } from './browsers.ts';
import { digestPath, readPopup } from './popup-reader.ts';
import { startServer, type TestServer } from './server.ts';

describe.skipIf(!browserAvailable('chromium'))('Chromium: the popup wakes a stopped service worker for its digest', () => {
  let ext: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    [ext, server] = await Promise.all([launchChromium(), startServer()]);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('nothing prepared, the worker stopped: the popup reading the page itself still shows the digest, which is kept', async () => {
    const page = await ext.openTab(`${server.origin}/seed`);
    const tabId = await ext.tabIdOf(page);
    await ext.waitForVerdict(tabId);
    await ext.waitForPrepared(tabId);
    await ext.forgetPrepared(tabId);

    // Stopped through DevTools' ServiceWorker domain, as chrome://serviceworker-internals stops a worker; its status
    // events say when it stopped and that something (the popup's message) started it again.
    const session = await page.createCDPSession();
    const status = new Map<string, string>();
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      for (const v of versions) if (v.scriptURL.startsWith(ext.extensionOrigin)) status.set(v.scriptURL, v.runningStatus);
    });
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await until('the service worker to stop', async () => ([...status.values()].includes('stopped') ? true : null));

    // popup.html?tabId=N needs no worker to open (the toolbar popup would be opened through it); its digest does.
    const open = async () => {
      const started = Date.now();
      const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('.digest, [data-state]:not([data-state="loading"])', { timeout: 30_000 });
      const settled = Date.now() - started;
      const shown = { ...await readPopup(popup), path: await digestPath(popup) };
      await popup.close();
      return { settled, shown };
    };
    const cold = await open();
    expect(cold.shown).toMatchObject({ state: 'digest', headline: expect.stringMatching(/Putin/), path: 'live' });
    expect([...status.values()]).toEqual(['running']);
    // The background kept that digest for the tab (a detected article, preparing on): the next popup shows it at once.
    const again = await open();
    expect(again.shown).toMatchObject({ state: 'digest', headline: cold.shown.headline, path: 'prepared' });
    // And the slow path once more with the worker running, for comparison.
    // (From an extension page: the harness's handle on the worker went with the worker it stopped.)
    const probe = await ext.openExtensionPage('options.html');
    await probe.evaluate((key) => (globalThis as unknown as { chrome: { storage: { session: { remove(k: string): Promise<void> } } } }).chrome.storage.session.remove(key), `prepared:${tabId}`);
    await probe.close();
    const warm = await open();
    expect(warm.shown).toMatchObject({ state: 'digest', path: 'live' });
    console.log(`[Chromium] seed page, popup.html?tabId=N opened in a tab until it settles: nothing prepared and the service worker stopped ${cold.settled} ms`
      + ` (the worker starts, loads the core and digests for the first time); then the digest it kept ${again.settled} ms; nothing prepared, worker running ${warm.settled} ms`);
    await page.close();
  });
});
