// Patterns built on first use, once (issue 17). V8 compiles a regular expression the first time it runs, and a Unicode
// one costs about a millisecond to parse and compile: a page should pay only for the rules its text asks for, so a
// pattern that only another language's text can match (German compounds, "von der …") is built behind a cheap check
// for that text, and an English page never builds it. Each build is counted by language, so a test can say so.

const builds: Record<string, number> = {};

/**
 * A getter that builds `make()` on its first call and returns the same value ever after; `language` (a tag such as
 * 'de') names whose text needs it, for `patternBuilds`.
 * Example: `const VON = lazy('de', () => /^\s+von\s+\p{Lu}/u);` then `VON().test(text)`.
 */
export function lazy<T>(language: string, make: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = make();
      built = true;
      builds[language] = (builds[language] ?? 0) + 1;
    }
    return value as T;
  };
}

/** How many lazy patterns each language has had built in this process: `{ de: 2 }`. */
export function patternBuilds(): Readonly<Record<string, number>> {
  return { ...builds };
}

/**
 * Whether `word` ends with one of `endings` and has at least `before` characters ahead of it: the cheap check that
 * comes before a pattern of endings. Example: `endsWithOne('Außenminister', ['minister'], 4) === true`.
 */
export function endsWithOne(word: string, endings: readonly string[], before = 0): boolean {
  for (const ending of endings) if (word.length >= ending.length + before && word.endsWith(ending)) return true;
  return false;
}
