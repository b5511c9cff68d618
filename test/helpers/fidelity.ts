import type { Stripped } from '../../src/schemas/report.ts';

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
