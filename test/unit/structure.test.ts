// Keeps the house standing (issue 13): no import circles in src/, runtimes meet only in src/shared/, and a part of
// the core is entered only through its face (index.ts). Reads `import … from` as plain strings; no parser needed.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(import.meta.dirname, '../../src');

/** Every module path of src/ (relative, with forward slashes) mapped to the modules it imports or re-exports. */
export function importGraph(root: string): Map<string, string[]> {
  const files = walk(root).filter((f) => f.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)]
      .map((m) => m[1] ?? m[2] ?? m[3]!)
      .map((spec) => relative(root, resolve(dirname(file), spec)));
    graph.set(relative(root, file), targets);
  }
  return graph;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** One circle of the graph as a path `a → b → a`, or null. */
export function findCircle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const circle = visit(node);
    if (circle) return circle;
  }
  return null;
}

// Which runtimes each may import. The CLI runs content's extraction under jsdom, so it may use content. The popup asks
// the background for digests and reads the core's types through shared/digest-types.ts, so its bundle holds no core.
const RUNTIME_IMPORTS: Record<string, readonly string[]> = {
  core: ['core'],
  shared: ['shared', 'core'],
  content: ['content', 'shared', 'core'],
  background: ['background', 'shared', 'core'],
  popup: ['popup', 'shared'],
  options: ['options', 'shared'],
  cli: ['cli', 'content', 'shared', 'core'],
};

// The core's parts from the bottom up: a part imports only parts below it.
const CORE_PARTS = ['lexicon', 'text', 'people', 'quotes', 'summary'];

/** Every import that breaks the runtime or core-part rules, as `from → to (why)`. */
export function boundaryBreaks(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const breaks: string[] = [];
  for (const [from, targets] of graph) {
    const runtime = from.split('/')[0]!;
    for (const to of targets) {
      // Data outside src/ (the locale files) is not a runtime.
      if (to.startsWith('..')) continue;
      const target = to.split('/')[0]!;
      const allowed = RUNTIME_IMPORTS[runtime];
      if (allowed && !allowed.includes(target)) breaks.push(`${from} → ${to} (${runtime} may not import ${target})`);
      if (target === 'core') {
        const why = corePartBreak(from, to);
        if (why) breaks.push(`${from} → ${to} (${why})`);
      }
    }
  }
  return breaks;
}

// The one door from shared/ to the core: types only, so a runtime that reads the core through shared/ (the popup)
// bundles none of its code.
const SHARED_CORE_DOOR = 'shared/digest-types.ts';

/**
 * Every import of the core in shared/ that could carry code into a bundle: one outside SHARED_CORE_DOOR, or one there
 * that is not `import type` / `export type`. `texts` maps module paths (relative to src/) to their source.
 */
