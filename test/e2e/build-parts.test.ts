/**
 * A build in parts (`npm run build:parts`) writes the same site as a build
 * in one process, byte for byte: the seeds and the fixtures' inputs are
 * built both ways in one copy of the site, with 浙江省's ten documents above
 * the split threshold, and the two dist/ folders compared with `diff -r`.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecord } from '../../scripts/store/read-document.ts';
import { type BuiltArchive, copyArchive, projectRoot, run } from '../helpers/run.ts';
import { sharedArchive } from '../helpers/shared-archives.ts';

const buildParts = (root: string) =>
  run([join(projectRoot, 'scripts/build-parts.ts'), '--jobs', '2', '--split-above', '4'], {
    cwd: root,
    env: { ZHENDANG_BASE: '/' },
  });

describe('a build in parts', () => {
  let archive: BuiltArchive;
  let oneProcess: string;
  let parted: ReturnType<typeof run>;

  beforeAll(() => {
    // The archive of the seeds and fixtures, built in one process for this run: a copy of it is built again in parts.
    const shared = sharedArchive('seeds');
    oneProcess = shared.dist;
    archive = copyArchive(shared);
    rmSync(archive.dist, { recursive: true, force: true });
    const started = performance.now();
    parted = buildParts(archive.root);
    console.log(`in parts: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 900_000);

  it('builds each province apart, and 浙江省 (above the threshold) city by city', () => {
    expect(parted.status, parted.output).toBe(0);
    for (const name of ['archive', '未定位', '湖南省', '浙江省-杭州市', '浙江省-温州市', '浙江省-台州市'])
      expect(parted.output).toMatch(new RegExp(`\\] ${name} built in`));
    expect(parted.output).not.toMatch(/\] 浙江省 built/);
  });

  it('writes exactly the files of a build in one process, byte for byte', () => {
    const diff = spawnSync('diff', ['-r', oneProcess, archive.dist], { encoding: 'utf8' });
    expect(diff.stdout + diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    // Not two empty folders: every document's page, the sitemap's list of them, the search index.
    const sitemap = readFileSync(join(archive.dist, 'sitemap-0.xml'), 'utf8');
    for (const name of readdirSync(join(archive.root, 'content', 'reports')))
      expect(sitemap).toContain(`/reports/${name.replace(/\.mdx$/, '')}/</loc>`);
    expect(existsSync(join(archive.dist, 'pagefind', 'shards.json'))).toBe(true);
  });

  it('names a part that fails, and leaves dist/ and its cached output as they were', () => {
    const unplaced = readdirSync(join(archive.root, 'content', 'reports'))
      .map((name) => readRecord(readFileSync(join(archive.root, 'content', 'reports', name), 'utf8')))
      .find((record) => record.province === null)!;
    appendFileSync(join(archive.root, 'seeds', unplaced.source.file), '\n');
    writeFileSync(join(archive.dist, 'left-alone'), '');
    const cached = join(`${archive.dist}.parts-cache`, '未定位', 'entry.json');
    const cachedBefore = readFileSync(cached, 'utf8');
    const failed = buildParts(archive.root);
    expect(failed.status).toBe(1);
    expect(failed.output).toMatch(/part 未定位 FAILED/);
    expect(failed.output).toContain(`SHA-256 is`);
    expect(failed.output).toMatch(/build in parts FAILED: .*未定位 \(failed\).* dist\/ is unchanged/);
    expect(existsSync(join(archive.dist, 'left-alone'))).toBe(true);
    // Its last good output stays in the cache: a part's entry is replaced only once it built.
    expect(readFileSync(cached, 'utf8')).toBe(cachedBefore);
  }, 300_000);
});
