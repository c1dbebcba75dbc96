// Pure URL helpers shared by the content script and the background (issue 13).

/** The URL without its fragment: a hash change is a jump inside the same page, not a new page. */
export function pageUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}
