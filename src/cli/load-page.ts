import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Reads a saved page, gunzipping `.gz`, as a UTF-8 string (a Buffer would make jsdom trust a lying <meta charset>). */
export function readPageFile(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

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
