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
