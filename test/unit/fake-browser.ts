import type { Browser, Runtime } from 'webextension-polyfill';
import { MemoryStorageArea } from '../../src/shared/storage.ts';

type Listener = (...args: never[]) => unknown;

/** An event as the polyfill exposes it, recording listeners so a test can fire it. */
class FakeEvent<L extends Listener> {
  readonly listeners: L[] = [];
  addListener(listener: L): void { this.listeners.push(listener); }
  removeListener(listener: L): void { this.listeners.splice(this.listeners.indexOf(listener), 1); }
  hasListener(listener: L): boolean { return this.listeners.includes(listener); }
  fire(...args: Parameters<L>): unknown[] { return this.listeners.map((l) => l(...args)); }
}

/**
 * The slice of the WebExtension API that Lede's background and content script use, in memory: storage areas,
 * runtime messaging, tab events, storage changes, context menus and the action's per-tab badge and title.
 */
export function fakeBrowser(id = 'lede-id') {
  const badges = new Map<number, string>();
  const titles = new Map<number, string>();
  const sent: unknown[] = [];
  const onMessage = new FakeEvent<(message: unknown, sender: Runtime.MessageSender) => unknown>();
  const onUpdated = new FakeEvent<(tabId: number, change: { status?: string; url?: string }) => void>();
  const onRemoved = new FakeEvent<(tabId: number) => void>();
  const onStorageChanged = new FakeEvent<(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void>();
  const menus: unknown[] = [];
  const fake = {
    runtime: {
      id,
      getURL: (path: string) => `chrome-extension://${id}/${path}`,
      onMessage,
      onInstalled: new FakeEvent<() => void>(),
      onStartup: new FakeEvent<() => void>(),
      sendMessage: async (message: unknown) => { sent.push(message); return { ok: true }; },
    },
    storage: {
      session: new MemoryStorageArea(), sync: new MemoryStorageArea(), local: new MemoryStorageArea(),
      onChanged: onStorageChanged,
    },
    contextMenus: {
      create: (props: unknown) => void menus.push(props),
      removeAll: async () => void menus.splice(0),
      onClicked: new FakeEvent<(info: unknown, tab: unknown) => void>(),
    },
    tabs: { onUpdated, onRemoved },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void titles.set(tabId, title),
    },
  };
  /** Delivers a message as runtime.onMessage would; resolves to the first listener's reply. */
  const deliver = async (message: unknown, sender: Runtime.MessageSender): Promise<unknown> => {
    const replies = onMessage.fire(message, sender).filter((r) => r !== undefined);
    return replies.length > 0 ? await replies[0] : undefined;
  };
  return { browser: fake as unknown as Browser, fake, badges, titles, sent, menus, deliver, onUpdated, onRemoved, onStorageChanged };
}
