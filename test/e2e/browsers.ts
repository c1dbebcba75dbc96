// The browser-test harness: Chromium and Firefox ESR with Lede from dist/, driven the same way
// (recipe: ../shared/docs/browser-testing.md). Pages come from server.ts.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';

export const DIST = resolve('dist');
const BINARIES = {
  chromium: { name: 'Chromium', bin: process.env['CHROMIUM_BIN'] ?? '/usr/bin/chromium', variable: 'CHROMIUM_BIN' },
  firefox: { name: 'Firefox', bin: process.env['FIREFOX_BIN'] ?? '/usr/bin/firefox-esr', variable: 'FIREFOX_BIN' },
} as const;
const GECKO_ID = 'lede@example.org';
// Pinned so the tests know the moz-extension:// address (browser-testing.md). Each launch gets a fresh temporary
// profile, so one UUID serves every suite: nothing of one browser can reach another.
const FIREFOX_UUID = '6c0d7a2e-1f4b-4c8e-9a55-2f6d3b8e9c01';

export type BrowserKind = keyof typeof BINARIES;

/**
 * Whether a browser binary is there. Without it the suite is skipped with a loud warning, except under CI
 * (CI=true, as .ci/run sets), where a missing browser is a failure: a skipped browser suite proves nothing.
 */
export function browserAvailable(kind: BrowserKind): boolean {
  const { name, bin, variable } = BINARIES[kind];
  if (existsSync(bin)) return true;
  if (process.env['CI']) throw new Error(`${name} is not installed at ${bin}: the browser tests cannot run (CI requires them).`);
  console.warn(`\n${'!'.repeat(78)}\n!! ${name} not found at ${bin}: SKIPPING the ${name} end-to-end tests.\n!! Install it (apt-get install -y chromium firefox-esr) or set ${variable}.\n${'!'.repeat(78)}\n`);
  return false;
}

