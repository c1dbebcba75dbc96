import { describe, expect, test } from 'vitest';
import { execAll } from '../../src/core/text/index.ts';

// execAll stands in for matchAll on the passes' patterns (speed, issue 14): the same matches, groups and offsets.
const shape = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, [...m]]);

describe('execAll gives what matchAll gives', () => {
  test.each([
    [/\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*){1,4}/gu, 'Yesterday Anna de Vries met Jean-Luc Picard and O’Brien.'],
    [/(?:^|[.!?]\s+)(He|She)\s/gu, 'Ann left. She said no. He agreed. She'],
    // Empty matches move on one character, a whole surrogate pair under flag u, one unit without it.
    [/x*/gu, 'a😀xxb'],
    [/x*/g, 'a😀xxb'],
    [/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]+/gu, 'Les élèves d’été, o’clock and co-op.'],
  ])('%s on %j', (pattern, text) => {
    expect(shape(execAll(pattern, text))).toEqual(shape([...text.matchAll(pattern)]));
    // Called again it starts from the beginning.
    expect(execAll(pattern, text).length).toBe([...text.matchAll(pattern)].length);
  });

  test('a pattern without flag g is refused, as matchAll refuses it', () => {
    expect(() => execAll(/a/u, 'a')).toThrow(TypeError);
  });
});
