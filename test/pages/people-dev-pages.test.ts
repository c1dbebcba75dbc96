// People on the labelled dev pages (../shared/labels/dev): nobody only in a byline or boilerplate is listed, and the
// story's central people come first.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadLabels, SHARED, normalize } from '../../scripts/eval/labels.ts';
import { readPageFile } from '../../src/cli/load-page.ts';
import { digestHtml } from '../../src/cli/digest-page.ts';
import { matchPeople } from '../../scripts/eval/people.ts';

const english = loadLabels().filter((l) => l.language === 'en' && l.people.length > 0);

describe('people on labelled pages', () => {
  test.each(english.map((l) => [l.id, l] as const))('%s', (_id, label) => {
    const result = digestHtml(readPageFile(join(SHARED, label.page)), label.url ?? 'http://localhost/article.html');
    const people = result.digest?.people ?? [];
    const listed = new Set(people.map((p) => normalize(p.name)));
    const wrongly = (label.notPeople ?? []).filter((n) => listed.has(normalize(n)));
    expect(wrongly).toEqual([]);
    // At least one central person is among the first three listed.
    const pairs = matchPeople(people.slice(0, 3), label.people);
    expect([...pairs.values()].some((g) => label.people[g]!.central)).toBe(true);
  });
});
