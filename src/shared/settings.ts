import type { SummaryLength } from '../core/types.ts';
import type { StorageAreaLike } from './storage.ts';

export interface Settings {
  summaryLength: SummaryLength;
  /** How many key quotes the popup shows before "Show all": 3 to 5. */
  keyQuotes: number;
  /** Detect articles on every page and light the badge. */
  autoDetect: boolean;
  /** Use the browser's on-device summarizer where it exists (Chrome's Summarizer API). */
  onDeviceSummary: boolean;
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  summaryLength: 'medium',
  keyQuotes: 4,
  autoDetect: true,
  onDeviceSummary: true,
});

/** storage.sync key holding the shape version of the stored settings. */
export const VERSION_KEY = 'settingsVersion';

/** Rewrites stored settings from one shape version to the next: entry i turns version i into version i + 1. */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

// Version 0 is the first shipped shape, so nothing needs rewriting yet; append here when a key is renamed or retyped.
export const MIGRATIONS: readonly Migration[] = [];

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
  return {
    summaryLength: length === 'short' || length === 'medium' || length === 'long' ? length : DEFAULTS.summaryLength,
    keyQuotes: typeof quotes === 'number' && Number.isFinite(quotes) ? Math.min(5, Math.max(3, Math.round(quotes))) : DEFAULTS.keyQuotes,
    autoDetect: typeof autoDetect === 'boolean' ? autoDetect : DEFAULTS.autoDetect,
    onDeviceSummary: typeof onDevice === 'boolean' ? onDevice : DEFAULTS.onDeviceSummary,
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

/** Saves a change to settings, stamped with the current shape version. */
export async function writeSettings(area: StorageAreaLike, change: Partial<Settings>, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  await area.set({ ...change, [VERSION_KEY]: migrations.length });
}
