/**
 * Nothing lost: the characters of a source that a document must show are
 * those left once its `stripped` entries are taken out. Used by the fidelity
 * tests and by `npm run verify`.
 */
import type { Stripped } from '../../src/shared/report-schema.ts';

/** The decoded source with every stripped entry blanked out; throws if an entry is not where it says. */
export function removeStripped(source: string, stripped: Stripped[]): string {
  const lines = source.split('\n');
  for (const { line, column, text } of stripped) {
    const current = lines[line - 1] ?? '';
    const found = current.slice(column - 1, column - 1 + text.length);
    if (found !== text)
      throw new Error(`stripped text "${text}" is not at line ${line}, column ${column} (found "${found}")`);
    lines[line - 1] = current.slice(0, column - 1) + ' '.repeat(text.length) + current.slice(column - 1 + text.length);
  }
  return lines.join('\n');
}

export const withoutWhitespace = (text: string) => text.replace(/\s/g, '');

/** Where the first difference between two texts (whitespace removed) is, or undefined if they are equal. */
export function firstDifference(
  expected: string,
  actual: string,
): { index: number; expected: string; actual: string } | undefined {
  if (expected === actual) return undefined;
  let index = 0;
  while (index < expected.length && expected[index] === actual[index]) index++;
  return { index, expected: expected.slice(index, index + 20), actual: actual.slice(index, index + 20) };
}

/** The line and column, in `source`, of its n-th non-whitespace character (0-based n). */
export function positionOfCharacter(source: string, n: number): { line: number; column: number } {
  let seen = 0;
  let line = 1;
  let column = 1;
  for (const character of source) {
    if (!/\s/.test(character)) {
      if (seen === n) return { line, column };
      seen++;
    }
    if (character === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}
