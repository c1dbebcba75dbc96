// `npm run snapshot -- DIR [--compare DIR]`: every corpus and labelled page's digest JSON, to prove a refactor changes
// no output (issue 13: "save them all before you start and compare after each step").
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusPages, SHARED } from './lib/corpus.ts';
import { readPageFile, yieldToEventLoop } from '../src/cli/load-page.ts';
import { digestHtml } from '../src/cli/digest-page.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { compare: { type: 'string' } } });
const out = positionals[0];
if (!out) {
  console.error('usage: npm run snapshot -- OUT_DIR [--compare BASE_DIR]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const pages: { id: string; path: string; url: string }[] = corpusPages().map((p) => ({ id: `${p.set}--${p.id}`, path: p.path, url: p.url }));
for (const dir of readdirSync(join(SHARED, 'labels')).filter((d) => d.startsWith('dev'))) {
  for (const f of readdirSync(join(SHARED, 'labels', dir)).filter((f) => f.endsWith('.json')).sort()) {
    const label = JSON.parse(readFileSync(join(SHARED, 'labels', dir, f), 'utf8')) as { id: string; page: string; url?: string };
    pages.push({ id: `label-${dir}--${label.id}`, path: join(SHARED, label.page), url: label.url ?? 'http://localhost/article.html' });
  }
}

let changed = 0;
for (const page of pages) {
  const json = JSON.stringify(digestHtml(readPageFile(page.path), page.url), null, 1);
  const file = `${page.id.replace(/[^\w.-]+/g, '_')}.json`;
  writeFileSync(join(out, file), json);
  if (values.compare) {
    const before = join(values.compare, file);
    if (!existsSync(before) || readFileSync(before, 'utf8') !== json) {
      changed++;
      console.log(`changed: ${page.id}`);
    }
  }
  await yieldToEventLoop();
}
console.log(`${pages.length} digests written to ${out}${values.compare ? `; ${changed} differ from ${values.compare}` : ''}`);
if (changed) process.exitCode = 1;
