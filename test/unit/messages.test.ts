import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { dispatch, isAllowedSender, type Handlers, type MessageName } from '../../src/shared/messages.ts';

const self = { id: 'lede-id', origin: 'chrome-extension://lede-id/' };
const popupUrl = 'chrome-extension://lede-id/popup.html';

describe('isAllowedSender', () => {
  test.each<[string, MessageName, Runtime.MessageSender, boolean]>([
    ['content message from our content script in a tab', 'content→background:detected', { id: 'lede-id', tab: { id: 4 } as never, url: 'https://news.example/a' }, true],
    ['content message without a tab', 'content→background:detected', { id: 'lede-id', url: popupUrl }, false],
    ['content message from another extension', 'content→background:detected', { id: 'other', tab: { id: 4 } as never }, false],
    ['content message with tab id -1 (TAB_ID_NONE)', 'content→background:detected', { id: 'lede-id', tab: { id: -1 } as never }, false],
    ['popup message from our popup', 'popup→content:extract', { id: 'lede-id', url: popupUrl }, true],
    ['popup message from our popup opened as a tab', 'popup→content:extract', { id: 'lede-id', url: `${popupUrl}?tabId=3`, tab: { id: 9 } as never }, true],
    ['popup message from a web page', 'popup→content:extract', { id: 'lede-id', url: 'https://evil.example/popup.html' }, false],
    ['popup message from another extension', 'popup→content:extract', { id: 'other', url: 'chrome-extension://other/popup.html' }, false],
    ['popup message without a URL', 'popup→content:extract', { id: 'lede-id' }, false],
    ['prepared article from a tab', 'content→background:prepare', { id: 'lede-id', tab: { id: 4 } as never, url: 'https://a.example/' }, true],
    ['prepared article from an extension page', 'content→background:prepare', { id: 'lede-id', url: popupUrl }, false],
    ['page question from a web page', 'popup→content:page', { id: 'lede-id', url: 'https://evil.example/popup.html' }, false],
    ['digest request from our popup', 'popup→background:digest', { id: 'lede-id', url: popupUrl }, true],
    ['digest request from a content script', 'popup→background:digest', { id: 'lede-id', tab: { id: 4 } as never, url: 'https://news.example/a' }, false],
    ['digest request from another extension', 'popup→background:digest', { id: 'other', url: 'chrome-extension://other/popup.html' }, false],
  ])('%s → %s', (_label, name, sender, allowed) => {
    expect(isAllowedSender(name, sender, self)).toBe(allowed);
  });
});

describe('dispatch', () => {
  const handlers = (): Handlers<'background'> => ({
    'content→background:detected': vi.fn(async () => ({ ok: true as const })),
    'content→background:prepare': vi.fn(async () => ({ ok: true })),
    'popup→background:digest': vi.fn(async () => ({ ok: false as const, reason: 'failed' as const })),
  });

  test('routes an allowed message to its handler with the sending tab', async () => {
    const h = handlers();
    const reply = dispatch(h, { name: 'content→background:detected', arg: { isArticle: true, signals: ['json-ld'] } }, { id: 'lede-id', tab: { id: 12 } as never, url: 'https://a.example/' }, self);
    expect(await reply).toEqual({ ok: true });
    expect(h['content→background:detected']).toHaveBeenCalledWith({ isArticle: true, signals: ['json-ld'] }, { tabId: 12, url: 'https://a.example/' });
  });

  test.each<[string, unknown, Runtime.MessageSender]>([
    ['a message for another endpoint', { name: 'popup→content:extract', arg: { force: false } }, { id: 'lede-id', url: popupUrl }],
    ['an unknown name', { name: 'toString', arg: {} }, { id: 'lede-id', tab: { id: 1 } as never }],
    ['a non-envelope', 'content→background:detected', { id: 'lede-id', tab: { id: 1 } as never }],
    ['a missing arg', { name: 'content→background:detected' }, { id: 'lede-id', tab: { id: 1 } as never }],
    ['a disallowed sender', { name: 'content→background:detected', arg: { isArticle: true, signals: [] } }, { id: 'lede-id', url: popupUrl }],
  ])('ignores %s', (_label, message, sender) => {
    const h = handlers();
    expect(dispatch(h, message, sender, self)).toBeUndefined();
    expect(h['content→background:detected']).not.toHaveBeenCalled();
  });
});
