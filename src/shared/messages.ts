import type { Browser, Runtime } from 'webextension-polyfill';
import type { Article, Digest, DigestOptions } from './digest-types.ts';
import type { DigestMeta } from './meta-line.ts';
import type { PageReading } from './page-reading.ts';
import type { QuoteTarget, ShownAs } from './quote-target.ts';
import type { TaskTime } from './tab-state.ts';

/**
 * Every message Lede sends: name → argument and reply. The name says who sends it to whom, so a handler can check
 * the sender: messages from a content script must come from a tab; messages from the popup (or any extension page)
 * must come from this extension's own origin.
 */
export interface MessageMap {
  /** The content script's detection verdict for the page it runs in (at document_idle and after SPA navigations). */
  'content→background:detected': { arg: { isArticle: boolean; signals: string[] }; reply: { ok: true } };
  /**
   * On a detected article, while the page is idle: the extracted article (same path as popup→content:extract), for
   * the background to digest ahead of the popup. `url` is the page's URL without its fragment; `extractMs` what the
   * extraction cost the page, and `tasks` each step's time (each ran in its own task).
   */
  'content→background:prepare': { arg: { url: string; article: Article; extractMs: number; tasks?: TaskTime[] }; reply: { ok: boolean } };
  /** The popup asks which page the tab's content script runs in (URL without fragment), to match a prepared digest. */
  'popup→content:page': { arg: Record<string, never>; reply: { url: string } };
  /** The popup asks the tab's content script for the article; `force` is the "Digest anyway" button. */
  'popup→content:extract': { arg: { force: boolean }; reply: PageReading };
  /** The popup asks the content script to scroll to a quote and highlight it; `shown` is null when not found. */
  'popup→content:highlight': { arg: QuoteTarget; reply: { shown: ShownAs | null } };
  /**
   * The popup's slow path (no prepared digest fits): the popup sends the article its content script read just now,
   * with the reader's digest settings, and the background runs the core on it, so the core is bundled once.
   */
  'popup→background:digest': { arg: PopupDigestRequest; reply: PopupDigestReply };
}

/** What the popup sends for a digest. */
export interface PopupDigestRequest {
  article: Article;
  options: DigestOptions;
  /** The reader pressed "Digest anyway" on a page in a language the core does not read. */
  anyLanguage: boolean;
  /**
   * The tab and the page (URL without fragment, as `popup→content:page` answered) the article was read from, and how
   * long the popup waited for it (extraction and messaging), so the background may keep the digest as the tab's
   * prepared one; absent when the popup does not know the page's URL.
   */
  from?: { tabId: number; pageUrl: string; extractMs: number };
}

/**
 * The background's answer: the digest with the article's language (declared or detected) and its meta lines, or why
 * there is none: a language the core does not read (the popup offers "Digest anyway"), or the core failed.
 */
export type PopupDigestReply =
  | { ok: true; digest: Digest; lang: string | null; meta: DigestMeta }
  | { ok: false; reason: 'unsupported-language'; lang: string | null }
  | { ok: false; reason: 'failed' };

export type MessageName = keyof MessageMap;
export type MessageArg<K extends MessageName> = MessageMap[K]['arg'];
export type MessageReply<K extends MessageName> = MessageMap[K]['reply'];
export interface Envelope<K extends MessageName = MessageName> {
  name: K;
  arg: MessageArg<K>;
}

type Endpoint = 'content' | 'popup' | 'background';
/** Names of the messages an endpoint receives. */
export type MessagesTo<E extends Endpoint> = Extract<MessageName, `${string}→${E}:${string}`>;

/** Handlers for the messages one endpoint receives; `tabId` is the sending tab where there is one. */
export type Handlers<E extends Endpoint> = {
  [K in MessagesTo<E>]: (arg: MessageArg<K>, sender: { tabId: number | null; url: string | null }) => Promise<MessageReply<K>>;
};

/** What a receiver knows about itself, to check senders against. */
export interface Self {
  id: string;
  /** The extension's base URL, e.g. `chrome-extension://abc/` (runtime.getURL('')). */
  origin: string;
}

/**
 * Whether `sender` may send message `name`: content-script messages need a tab id and this extension's id;
 * extension-page messages need this extension's id and a URL under its own origin.
 * Example: `isAllowedSender('content→background:detected', { id: self.id, tab: { id: 3 } }, self) === true`.
 */
export function isAllowedSender(name: MessageName, sender: Runtime.MessageSender, self: Self): boolean {
  if (sender.id !== self.id) return false;
  if (name.startsWith('content→')) return typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
  return typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

function isEnvelope(message: unknown): message is Envelope {
  if (message === null || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  return typeof m['name'] === 'string' && typeof m['arg'] === 'object' && m['arg'] !== null;
}

/**
 * Routes one incoming message to its handler after checking the sender. Returns undefined (no reply, so another
 * listener may answer) for messages this endpoint does not handle or may not accept.
 */
export function dispatch<E extends Endpoint>(handlers: Handlers<E>, message: unknown, sender: Runtime.MessageSender, self: Self): Promise<unknown> | undefined {
  if (!isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
  const name = message.name as MessagesTo<E>;
  if (!isAllowedSender(name, sender, self)) return undefined;
  const handler = handlers[name] as (arg: unknown, from: { tabId: number | null; url: string | null }) => Promise<unknown>;
  return handler(message.arg, { tabId: sender.tab?.id ?? null, url: sender.url ?? null });
}

/** Registers the handlers of one endpoint on runtime.onMessage. */
export function listen<E extends Endpoint>(browser: Browser, handlers: Handlers<E>): void {
  const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
  // The polyfill replies with what a returned promise resolves to; returning undefined lets other listeners answer.
  // (Typed as the void listener because the polyfill's async listener type does not allow "no answer".)
  const listener: Runtime.OnMessageListenerNoResponse = (message, sender) => dispatch(handlers, message, sender, self);
  browser.runtime.onMessage.addListener(listener);
}

/** Sends a message from a content script or an extension page to the background. */
export function sendToBackground<K extends MessagesTo<'background'>>(browser: Browser, name: K, arg: MessageArg<K>): Promise<MessageReply<K>> {
  const envelope: Envelope<K> = { name, arg };
  return browser.runtime.sendMessage(envelope) as Promise<MessageReply<K>>;
}

/** Sends a message from an extension page to the content script of a tab (top frame only). */
export function sendToTab<K extends MessagesTo<'content'>>(browser: Browser, tabId: number, name: K, arg: MessageArg<K>): Promise<MessageReply<K>> {
  const envelope: Envelope<K> = { name, arg };
  return browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }) as Promise<MessageReply<K>>;
}