export function sharedCoreBreaks(texts: ReadonlyMap<string, string>): string[] {
  const breaks: string[] = [];
  for (const [path, text] of texts) {
    if (!path.startsWith('shared/')) continue;
    for (const m of text.matchAll(/(?:^|\n)\s*((?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"])/g)) {
      const target = join(dirname(path), m[2]!);
      if (!target.startsWith('core/')) continue;
      if (path !== SHARED_CORE_DOOR) breaks.push(`${path} → ${target} (shared reads the core only through ${SHARED_CORE_DOOR})`);
      else if (!/^(?:import|export)\s+type\b/.test(m[1]!)) breaks.push(`${path} → ${target} (types only: a value would bring the core into the popup)`);
    }
  }
  return breaks;
}

function corePartBreak(from: string, to: string): string | null {
  const fromPart = from.startsWith('core/') ? partOf(from) : null;
  const toPart = partOf(to);
  // The root files (digest.ts, types.ts) are the pipeline's face; types.ts is a leaf every part may read.
  if (toPart === null) {
    if (to === 'core/types.ts') return null;
    return fromPart === null ? null : `a part imports the pipeline ${to}`;
  }
  if (fromPart === toPart) return to.endsWith('/index.ts') ? 'a part imports its own face' : null;
  if (!to.endsWith(`core/${toPart}/index.ts`)) return `enter ${toPart} through core/${toPart}/index.ts`;
  if (fromPart !== null && CORE_PARTS.indexOf(toPart) > CORE_PARTS.indexOf(fromPart)) return `${fromPart} is below ${toPart}`;
  return null;
}

function partOf(path: string): string | null {
  const m = /^core\/([^/]+)\//.exec(path);
  return m ? m[1]! : null;
}

describe('the import graph of src/', () => {
  const graph = importGraph(SRC);

  test('reads every module and its imports', () => {
    expect(graph.get('core/digest.ts')).toContain('core/types.ts');
    expect(graph.size).toBeGreaterThan(50);
  });

  test('has no circle', () => {
    expect(findCircle(graph)).toBeNull();
  });

  test('runtimes meet only in shared/, and core parts are entered through their faces, lower parts first', () => {
    expect(boundaryBreaks(graph)).toEqual([]);
  });

  test('shared/ reads the core through one file, types only, so the popup bundles no core code', () => {
    const texts = new Map(walk(join(SRC, 'shared')).map((file) => [relative(SRC, file), readFileSync(file, 'utf8')]));
    expect(texts.has(SHARED_CORE_DOOR)).toBe(true);
    expect(sharedCoreBreaks(texts)).toEqual([]);
  });

  test('the core root holds at most six files and every part has a face', () => {
    const root = readdirSync(join(SRC, 'core'));
    expect(root.filter((f) => f.endsWith('.ts')).length).toBeLessThanOrEqual(6);
    for (const part of root.filter((f) => statSync(join(SRC, 'core', f)).isDirectory())) {
      expect(CORE_PARTS, `core/${part} is not a known part`).toContain(part);
      expect(graph.has(`core/${part}/index.ts`), `core/${part}/index.ts`).toBe(true);
    }
  });
});

describe('the checks fail on what they guard against', () => {
  test.each([
    ['a direct circle', { 'a.ts': ['b.ts'], 'b.ts': ['a.ts'] }, ['a.ts', 'b.ts', 'a.ts']],
    ['a circle around three', { 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'] }, ['a.ts', 'b.ts', 'c.ts', 'a.ts']],
    ['no circle in a diamond', { 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['d.ts'], 'c.ts': ['d.ts'], 'd.ts': [] }, null],
  ])('%s', (_, graph, circle) => {
    expect(findCircle(new Map(Object.entries(graph)))).toEqual(circle);
  });

  test.each([
    ['shared reading content', 'shared/messages.ts', 'content/read-page.ts', 'shared may not import content'],
    ['popup reading content', 'popup/live.ts', 'content/url-watch.ts', 'popup may not import content'],
    ['popup reading the core (its code belongs in the background)', 'popup/live.ts', 'core/digest.ts', 'popup may not import core'],
    ['popup reading even the core\'s types directly', 'popup/views.ts', 'core/types.ts', 'popup may not import core'],
    ['core reading shared', 'core/digest.ts', 'shared/settings.ts', 'core may not import shared'],
    ['a part read past its face', 'core/quotes/attribution.ts', 'core/people/names.ts', 'enter people through'],
    ['a lower part reading a higher one', 'core/people/roles.ts', 'core/quotes/index.ts', 'people is below quotes'],
    ['a part reading its own face', 'core/text/clean.ts', 'core/text/index.ts', 'its own face'],
    ['a runtime reading a part past its face', 'background/prepare-digest.ts', 'core/text/language.ts', 'enter text through'],
  ])('%s', (_, from, to, why) => {
    expect(boundaryBreaks(new Map([[from, [to]]])).join()).toContain(why);
  });

  test.each([
    ['shared importing a value of the core', 'shared/settings.ts', "import { DEFAULT_OPTIONS } from '../core/types.ts';", 'only through shared/digest-types.ts'],
    ['shared importing core types outside the door', 'shared/tab-state.ts', "import type { Digest } from '../core/types.ts';", 'only through shared/digest-types.ts'],
    ['the door passing on a value', 'shared/digest-types.ts', "export { digest } from '../core/digest.ts';", 'types only'],
    ['the door importing a value', 'shared/digest-types.ts', "import { NOTICE_MESSAGES } from '../core/digest.ts';\nexport type { Digest } from '../core/types.ts';", 'types only'],
  ])('%s', (_, path, text, why) => {
    expect(sharedCoreBreaks(new Map([[path, text]])).join()).toContain(why);
  });

  test.each([
    ['the door passing on types', 'shared/digest-types.ts', "export type { Digest, Quote } from '../core/types.ts';"],
    ['shared reading the door', 'shared/tab-state.ts', "import type { Digest } from './digest-types.ts';"],
  ])('allows %s', (_, path, text) => {
    expect(sharedCoreBreaks(new Map([[path, text]]))).toEqual([]);
  });

  test.each([
    ['a part through its face', 'core/quotes/attribution.ts', 'core/people/index.ts'],
    ['a sibling inside a part', 'core/people/roles.ts', 'core/people/names.ts'],
    ['the shared types', 'core/text/spans.ts', 'core/types.ts'],
    ['the CLI running content', 'cli/digest-page.ts', 'content/read-page.ts'],
  ])('allows %s', (_, from, to) => {
    expect(boundaryBreaks(new Map([[from, [to]]]))).toEqual([]);
  });
});
