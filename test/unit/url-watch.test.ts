import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchUrl } from '../../src/content/url-watch.ts';
import { pageUrl } from '../../src/shared/page-url.ts';

describe('pageUrl', () => {
  test.each([
    ['https://a.example/news/1#comments', 'https://a.example/news/1'],
    ['https://a.example/news/1?x=1', 'https://a.example/news/1?x=1'],
    ['https://a.example/', 'https://a.example/'],
  ])('%s → %s', (href, expected) => expect(pageUrl(href)).toBe(expected));
});

describe('watchUrl', () => {
  afterEach(() => vi.useRealTimers());

  test('reports a pushState navigation once the URL has settled, and ignores hash changes', () => {
    vi.useFakeTimers();
    const { window } = new JSDOM('', { url: 'https://spa.example/home' });
    const seen: string[] = [];
    const stop = watchUrl(window as unknown as Window, (url) => seen.push(url), { pollMs: 100, settleMs: 50 });
    window.history.pushState({}, '', '/home#top');
    vi.advanceTimersByTime(300);
    expect(seen).toEqual([]);
    window.history.pushState({}, '', '/story/42');
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual(['https://spa.example/story/42']);
    stop();
    window.history.pushState({}, '', '/story/43');
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['https://spa.example/story/42']);
  });

  test('reacts to popstate without waiting for the poll', () => {
    vi.useFakeTimers();
    const { window } = new JSDOM('', { url: 'https://spa.example/a' });
    const seen: string[] = [];
    watchUrl(window as unknown as Window, (url) => seen.push(url), { pollMs: 60_000, settleMs: 10 });
    window.history.pushState({}, '', '/b');
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    vi.advanceTimersByTime(20);
    expect(seen).toEqual(['https://spa.example/b']);
  });
});
