import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// Page content is hostile (docs/style.md §3): nothing in src/ may turn strings into markup or code.
const FORBIDDEN = [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/, /\bdocument\.write(?:ln)?\s*\(/, /\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bcreateContextualFragment\b/, /\bsetHTMLUnsafe\b/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|js|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles('src');

describe('no markup or code from strings in src/', () => {
  test('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(files)('%s', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const hits = lines.flatMap((line, i) => FORBIDDEN.filter((re) => re.test(line)).map((re) => `${file}:${i + 1}: ${re.source}: ${line.trim()}`));
    expect(hits).toEqual([]);
  });

  test.each([
    ['el.innerHTML = title', true],
    ['node.insertAdjacentHTML("beforeend", x)', true],
    ['const f = new Function("return 1")', true],
    ['eval(code)', true],
    ['el.textContent = title', false],
    ['const evaluation = 1', false],
  ])('the guard flags %s: %s', (line, flagged) => {
    expect(FORBIDDEN.some((re) => re.test(line))).toBe(flagged);
  });
});
