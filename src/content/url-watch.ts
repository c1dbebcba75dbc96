import { pageUrl } from '../shared/page-url.ts';

export interface UrlWatchOptions {
  /** How often to compare location.href as a fallback, in ms. */
  pollMs?: number;
  /** How long the URL must stay put before onChange runs, so a single-page app can render the new page. */
  settleMs?: number;
}

/**
 * Calls onChange after the page's URL changes without a reload (single-page-app navigation).
 * A content script lives in an isolated world, so wrapping history.pushState there would never see the page's own
 * calls. Instead: popstate covers back/forward, the Navigation API's currententrychange covers pushState where the
 * browser has it, and a once-a-second string comparison of location.href catches the rest at negligible cost.
 * Returns a function that stops watching.
 */
export function watchUrl(win: Window, onChange: (url: string) => void, options: UrlWatchOptions = {}): () => void {
  const { pollMs = 1000, settleMs = 500 } = options;
  let known = pageUrl(win.location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const now = pageUrl(win.location.href);
    if (now === known) return;
    known = now;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(now), settleMs);
  };
  win.addEventListener('popstate', check);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check);
  const poll = setInterval(check, pollMs);
  return () => {
    win.removeEventListener('popstate', check);
    navigation?.removeEventListener('currententrychange', check);
    clearInterval(poll);
    clearTimeout(timer);
  };
}
