import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readPageFile } from '../../src/cli/load-page.ts';

export const SHARED = new URL('../../../shared/', import.meta.url).pathname;

// Corpus pages run with page scripts off, as in the command line's jsdom: the digest must match, and no page
// script may reach the network. Test pages written here may opt in to inline scripts (the SPA page needs one).
const NO_SCRIPTS = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
const INLINE_SCRIPTS = "default-src 'self'; script-src 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

export interface TestServer {
  origin: string;
  /** Every request the server received, as paths. */
  requests: string[];
  /** Serves `html` at `path` (e.g. '/hostile'); `scripts` allows the page's inline scripts. */
  addPage(path: string, html: string, scripts?: boolean): void;
  close(): Promise<void>;
}

/**
 * A tiny server on 127.0.0.1 (port 0) for the browser tests:
 *   /seed                    ../shared/seed/putin-china.html
 *   /rt/<slug>/              ../shared/corpus/readability-test-pages/<slug>/source.html
 *   /non-article/<id>        ../shared/corpus/non-article-pages/html/<id>.html.gz
 * plus pages a test adds. Anything else is a 404 (e.g. images the pages name).
 */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, { html: string; scripts: boolean }>();
  const requests: string[] = [];
  const fileFor = (path: string): string | null => {
    if (path === '/seed') return `${SHARED}seed/putin-china.html`;
    const rt = /^\/rt\/([\w-]+)\/$/.exec(path);
    if (rt) return `${SHARED}corpus/readability-test-pages/${rt[1]}/source.html`;
    const na = /^\/non-article\/(\d+)$/.exec(path);
    if (na) return `${SHARED}corpus/non-article-pages/html/${na[1]}.html.gz`;
    return null;
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const added = pages.get(path);
    const file = added ? null : fileFor(path);
    let html: string | null = added?.html ?? null;
    if (file) {
      try { html = readPageFile(file); } catch { html = null; }
    }
    if (html === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': added?.scripts ? INLINE_SCRIPTS : NO_SCRIPTS });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    addPage: (path, html, scripts = false) => void pages.set(path, { html, scripts }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
