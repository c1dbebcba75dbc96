// The command line's look at nesting before jsdom parses a page (issue 17), and its refusal of a page too deep to parse.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { nestingDepth, tooDeepToParse } from '../../src/cli/nesting-scan.ts';
import { measureTree, MAX_DEPTH } from '../../src/content/extract.ts';
import { digestHtml } from '../../src/cli/digest-page.ts';

describe('nestingDepth agrees with the tree the HTML parser builds', () => {
  test.each([
    ['nested divs', '<div><div><div>x</div></div></div>'],
    ['paragraphs without end tags stay siblings', '<div><p>a<p>b<p>c</div>'],
    ['list items without end tags stay siblings', '<ul><li>a<li>b<li><ul><li>c</ul></ul>'],
    ['void elements add no level', '<div><img src=x><br><input><hr><p>a</p></div>'],
    ['self-closed elements add no level', '<div><svg><path d="M0"/><path/></svg></div>'],
    ['markup inside a script or style is text', '<div><script>if (a < b) "<div><div><div>"</script><style>a>b{}</style></div>'],
    ['a script tag in capitals', '<div><SCRIPT>"<div><div><div>"</SCRIPT>x</div>'],
    ['comments hold no elements', '<div><!-- <div><div><div> --><p>a</p></div>'],
    ['stray end tags are ignored', '<div></span></b><p>a</p></div>'],
    ['a table', '<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>'],
  ])('%s', (_name, body) => {
    const html = `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
    // The parser adds tbody, which the scan does not know about: it may count up to two levels fewer per table.
    const tree = measureTree(new JSDOM(html).window.document.documentElement).depth + 1;
    const depth = nestingDepth(html);
    expect(depth).toBeLessThanOrEqual(tree);
    expect(depth).toBeGreaterThanOrEqual(tree - 2 * (body.match(/<table/g)?.length ?? 0));
  });
});

describe('tooDeepToParse', () => {
  test.each([
    ['200 nested divs', 200, false],
    [`${MAX_DEPTH + 5} nested divs`, MAX_DEPTH + 5, true],
    ['20,000 nested divs', 20_000, true],
  ])('%s: %s', (_name, levels, refused) => {
    expect(tooDeepToParse(`<html><body>${'<div>'.repeat(levels - 2)}x${'</div>'.repeat(levels - 2)}</body></html>`)).toBe(refused);
  });

  test('digestHtml gives the too-deep answer without parsing', () => {
    const result = digestHtml(`<html><body>${'<div>'.repeat(20_000)}x</body></html>`, 'https://example.com/');
    expect(result).toMatchObject({ digest: null, code: 'too-deep', message: 'This page is nested too deeply to read.' });
  });
});

describe('npm run digest on a page nested 20,000 deep', () => {
  test('exits with code 2 and one line on stderr, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-deep-'));
    const file = join(dir, 'deep.html');
    writeFileSync(file, `<!doctype html><html><body>${'<div>'.repeat(20_000)}<p>Hello.</p>${'</div>'.repeat(20_000)}</body></html>`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/digest.ts', file], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([`lede: ${file}: nested more than ${MAX_DEPTH} levels deep; not parsed`]);
  });

  test('a missing file is one line too, with exit code 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/digest.ts', '/nonexistent/page.html'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
