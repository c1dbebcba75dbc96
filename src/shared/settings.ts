import type { SummaryLength } from './digest-types.ts';
import type { StorageAreaLike } from './storage.ts';

export interface Settings {
  summaryLength: SummaryLength;
  /** How many key quotes the popup shows before "Show all": 3 to 5. */
  keyQuotes: number;
  /** Detect articles on every page and light the badge. */
  autoDetect: boolean;
  /** Use the browser's on-device summarizer where it exists (Chrome's Summarizer API). */
  onDeviceSummary: boolean;
  /** Extract and digest a detected article in the background while the browser is idle, so the popup opens on it. */
  prepareDigest: boolean;
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  summaryLength: 'medium',
  keyQuotes: 4,
  autoDetect: true,
  onDeviceSummary: true,
  prepareDigest: true,
});

/** storage.sync key holding the shape version of the stored settings. */
export const VERSION_KEY = 'settingsVersion';

/** Rewrites stored settings from one shape version to the next: entry i turns version i into version i + 1. */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 0 → 1 adds prepareDigest. A reader who had switched automatic detection off asked Lede to leave pages
 * alone until opened, so preparing stays off for them too when they switch detection back on later.
 * Example: `preparedFromDetection({ autoDetect: false })` → `{ autoDetect: false, prepareDigest: false }`.
 */
export const preparedFromDetection: Migration = (stored) =>
  stored['autoDetect'] === false && stored['prepareDigest'] === undefined ? { ...stored, prepareDigest: false } : stored;

// Entry i turns version i into version i + 1; append here when a key is added with a meaning, renamed or retyped.
export const MIGRATIONS: readonly Migration[] = [preparedFromDetection];

/** Applies the migrations a stored object still needs; returns the migrated object and its new version. */
export function migrate(stored: Record<string, unknown>, migrations: readonly Migration[] = MIGRATIONS): { settings: Record<string, unknown>; version: number } {
  const raw = stored[VERSION_KEY];
  let version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
  let settings = { ...stored };
  for (; version < migrations.length; version++) settings = migrations[version]!(settings);
  return { settings, version };
}

/**
 * Fills in defaults and drops invalid values, so callers always get a complete, valid Settings.
 * Example: `normalizeSettings({ keyQuotes: 9 })` → `{ ...DEFAULTS, keyQuotes: 5 }`.
 */
export function normalizeSettings(stored: Record<string, unknown>): Settings {
  const length = stored['summaryLength'];
  const quotes = stored['keyQuotes'];
  const autoDetect = stored['autoDetect'];
  const onDevice = stored['onDeviceSummary'];
  const prepare = stored['prepareDigest'];
  return {
    summaryLength: length === 'short' || length === 'medium' || length === 'long' ? length : DEFAULTS.summaryLength,
    keyQuotes: typeof quotes === 'number' && Number.isFinite(quotes) ? Math.min(5, Math.max(3, Math.round(quotes))) : DEFAULTS.keyQuotes,
    autoDetect: typeof autoDetect === 'boolean' ? autoDetect : DEFAULTS.autoDetect,
    onDeviceSummary: typeof onDevice === 'boolean' ? onDevice : DEFAULTS.onDeviceSummary,
    prepareDigest: typeof prepare === 'boolean' ? prepare : DEFAULTS.prepareDigest,
  };
}

/** Reads settings (storage.sync in the extension), migrating and filling in defaults. Never throws on bad data. */
export async function readSettings(area: StorageAreaLike, migrations: readonly Migration[] = MIGRATIONS): Promise<Settings> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await area.get(null);
  } catch {
    // storage.sync can be unavailable (e.g. Firefox with a temporary add-on id missing); defaults still work.
  }
  return normalizeSettings(migrate(stored, migrations).settings);
}

/**
 * Saves a change to settings, stamped with the current shape version. What older versions stored is migrated and
 * written back with it, so the stamp never skips a migration the stored values still need.
 */
export async function writeSettings(area: StorageAreaLike, change: Partial<Settings>, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await area.get(null);
  } catch {
    // Unreadable: write the change alone, as before.
  }
  const { settings: migrated, version } = migrate(stored, migrations);
  const rewritten = version === stored[VERSION_KEY] ? {} : Object.fromEntries(Object.entries(migrated).filter(([key]) => Object.hasOwn(DEFAULTS, key)));
  await area.set({ ...rewritten, ...change, [VERSION_KEY]: migrations.length });
}
