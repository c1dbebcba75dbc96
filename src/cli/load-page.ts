import { JSDOM, VirtualConsole } from 'jsdom';

// Kept apart from jsdom, whose import alone takes a second: the command line reads and scans a page before loading it.
export { readPageFile } from './page-file.ts';

/**
 * Parses HTML under jsdom with scripts off and CSS warnings silenced.
 * jsdom's CSS parser throws on some leftover Sass in <style> (corpus-notes.md, gotcha 1): retry without <style>.
 */
export function loadDom(html: string, url = 'http://localhost/'): JSDOM {
  const virtualConsole = new VirtualConsole();
  try {
    return new JSDOM(html, { url, virtualConsole });
  } catch {
    return new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url, virtualConsole });
  }
}

/** Lets jsdom free closed windows between pages (corpus-notes.md, gotcha 2). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
