/**
 * A build in parts after a new source does only the work it needs: the
 * seeds and the fixtures' inputs are built in parts, then a document of a
 * province the archive did not have yet is added. Only its part and the
 * archive build run again, the other parts' outputs are reused, the files
 * that did not change are dist/'s own files still, and the change list
 * names exactly the files that differ. Then a comment added to a module of
 * src/ (a change of the site's code that changes no page) builds every part
 * again: a full build in parts of the same content, which must be the
 * incremental result byte for byte (`diff -r`), and changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesIn } from '../../scripts/parts/file-tree.ts';
import { archiveSources, copySite, projectRoot, run } from '../helpers/run.ts';

// 江阴市 names which of the two 周庄镇 it is: a document of 江苏省, which the seeds and fixtures lack.
const NEW_SOURCE = `江阴市周庄镇2024年工作总结
发布时间：2025年01月10日 来源：江阴市周庄镇人民政府
2024年，周庄镇坚持稳中求进工作总基调，纺织产业提质增效，全镇经济社会发展稳中向好。
一、产业发展
规上工业产值同比增长百分之八，新增高新技术企业十二家。
`;

const step = (root: string, script: string, ...args: string[]) => {
  const result = run([join(projectRoot, 'scripts', script), ...args], { cwd: root, env: { ZHENDANG_BASE: '/' } });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.output}`);
  return result.output;
};
const buildParts = (root: string) => step(root, 'build-parts.ts', '--jobs', '2', '--split-above', '4');
const builtNames = (output: string) => [...output.matchAll(/\] (\S+) built in/g)].map((match) => match[1]!).sort();
const reusedNames = (output: string) => /reused, unchanged since their last build: (.*)/.exec(output)![1]!.split(', ');
const identity = (path: string) => {
  const { ino, mtimeMs } = statSync(path);
  return { ino, mtimeMs };
};

describe('a build in parts after a new source', () => {
  let root: string;
  let before: string;
  let first: string;
  let second: string;
  let third: string;
  let secondChanges: { added: { path: string }[]; changed: { path: string }[]; removed: { path: string }[] };
  const kept = ['reports/18ac4b943fd2/index.html', 'robots.txt', '404.html'];
  let keptBefore: ReturnType<typeof identity>[];
  let keptAfter: ReturnType<typeof identity>[];

  beforeAll(() => {
    root = copySite();
    mkdirSync(join(root, 'seeds'));
    for (const source of archiveSources()) copyFileSync(source, join(root, 'seeds', basename(source)));
    step(root, 'convert.ts', 'seeds', '--quiet');
    let started = performance.now();
    first = buildParts(root);
    const fullSeconds = (performance.now() - started) / 1000;
    before = join(root, 'dist-before');
    cpSync(join(root, 'dist'), before, { recursive: true });
    keptBefore = kept.map((path) => identity(join(root, 'dist', path)));

    writeFileSync(join(root, 'seeds', 'jiangyin-zhouzhuang.txt'), NEW_SOURCE);
    step(root, 'convert.ts', 'seeds', '--quiet');
    started = performance.now();
    second = buildParts(root);
    const oneSeconds = (performance.now() - started) / 1000;
    keptAfter = kept.map((path) => identity(join(root, 'dist', path)));
    secondChanges = JSON.parse(readFileSync(join(root, 'dist.changes.json'), 'utf8'));
    cpSync(join(root, 'dist'), join(root, 'dist-incremental'), { recursive: true });
    console.log(`in parts, all: ${fullSeconds.toFixed(1)} s; after one new document: ${oneSeconds.toFixed(1)} s`);

    appendFileSync(join(root, 'src/lib/site-config.ts'), '// A comment: a change of the code that changes no page.\n');
    third = buildParts(root);
  }, 900_000);

  it("builds only the new document's province and the archive build, and reuses every other part", () => {
    const parts = builtNames(first);
    expect(parts).toContain('湖南省');
    expect(reusedNames(first)).toEqual(['none']);
    expect(builtNames(second)).toEqual(['archive', '江苏省']);
    expect(reusedNames(second).sort()).toEqual(parts.filter((name) => name !== 'archive').sort());
  });

  it('leaves the files whose bytes did not change as they were, of reused parts and rebuilt ones alike', () => {
    expect(keptAfter).toEqual(keptBefore);
  });

  it('lists exactly the files that differ from the previous dist/, and says how many', () => {
    const previous = new Set(filesIn(before));
    const after = join(root, 'dist-incremental');
    const now = filesIn(after);
    const bytes = (folder: string, path: string) => readFileSync(join(folder, path));
    const expected = {
      added: now.filter((path) => !previous.has(path)),
      changed: now.filter((path) => previous.has(path) && !bytes(before, path).equals(bytes(after, path))),
      removed: [...previous].filter((path) => !now.includes(path)),
    };
    const { added, changed, removed } = secondChanges;
    const paths = (files: { path: string }[]) => files.map(({ path }) => path).sort();
    expect({ added: paths(added), changed: paths(changed), removed: paths(removed) }).toEqual(expected);
    expect(expected.added).toContain('places/江苏省/index.html');
    expect(second).toContain(
      `changes: ${expected.added.length} added, ${expected.changed.length} changed, ${expected.removed.length} removed`,
    );
  });

  it('builds every part again after a change to src/, writing the same site byte for byte, and changes nothing', () => {
    expect(reusedNames(third)).toEqual(['none']);
    expect(builtNames(third)).toEqual(builtNames(second).concat(reusedNames(second)).sort());
    const diff = spawnSync('diff', ['-r', join(root, 'dist-incremental'), join(root, 'dist')], { encoding: 'utf8' });
    expect(diff.stdout + diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    expect(third).toContain('changes: 0 added, 0 changed, 0 removed');
    expect(JSON.parse(readFileSync(join(root, 'dist.changes.json'), 'utf8'))).toEqual({
      added: [],
      changed: [],
      removed: [],
    });
  });
});