/** Polls `read` until it returns non-null (`timeoutMs`, 15 s by default), e.g. `until('the badge', readBadge)`. */
export async function until<T>(what: string, read: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface PopupResult {
  popup: Page;
  /** Epoch ms when the toolbar click (or the popup tab's navigation) started. */
  clickedAt: number;
}

// The slice of the extension API the tests call in the browser, typed just enough for evaluate().
export interface ExtensionApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  storage: {
    sync: { get(k: null): Promise<Record<string, unknown>>; set(i: object): Promise<void>; clear(): Promise<void> };
    session: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; openPopup(): Promise<void> };
  contextMenus: { update(id: string, p: object): Promise<void> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}

/** One browser with Lede installed, driven the same way in Chromium and Firefox. */
export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** Every URL requested by extension code: extension pages, (Chromium) the service worker, content scripts in pages. */
  requests: string[];
  /** Opens a web page in a new tab, waiting for DOMContentLoaded (before document_idle) unless told 'load'. */
  openTab(url: string, waitUntil?: 'domcontentloaded' | 'load'): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** An extension page (popup.html?tabId=N, options.html) opened as a tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` where the extension API is (Chromium's service worker, a Firefox extension tab), returning its result. */
  inExtension<T, A>(fn: (api: ExtensionApi, arg: A) => Promise<T>, arg: A): Promise<T>;
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
  /**
   * Opens the popup for the page's tab and waits until it shows a digest or a state other than loading: the real
   * toolbar popup in Chromium, popup.html?tabId=N in a tab in Firefox (its toolbar popup is out of WebDriver's reach).
   */
  openPopup(page: Page): Promise<PopupResult>;
  /** Opens popup.html?tabId=N for the page's tab as a tab of its own, in either browser, and waits for it to settle. */
  openPopupTab(page: Page): Promise<Page>;
  /** Fetches a URL from an extension context: the positive control showing `requests` sees extension traffic. */
  fetchFromExtension(url: string): Promise<void>;
  close(): Promise<void>;
}

export type Verdict = { isArticle: boolean; signals: string[] };
export type Prepared = { url: string; timing: { extractMs: number; digestMs: number } };

/** What each browser does its own way; the rest of ExtensionBrowser is built on these. */
interface BrowserParts {
  kind: BrowserKind;
  browser: Browser;
  extensionOrigin: string;
  requests: string[];
  openExtensionPage(path: string): Promise<Page>;
  inExtension: ExtensionBrowser['inExtension'];
  /** Opens the toolbar popup (or its stand-in) for the page, once the page's tab id is known; not yet settled. */
  openPopup(page: Page, tabIdOf: (page: Page) => Promise<number>): Promise<PopupResult>;
}

const SETTLED = '.digest, [data-state]:not([data-state="loading"])';

/** Waits for the popup to settle, then records what it fetched since it opened (Resource Timing sees it all). */
async function settle(popup: Page, requests: string[]): Promise<void> {
  await popup.waitForSelector(SETTLED, { timeout: 30_000 });
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

/**
 * `inExtension` over anything that evaluates a script: the API is `browser` in Firefox, `chrome` in Chromium. A
 * service worker that has just started can be reached before its extension API is bound (seen once in CI as
 * "reading 'action' of undefined"), so the script waits up to 2 s for the API before calling `fn`.
 */
function evaluator(target: () => Promise<Pick<Page | WebWorker, 'evaluate'>>): ExtensionBrowser['inExtension'] {
  return async <T, A>(fn: (api: ExtensionApi, arg: A) => Promise<T>, arg: A): Promise<T> => {
    const script = `(async () => {
      const api = () => globalThis.browser ?? globalThis.chrome;
      for (let waited = 0; !api()?.runtime?.id && waited < 2000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      if (!api()?.runtime?.id) throw new Error('no extension API in this context');
      return (${fn.toString()})(api(), ${JSON.stringify(arg)});
    })()`;
    // Earlier still, a worker's global scope may lack even setTimeout (seen in CI: "setTimeout is not defined"), so
    // that case is retried from here for up to 2 s.
    for (let tries = 0; ; tries++) {
      try {
        return (await (await target()).evaluate(script)) as T;
      } catch (error) {
        if (tries >= 40 || !/setTimeout is not defined/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
}

/** The whole ExtensionBrowser from what differs between the browsers. */
function extensionBrowser(parts: BrowserParts): ExtensionBrowser {
  const { browser, extensionOrigin, requests, inExtension } = parts;
  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    return inExtension(async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!, null);
  };
  const stored = <T>(key: string): Promise<T | null> =>
    inExtension(async (api, k) => ((await api.storage.session.get(k))[k] as T | undefined) ?? null, key);
  const verdictOf = (tabId: number) => stored<Verdict>(`tab:${tabId}`);
  const preparedOf = (tabId: number) => stored<Prepared>(`prepared:${tabId}`);
  return {
    kind: parts.kind, browser, extensionOrigin, requests, tabIdOf, inExtension, verdictOf, preparedOf,
    openExtensionPage: parts.openExtensionPage,
    async openTab(url, waitUntil = 'domcontentloaded') {
      const page = recordExtensionInitiated(await browser.newPage(), requests, extensionOrigin);
      await page.goto(url, { waitUntil });
      return page;
    },
    waitForVerdict: (tabId) => until(`a verdict for tab ${tabId}`, () => verdictOf(tabId)),
    waitForPrepared: (tabId, timeoutMs) => until(`a prepared digest for tab ${tabId}`, () => preparedOf(tabId), timeoutMs),
    forgetPrepared: (tabId) => inExtension((api, key) => api.storage.session.remove(key), `prepared:${tabId}`),
    badgeText: (tabId) => inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId),
    async openPopup(page) {
      const opened = await parts.openPopup(page, tabIdOf);
      await settle(opened.popup, requests);
      return opened;
    },
    async openPopupTab(page) {
      const popup = await parts.openExtensionPage(`popup.html?tabId=${await tabIdOf(page)}`);
      await settle(popup, requests);
      return popup;
    },
    fetchFromExtension: (url) => inExtension((_api, u) => fetch(u).then(() => undefined, () => undefined), url),
    close: () => browser.close(),
  };
}

export interface ChromiumOptions {
  /** The browser's interface language, e.g. 'fr' (the extension's _locales follow it). */
  uiLanguage?: string;
  /**
   * Lede's icon pinned to the toolbar (the default), as a reader who clicks it has it. Unpinned, Chromium first pops
   * the icon out of the extensions menu with an animation, and only then opens the popup (about 250 ms here).
   */
  pinned?: boolean;
  /** Other unpacked extensions (folders) the test installs itself and wants pinned too. */
  alsoPinned?: string[];
}

/**
 * The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 of its absolute path (symlinks resolved,
 * as Chromium does), as letters a–p.
 */
export function unpackedExtensionId(folder: string): string {
  const path = existsSync(folder) ? realpathSync(folder) : resolve(folder);
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A fresh profile whose toolbar has these unpacked extensions pinned (the pref Chromium keeps the pins in). */
function profilePinning(folders: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-chromium-profile-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: folders.map(unpackedExtensionId) } }));
  return dir;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ExtensionBrowser> {
  const { uiLanguage, pinned = true, alsoPinned = [] } = options;
  const userDataDir = profilePinning([...(pinned ? [DIST] : []), ...alsoPinned]);
  const browser = await puppeteer.launch({
    browser: 'chrome', executablePath: BINARIES.chromium.bin, headless: true, pipe: true, enableExtensions: true, userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update', '--disable-sync',
      // Belt and braces: no host but 127.0.0.1 resolves, so a stray request fails fast (it is still recorded).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])],
    // On Linux, Chromium takes its interface language from LANGUAGE as well as --lang.
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage } } : {}),
  });
  const id = await browser.installExtension(DIST);
  const extensionOrigin = `chrome-extension://${id}/`;
  const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin);
  const swTarget = await browser.waitForTarget(isWorker);
  const requests: string[] = [];
  const session = await swTarget.createCDPSession();
  session.on('Network.requestWillBeSent', (event) => void requests.push(event.request.url));
  await session.send('Network.enable');
  // The worker may be stopped and restarted; always talk to the current one.
  const worker = async (): Promise<WebWorker> => (await (await browser.waitForTarget(isWorker)).worker())!;
  const inExtension = evaluator(worker);

  const ext = extensionBrowser({
    kind: 'chromium', browser, extensionOrigin, requests, inExtension,
    async openExtensionPage(path) {
      const page = recordRequests(await browser.newPage(), requests);
      await page.goto(extensionOrigin + path, { waitUntil: 'load' });
      return page;
    },
    async openPopup(page) {
      await page.bringToFront();
      const popupUrl = `${extensionOrigin}popup.html`;
      const opened = browser.waitForTarget((t: Target) => t.url() === popupUrl);
      // The real toolbar popup, as a click on Lede's icon opens it.
      const clickedAt = await inExtension(async (api) => {
        const at = performance.timeOrigin + performance.now();
        await api.action.openPopup();
        return at;
      }, null);
      return { popup: recordRequests(await (await opened).asPage(), requests), clickedAt };
    },
  });
  // A profile given to puppeteer is the caller's to remove.
  return { ...ext, close: async () => { await browser.close(); rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 }); } };
}

