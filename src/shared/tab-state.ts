import type { Digest, DigestOptions } from './digest-types.ts';
import type { StorageAreaLike } from './storage.ts';

/** What Lede knows about one tab: the content script's verdict on the page it shows. */
export interface TabState {
  isArticle: boolean;
  /** Detection signals that fired (json-ld, og:type, <article>, readerable). */
  signals: string[];
  /** When the verdict arrived, in ms since the epoch. */
  detectedAt: number;
}

const PREFIX = 'tab:';

/**
 * Per-tab state kept in a storage area (storage.session in the extension) rather than in memory, so it survives
 * the MV3 service worker being stopped. The area is a parameter so unit tests can pass an in-memory fake.
 */
export class TabStates {
  constructor(private readonly area: StorageAreaLike) {}

  async get(tabId: number): Promise<TabState | null> {
    const key = PREFIX + tabId;
    const value = (await this.area.get(key))[key];
    return isTabState(value) ? value : null;
  }

  async set(tabId: number, state: TabState): Promise<void> {
    await this.area.set({ [PREFIX + tabId]: state });
  }

  async clear(tabId: number): Promise<void> {
    await this.area.remove(PREFIX + tabId);
  }

  /** Ids of every tab with a stored state, e.g. to drop tabs closed while the worker slept. */
  async tabIds(): Promise<number[]> {
    return Object.keys(await this.area.get(null))
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => Number(key.slice(PREFIX.length)))
      .filter(Number.isInteger);
  }
}

function isTabState(value: unknown): value is TabState {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['isArticle'] === 'boolean' && Array.isArray(v['signals']) && typeof v['detectedAt'] === 'number';
}

/** A digest the background made ahead of the popup, for one tab and one page URL. */
export interface PreparedDigest {
  /** The page it was made from, without its fragment (url-watch.ts pageUrl): the popup shows it only on that page. */
  url: string;
  digest: Digest;
  /** The article's language (declared or detected), for the view's lang attributes. */
  lang: string | null;
  /** The URL Readability resolved for the article (canonical link), as the copy actions cite it. */
  articleUrl: string | null;
  /** The meta lines (site · date · reading time), formatted ahead so the popup needs no Intl start-up. */
  meta?: { shown: string; copied: string };
  /** The settings it was digested with; other settings mean digesting again. */
  options: DigestOptions;
  /** When it was stored, in ms since the epoch. */
  preparedAt: number;
  /**
   * What making it cost: extraction in the page's content script, and the digest in the background; `tasks`, each
   * step the page ran for it (detection, copy, parse, text) in its own task (absent in digests stored before).
   */
  timing: { extractMs: number; digestMs: number; tasks?: TaskTime[] };
}

/** How long one step of Lede's work held a page's main thread, in ms. */
export interface TaskTime {
  step: string;
  ms: number;
}

const PREPARED_PREFIX = 'prepared:';
// The ids of the tabs holding a prepared digest, oldest first, so the oldest go first when the cap is reached.
const PREPARED_INDEX = 'prepared-index';
/** At most this many tabs keep a prepared digest (each holds an article's text; storage.session is 10 MB in Chrome). */
export const MAX_PREPARED = 16;

/**
 * Whether a prepared digest may be shown for the page the tab shows now (`pageUrl`, fragment removed) with the
 * current settings: same page and same digest options, else the popup must read the page again.
 * Example: `preparedMatches({ url: 'https://a.example/x', options: o, … }, 'https://a.example/y', o) === false`.
 */
export function preparedMatches(entry: PreparedDigest | null, pageUrl: string | null, options: DigestOptions): entry is PreparedDigest {
  return entry !== null && pageUrl !== null && entry.url === pageUrl
    && entry.options.summaryLength === options.summaryLength && entry.options.keyQuotes === options.keyQuotes;
}

/** Per-tab prepared digests in a storage area (storage.session): read by the popup, written by the background. */
export class PreparedDigests {
  constructor(private readonly area: StorageAreaLike, private readonly max = MAX_PREPARED) {}

  async get(tabId: number): Promise<PreparedDigest | null> {
    const key = PREPARED_PREFIX + tabId;
    const value = (await this.area.get(key))[key];
    return isPreparedDigest(value) ? value : null;
  }

  /** Stores a tab's digest, dropping the oldest tabs' beyond the cap; when storage is full, all others go first. */
  async set(tabId: number, entry: PreparedDigest): Promise<void> {
    const index = (await this.index()).filter((id) => id !== tabId);
    const evicted = index.splice(0, Math.max(0, index.length + 1 - this.max));
    if (evicted.length > 0) await this.area.remove(evicted.map((id) => PREPARED_PREFIX + id));
    index.push(tabId);
    try {
      await this.area.set({ [PREPARED_PREFIX + tabId]: entry, [PREPARED_INDEX]: index });
    } catch {
      // Over quota: a prepared digest is only a head start, so make room by dropping the rest and try once more.
      await this.clearAll();
      await this.area.set({ [PREPARED_PREFIX + tabId]: entry, [PREPARED_INDEX]: [tabId] }).catch(() => undefined);
    }
  }

  async clear(tabId: number): Promise<void> {
    const index = await this.index();
    await this.area.remove(PREPARED_PREFIX + tabId);
    if (index.includes(tabId)) await this.area.set({ [PREPARED_INDEX]: index.filter((id) => id !== tabId) });
  }

  /** Drops every tab's prepared digest (the setting switched off, or the digest settings changed). */
  async clearAll(): Promise<void> {
    const keys = Object.keys(await this.area.get(null)).filter((key) => key.startsWith(PREPARED_PREFIX));
    await this.area.remove([...keys, PREPARED_INDEX]);
  }

  private async index(): Promise<number[]> {
    const value = (await this.area.get(PREPARED_INDEX))[PREPARED_INDEX];
    return Array.isArray(value) ? value.filter(Number.isInteger) : [];
  }
}

function isPreparedDigest(value: unknown): value is PreparedDigest {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const digest = v['digest'] as Record<string, unknown> | null;
  const options = v['options'] as Record<string, unknown> | null;
  return typeof v['url'] === 'string' && typeof digest === 'object' && digest !== null && Array.isArray(digest['quotes'])
    && Array.isArray(digest['people']) && typeof digest['text'] === 'string'
    && typeof options === 'object' && options !== null && typeof options['summaryLength'] === 'string' && typeof options['keyQuotes'] === 'number';
}
