/** The README's drawing of the house ("How it fits together") names every room there is, and no room that is not. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/store/project-root.ts';

/** The folders the drawing names, as paths: `├── converter/` under `scripts/` → "scripts/converter". */
function foldersDrawn(readme: string): string[] {
  const drawing = /The code is a house of rooms[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const parents: string[] = [];
  const folders: string[] = [];
  for (const line of drawing.split('\n')) {
    const entry = /^([│ ]*)(?:[├└]── )?(\S[^ ]*(?: \S+\/)*)/.exec(line);
    if (!entry || line.startsWith(' '.repeat(20))) continue;
    const depth = entry[1]!.length / 4 + (/[├└]──/.test(line) ? 1 : 0);
    for (const name of entry[2]!.split(' ').filter((word) => word.endsWith('/'))) {
      parents[depth] = name.slice(0, -1);
      folders.push(parents.slice(0, depth + 1).join('/'));
    }
  }
  return folders.sort();
}

/** The rooms of the code: every folder of scripts/, and of src/ down to src/<room>/<room>/ (pages mirror URLs, not rooms). */
function foldersThere(): string[] {
  const below = (folder: string, depth: number): string[] =>
    readdirSync(join(projectRoot, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const path = `${folder}/${entry.name}`;
        return depth > 1 && !path.startsWith('src/pages') ? [path, ...below(path, depth - 1)] : [path];
      });
  return ['scripts', ...below('scripts', 9), 'src', ...below('src', 2)].sort();
}

describe("the README's drawing of the code", () => {
  it('names every folder of scripts/ and src/, and none that is not there', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const drawn = foldersDrawn(readme).filter((path) => /^(scripts|src)(\/|$)/.test(path));
    expect(drawn).toEqual(foldersThere());
  });
});
