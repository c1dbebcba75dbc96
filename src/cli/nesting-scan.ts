// A cheap look at how deep a document nests, read from its HTML before jsdom parses it (issue 17). jsdom builds and
// tears down trees with recursive algorithms: 20,000 nested divs took 99 s and then overflowed the stack. Browsers
// parse such a page themselves; the command line must refuse it instead, at once.

import { MAX_DEPTH } from '../content/extract.ts';

// Elements that never have children, so never add a level.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'image']);
// Elements whose content is raw text up to their own end tag: a '<' inside them opens nothing.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// The end tag of each raw-text element, found case-insensitively without lower-casing the whole page per element.
const RAW_TEXT_END: Record<string, RegExp> = Object.fromEntries([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
// Elements whose end tag may be left out: a second one opens beside the first, not inside it (HTML's "implied end
// tags"), so `<p>a<p>b` and lists of `<li>` without end tags stay one level deep.
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'rb', 'rt', 'rp', 'optgroup']);
// A closing tag looks this far up the open elements for its match; past it, the tag is a stray and is ignored (the
// HTML parser ignores an end tag with no open element of its name too).
const MATCH_WINDOW = 64;
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;

/**
 * The deepest nesting of elements in `html`, stopping as soon as it passes `limit`: an approximation of the tree
 * the HTML parser builds (implied end tags of p and li, void and raw-text elements, comments), linear in the length.
 * Example: `nestingDepth('<div><div><p>a</div></div>') === 3`.
 */
export function nestingDepth(html: string, limit = Infinity): number {
  const open: string[] = [];
  let deepest = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[i + 1] === '/';
    TAG_NAME.lastIndex = closing ? i + 2 : i + 1;
    const match = TAG_NAME.exec(html);
    const end = html.indexOf('>', i + 1);
    if (end === -1) break;
    if (!match) { i = html.indexOf('<', i + 1); continue; }
    const name = match[0].toLowerCase();
    if (closing) closeElement(open, name);
    // A void or self-closed element is a level of its own, with nothing under it.
    else if (VOID.has(name) || html[end - 1] === '/') deepest = Math.max(deepest, open.length + 1);
    else {
      if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) open.pop();
      open.push(name);
      if (open.length > deepest) deepest = open.length;
      if (deepest > limit) return deepest;
      if (RAW_TEXT.has(name)) {
        const closer = RAW_TEXT_END[name]!;
        closer.lastIndex = end + 1;
        const close = closer.exec(html)?.index ?? -1;
        if (close === -1) break;
        open.pop();
        i = html.indexOf('<', close + 2);
        continue;
      }
    }
    i = html.indexOf('<', end + 1);
  }
  return deepest;
}

/** Pops the open elements down to and including the nearest `name`, if it is near enough to be the one it closes. */
function closeElement(open: string[], name: string): void {
  for (let k = open.length - 1; k >= 0 && k >= open.length - MATCH_WINDOW; k--) {
    if (open[k] === name) {
      open.length = k;
      return;
    }
  }
}

/**
 * True when the HTML nests deeper than extraction reads (MAX_DEPTH), found before any parse: extraction would refuse
 * the page anyway, and jsdom needs minutes to build such a tree and then overflows the stack tearing it down.
 * Example: `tooDeepToParse('<div>'.repeat(5_000)) === true`.
 */
export function tooDeepToParse(html: string): boolean {
  return nestingDepth(html, MAX_DEPTH) > MAX_DEPTH;
}
