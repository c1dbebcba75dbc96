import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';

export const DIST = resolve('dist');
export const CHROMIUM_BIN = process.env['CHROMIUM_BIN'] ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env['FIREFOX_BIN'] ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'lede@example.org';
// Pinned so the tests know the popup's moz-extension:// address (browser-testing.md).
const FIREFOX_UUID = '6c0d7a2e-1f4b-4c8e-9a55-2f6d3b8e9c01';

/**
 * Whether a browser binary is there. Without it the suite is skipped with a loud warning, except under CI
 * (CI=true, as .ci/run sets), where a missing browser is a failure: a skipped browser suite proves nothing.
 */
export function browserAvailable(name: string, bin: string): boolean {
  if (existsSync(bin)) return true;
  if (process.env['CI']) throw new Error(`${name} is not installed at ${bin}: the browser tests cannot run (CI requires them).`);
  console.warn(`\n${'!'.repeat(78)}\n!! ${name} not found at ${bin}: SKIPPING the ${name} end-to-end tests.\n!! Install it (apt-get install -y chromium firefox-esr) or set ${name === 'Chromium' ? 'CHROMIUM_BIN' : 'FIREFOX_BIN'}.\n${'!'.repeat(78)}\n`);
  return false;
}

export interface PopupResult {
  popup: Page;
  /** Epoch ms when the toolbar click (or the popup tab's navigation) started. */
  clickedAt: number;
}

/** One browser with Lede installed, driven the same way in Chromium and Firefox. */
export interface ExtensionBrowser {
  kind: 'chromium' | 'firefox';
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** Every URL requested by extension code: popups, (Chromium) the service worker, content scripts in pages. */
  requests: string[];
  openTab(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** The verdict the background holds for the tab, or null. */
  verdictOf(tabId: number): Promise<Verdict | null>;
  /** Waits until the background has stored a verdict for the tab (the content script reported). */
  waitForVerdict(tabId: number): Promise<Verdict>;
  /** The digest the background prepared for the tab (page URL and costs), or null. */
  preparedOf(tabId: number): Promise<Prepared | null>;
  /** Waits until the background has prepared a digest for the tab (`timeoutMs`, 15 s by default). */
  waitForPrepared(tabId: number, timeoutMs?: number): Promise<Prepared>;
  /** Drops the tab's prepared digest, so the next popup takes the slow path (to time it). */
  forgetPrepared(tabId: number): Promise<void>;
  badgeText(tabId: number): Promise<string>;
  /** Opens the popup for the page's tab and waits until it shows a digest or a state other than loading. */
  openPopup(page: Page): Promise<PopupResult>;
  /** Fetches a URL from an extension context: the positive control showing `requests` sees extension traffic. */
  fetchFromExtension(url: string): Promise<void>;
  close(): Promise<void>;
}

export type Verdict = { isArticle: boolean; signals: string[] };
export type Prepared = { url: string; timing: { extractMs: number; digestMs: number } };

const SETTLED = '.digest, [data-state]:not([data-state="loading"])';

/** Waits for the popup to settle, then records what it fetched since it opened (Resource Timing sees it all). */
async function settle(popup: Page, requests: string[]): Promise<void> {
  await popup.waitForSelector(SETTLED);
  requests.push(...await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)));
}

/** Records every request of an extension page (the popup, Firefox's probe). */
function recordRequests(page: Page, requests: string[]): Page {
  page.on('request', (request) => void requests.push(request.url()));
  return page;
}

interface InitiatorLike { url?: string; stack?: StackLike }
interface StackLike { callFrames?: Array<{ url?: string }>; parent?: StackLike }

/**
 * Records the requests of a web page that the extension's code started (its content script): the page's own
 * images and scripts are not the extension's doing, but anything initiated from extension code is.
 */
function recordExtensionInitiated(page: Page, requests: string[], extensionOrigin: string): Page {
  page.on('request', (request) => {
    const urls: string[] = [];
    const initiator = request.initiator() as InitiatorLike | undefined;
    if (initiator?.url) urls.push(initiator.url);
    for (let stack = initiator?.stack; stack; stack = stack.parent) urls.push(...(stack.callFrames ?? []).map((f) => f.url ?? ''));
    if (urls.some((url) => url.startsWith(extensionOrigin))) requests.push(request.url());
  });
  return page;
}

async function poll<T>(what: string, read: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}