export async function launchFirefox(): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: BINARIES.firefox.bin, headless: true,
    // Needed to open moz-extension:// pages in a tab (browser-testing.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(DIST);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}/`;
  const requests: string[] = [];

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = recordRequests(await browser.newPage(), requests);
    // page.goto never resolves for moz-extension:// pages (bug 1755014): start it, then wait for the document.
    void page.goto(extensionOrigin + path, { timeout: 0 }).catch(() => undefined);
    // Polled by hand: an evaluate racing the navigation can fail with a protocol error, which only means "not yet".
    await until(`${path} to load`, () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete' || null).catch(() => null));
    return page;
  };
  // Firefox's background page cannot be driven over BiDi, so an extension page in its own tab is where the tests
  // call extension APIs.
  const probe = await openExtensionPage('options.html');

  return extensionBrowser({
    kind: 'firefox', browser, extensionOrigin, requests, openExtensionPage,
    inExtension: evaluator(async () => probe),
    async openPopup(page, tabIdOf) {
      const tabId = await tabIdOf(page);
      const clickedAt = Date.now();
      // The toolbar popup lives in Firefox's own UI, out of WebDriver's reach: open popup.html?tabId=N as a tab.
      return { popup: await openExtensionPage(`popup.html?tabId=${tabId}`), clickedAt };
    },
  });
}
