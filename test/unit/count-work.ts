// Counting work instead of timing it (issue 17): a pass's cost shows in the built-in operations it performs, and
// their number, unlike a clock, does not change with the machine or its load. A quadratic pass performs quadratically
// many of them whatever its constant factors, so doubling its input quadruples the count.

type Method = (this: unknown, ...args: unknown[]) => unknown;

// What one call of each method costs: one step; or one per call of its callback (so `filter` inside a loop over the
// same array shows as the quadratic join it is); or one per element it scans, copies or sorts; or one per 16
// characters it builds (so slicing the whole text per sentence shows too).
type Weight = 'call' | 'callback' | 'scan' | 'copy' | 'sort' | 'string';

const iterators = (): object[] => [
  Object.getPrototypeOf([][Symbol.iterator]()),
  Object.getPrototypeOf(new Map()[Symbol.iterator]()),
  Object.getPrototypeOf(new Set()[Symbol.iterator]()),
  Object.getPrototypeOf(''[Symbol.iterator]()),
  Object.getPrototypeOf(''.matchAll(/x/g)),
];

const METHODS: [object, string[], Weight][] = [
  [Array.prototype, ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight', 'flatMap'], 'callback'],
  [Array.prototype, ['indexOf', 'lastIndexOf', 'includes'], 'scan'],
  [Array.prototype, ['join', 'flat', 'reverse', 'fill'], 'copy'],
  [Array.prototype, ['sort'], 'sort'],
  [String.prototype, ['slice', 'substring', 'substr', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'normalize', 'trim', 'trimStart', 'trimEnd', 'replace', 'replaceAll', 'padStart', 'padEnd', 'repeat', 'concat'], 'string'],
  [Array.prototype, ['slice', 'concat'], 'string'],
  [String.prototype, ['split', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'match', 'matchAll', 'search', 'charCodeAt', 'codePointAt', 'at'], 'call'],
  [RegExp.prototype, ['exec', 'test'], 'call'],
  [Map.prototype, ['get', 'set', 'has', 'delete'], 'call'],
  [Set.prototype, ['add', 'has', 'delete'], 'call'],
];

/** Steps by method ('Array.filter', 'RegExp.exec'…), for finding which pass grows: see countWork. */
export type WorkByMethod = Record<string, number>;

/**
 * Runs `run` with the built-in methods above counting every call (and iterator step), and returns the count.
 * Example: `countWork(() => xs.forEach(() => xs.includes(0)))` grows with the square of `xs.length`.
 */
export function countWork(run: () => unknown, byMethod?: WorkByMethod): number {
  let steps = 0;
  const restore: (() => void)[] = [];
  const patch = (owner: object, ownerName: string, name: string, weight: Weight) => {
    const original = (owner as Record<string, Method>)[name];
    if (typeof original !== 'function') return;
    const key = `${ownerName}.${name}`;
    const count = (n: number) => {
      steps += n;
      // A plain object: the bookkeeping must not call the Map methods it counts.
      if (byMethod) byMethod[key] = (byMethod[key] ?? 0) + n;
    };
    const counted: Method = function (this: unknown, ...args: unknown[]) {
      if (weight === 'callback' && typeof args[0] === 'function') {
        const callback = args[0] as Method;
        args[0] = function (this: unknown, ...inner: unknown[]) { count(1); return callback.apply(this, inner); };
      }
      const result = original.apply(this, args);
      const length = (this as { length?: number } | null)?.length ?? 0;
      if (weight === 'scan') count(1 + (typeof result === 'number' && result >= 0 ? (name === 'lastIndexOf' ? length - result : result + 1) : length));
      else if (weight === 'copy') count(1 + length);
      else if (weight === 'sort') count(1 + Math.ceil(length * Math.log2(length + 1)));
      else if (weight === 'string') count(1 + ((result as { length?: number } | null)?.length ?? 0) / 16);
      else count(1);
      return result;
    };
    Object.defineProperty(owner, name, { value: counted, writable: true, configurable: true });
    restore.push(() => Object.defineProperty(owner, name, { value: original, writable: true, configurable: true }));
  };
  for (const proto of iterators()) patch(proto, String(Object.prototype.toString.call(proto)).slice(8, -1), 'next', 'call');
  for (const [owner, names, weight] of METHODS) for (const name of names) patch(owner, (owner as { constructor: { name: string } }).constructor.name, name, weight);
  try {
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return steps;
}

// Linear work gives 2 per doubling (n log n a little more); a quadratic pass gives 4. The bar sits between.
export const MAX_GROWTH = 2.5;

// The bar for sorting (see growth), as the same share of MAX_GROWTH: a sort's ratio is scaled by MAX_GROWTH / SORT_GROWTH.
const SORT_GROWTH = 3.5;
// A method doing under this share of the work is left out of the per-method check: a handful of calls that grow
// from 3 to 9 says nothing.
const MIN_SHARE = 0.02;

/**
 * How much more work `run` does when its input doubles: in all (countWork on `double` over countWork on `single`),
 * and the worst single method among those doing at least 2 % of the work, so that a quadratic join hidden under
 * linear bulk still shows. Example: `growth(f, a, b).total` is about 2 for a linear f.
 */
export function growth<T>(run: (input: T) => unknown, single: T, double: T): { total: number; worst: { method: string; ratio: number } } {
  // Once first, so that one-time work (building word lists and indexes on first use) counts on neither side.
  run(single);
  const small: WorkByMethod = {};
  const large: WorkByMethod = {};
  const total = countWork(() => run(double), large) / countWork(() => run(single), small);
  const all = Object.values(large).reduce((a, b) => a + b, 0);
  let worst = { method: '', ratio: 0 };
  for (const [method, steps] of Object.entries(large)) {
    // Sorting is counted as n·log n per call, which jumps when a pass first sorts a list at the larger size (seen:
    // 2.2 to 3.1 between neighbouring sizes on a linear digest); a list sorted again for each item grows 4x or more.
    const ratio = (steps / (small[method] ?? 1)) * (method === 'Array.sort' ? MAX_GROWTH / SORT_GROWTH : 1);
    if (steps >= MIN_SHARE * all && ratio > worst.ratio) worst = { method, ratio };
  }
  return { total, worst };
}