export async function launchChromium(): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'chrome', executablePath: CHROMIUM_BIN, headless: true, pipe: true, enableExtensions: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update', '--disable-sync',
      // Belt and braces: no host but 127.0.0.1 resolves, so a stray request fails fast (it is still recorded).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const id = await browser.installExtension(DIST);
  const extensionOrigin = `chrome-extension://${id}/`;
  const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin));
  const requests: string[] = [];
  const session = await swTarget.createCDPSession();
  session.on('Network.requestWillBeSent', (event) => void requests.push(event.request.url));
  await session.send('Network.enable');
  // The worker may be stopped and restarted; always talk to the current one.
  const worker = async (): Promise<WebWorker> => {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin));
    return (await target.worker())!;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    return (await worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  };

  const verdictOf = async (tabId: number): Promise<Verdict | null> =>
    (await worker()).evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as Verdict | undefined) ?? null, `tab:${tabId}`);
  const preparedOf = async (tabId: number): Promise<Prepared | null> =>
    (await worker()).evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as Prepared | undefined) ?? null, `prepared:${tabId}`);

  return {
    kind: 'chromium', browser, extensionOrigin, requests, tabIdOf,
    async openTab(url) {
      const page = recordExtensionInitiated(await browser.newPage(), requests, extensionOrigin);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    verdictOf,
    waitForVerdict: (tabId) => poll(`a verdict for tab ${tabId}`, () => verdictOf(tabId)),
    preparedOf,
    waitForPrepared: (tabId, timeoutMs) => poll(`a prepared digest for tab ${tabId}`, () => preparedOf(tabId), timeoutMs),
    forgetPrepared: async (tabId) => (await worker()).evaluate((key) => chrome.storage.session.remove(key), `prepared:${tabId}`),
    badgeText: async (tabId) => (await worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async openPopup(page) {
      await page.bringToFront();
      const popupUrl = `${extensionOrigin}popup.html`;
      const opened = browser.waitForTarget((t: Target) => t.url() === popupUrl);
      // The real toolbar popup, as a click on Lede's icon opens it.
      const clickedAt = await (await worker()).evaluate(async () => {
        const at = performance.timeOrigin + performance.now();
        await chrome.action.openPopup();
        return at;
      });
      const popup = recordRequests((await (await opened).asPage()), requests);
      await settle(popup, requests);
      return { popup, clickedAt };
    },
    fetchFromExtension: async (url) => {
      await (await worker()).evaluate((u) => fetch(u).then(() => undefined, () => undefined), url);
    },
    close: () => browser.close(),
  };
}

export async function launchFirefox(): Promise<ExtensionBrowser> {
  const firefox = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX_BIN, headless: true,
    // Needed to open moz-extension:// pages in a tab (browser-testing.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await firefox.installExtension(DIST);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}/`;
  const requests: string[] = [];

  // Firefox's background page cannot be driven over BiDi, so an extension page in its own tab (the popup with no
  // tab to describe) is where the tests call extension APIs.
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = recordRequests(await firefox.newPage(), requests);
    // page.goto never resolves for moz-extension:// pages (bug 1755014): start it and wait for the document.
    void page.goto(`${extensionOrigin}${path}`, { timeout: 0 }).catch(() => undefined);
    await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 15_000 });
    return page;
  };
  const probe = await openExtensionPage('popup.html');

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    return probe.evaluate(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  };

  const verdictOf = (tabId: number): Promise<Verdict | null> =>
    probe.evaluate(async (key) => ((await browser.storage.session.get(key))[key] as Verdict | undefined) ?? null, `tab:${tabId}`);
  const preparedOf = (tabId: number): Promise<Prepared | null> =>
    probe.evaluate(async (key) => ((await browser.storage.session.get(key))[key] as Prepared | undefined) ?? null, `prepared:${tabId}`);

  return {
    kind: 'firefox', browser: firefox, extensionOrigin, requests, tabIdOf,
    async openTab(url) {
      const page = recordExtensionInitiated(await firefox.newPage(), requests, extensionOrigin);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    verdictOf,
    waitForVerdict: (tabId) => poll(`a verdict for tab ${tabId}`, () => verdictOf(tabId)),
    preparedOf,
    waitForPrepared: (tabId, timeoutMs) => poll(`a prepared digest for tab ${tabId}`, () => preparedOf(tabId), timeoutMs),
    forgetPrepared: (tabId) => probe.evaluate((key) => browser.storage.session.remove(key), `prepared:${tabId}`),
    badgeText: (tabId) => probe.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId),
    async openPopup(page) {
      const tabId = await tabIdOf(page);
      const clickedAt = Date.now();
      // The toolbar popup lives in Firefox's own UI, out of WebDriver's reach: open popup.html?tabId=N as a tab.
      const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
      await settle(popup, requests);
      return { popup, clickedAt };
    },
    fetchFromExtension: (url) => probe.evaluate((u) => fetch(u).then(() => undefined, () => undefined), url),
    close: () => firefox.close(),
  };
}

// The extension APIs the tests call inside the browser, typed just enough for evaluate().
declare global {
  // eslint-disable-next-line no-var
  var chrome: {
    tabs: { query(q: object): Promise<Array<{ id?: number }>> };
    storage: { session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
    action: { getBadgeText(d: { tabId: number }): Promise<string>; openPopup(): Promise<void> };
  };
  // eslint-disable-next-line no-var
  var browser: typeof chrome;
}
