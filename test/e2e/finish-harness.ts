// A small harness for the issue-7 browser tests: Chromium and Firefox ESR with Lede from dist/, driven the same way
// (recipe: ../shared/docs/browser-testing.md), and a 127.0.0.1 server for corpus pages and pages a test writes.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readPageFile } from '../../src/cli/load-page.ts';

const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const CHROMIUM_BIN = process.env['CHROMIUM_BIN'] ?? '/usr/bin/chromium';
const FIREFOX_BIN = process.env['FIREFOX_BIN'] ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'lede@example.org';
// Pinned so the tests know the moz-extension:// address; distinct from other suites' to rule out cross-talk.
const FIREFOX_UUID = '7d1e8b3f-2a5c-4d9e-8b66-3f7e4c9fad12';

/** Whether the browser is installed; missing under CI (CI=true) is a failure, elsewhere a loud skip. */
export function haveBrowser(kind: 'chromium' | 'firefox'): boolean {
  const bin = kind === 'chromium' ? CHROMIUM_BIN : FIREFOX_BIN;
  if (existsSync(bin)) return true;
  if (process.env['CI']) throw new Error(`${kind} is not installed at ${bin}; CI requires the browser tests.`);
  console.warn(`\n!!! ${kind} not found at ${bin}: SKIPPING the issue-7 ${kind} tests (apt-get install -y chromium firefox-esr).\n`);
  return false;
}

export interface PageServer {
  origin: string;
  addPage(path: string, html: string): void;
  close(): Promise<void>;
}

/** Serves /seed, /rt/<slug>/ (readability test pages) and added pages, with page scripts off (as in the CLI). */
export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    let html = pages.get(path) ?? null;
    const rt = /^\/rt\/([\w-]+)\/$/.exec(path);
    try {
      if (path === '/seed') html = readPageFile(`${SHARED}seed/putin-china.html`);
      else if (rt) html = readPageFile(`${SHARED}corpus/readability-test-pages/${rt[1]}/source.html`);
    } catch {
      html = null;
    }
    if (html === null) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    addPage: (path, html) => void pages.set(path, html),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** One browser with Lede installed. Extension code runs in `inExtension` (Chromium's worker, a Firefox extension tab). */
export interface LedeBrowser {
  kind: 'chromium' | 'firefox';
  browser: Browser;
  origin: string;
  openTab(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** An extension page (popup.html?tabId=N, options.html) opened as a tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` where the extension API is (`api` is chrome or browser), returning its result. */
  inExtension<T, A>(fn: (api: ExtensionApi, arg: A) => Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

// The slice of the extension API the tests call in the browser, typed just enough for evaluate().
export interface ExtensionApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  storage: { sync: { get(k: null): Promise<Record<string, unknown>>; set(i: object): Promise<void>; clear(): Promise<void> }; session: { get(k: string): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  contextMenus: { update(id: string, p: object): Promise<void> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}

const api = `(globalThis.browser ?? globalThis.chrome)`;

function evaluator(target: { evaluate: Page['evaluate'] }) {
  return <T, A>(fn: (api: ExtensionApi, arg: A) => Promise<T>, arg: A): Promise<T> =>
    target.evaluate(`(${fn.toString()})(${api}, ${JSON.stringify(arg)})`) as Promise<T>;
}

/** Launches a browser with Lede; `uiLanguage` (Chromium only) sets the browser's interface language, e.g. 'fr'. */
export async function launch(kind: 'chromium' | 'firefox', uiLanguage?: string): Promise<LedeBrowser> {
  return kind === 'chromium' ? launchChromium(uiLanguage) : launchFirefox();
}

async function launchChromium(uiLanguage?: string): Promise<LedeBrowser> {
  const browser = await puppeteer.launch({
    browser: 'chrome', executablePath: CHROMIUM_BIN, headless: true, pipe: true, enableExtensions: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])],
    // On Linux, Chromium takes its interface language from LANGUAGE as well as --lang.
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage } } : {}),
  });
  const id = await browser.installExtension(resolve('dist'));
  const origin = `chrome-extension://${id}/`;
  // The worker may be stopped and restarted: always talk to the current one.
  const worker = async () => (await (await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin))).worker())!;
  await worker();
  const inExtension: LedeBrowser['inExtension'] = async (fn, arg) => evaluator(await worker() as unknown as Page)(fn, arg);
  return {
    kind: 'chromium', browser, origin, inExtension,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return inExtension(async (a) => (await a.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!, null);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(origin + path, { waitUntil: 'load' });
      return page;
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(): Promise<LedeBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX_BIN, headless: true, args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(resolve('dist'));
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    // page.goto never resolves for moz-extension:// pages (bug 1755014): start it, then wait for the document.
    void page.goto(origin + path, { timeout: 0 }).catch(() => undefined);
    // Polled by hand: an evaluate racing the navigation can fail with a protocol error, which only means "not yet".
    await until(`${path} to load`, () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete' || null).catch(() => null));
    return page;
  };
  // Firefox's background cannot be driven over BiDi: an extension page is where the tests call extension APIs.
  const probe = await openExtensionPage('options.html');
  const inExtension = evaluator(probe);
  return {
    kind: 'firefox', browser, origin, inExtension, openExtensionPage,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return inExtension(async (a) => (await a.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!, null);
    },
    close: () => browser.close(),
  };
}

/** Opens the popup for a page's tab as a tab of its own (popup.html?tabId=N) and waits for it to settle. */
export async function openPopupFor(lede: LedeBrowser, page: Page): Promise<Page> {
  const tabId = await lede.tabIdOf(page);
  const popup = await lede.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.digest, [data-state]:not([data-state="loading"])', { timeout: 30_000 });
  return popup;
}

/** Polls `read` until it returns non-null. */
export async function until<T>(what: string, read: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
