/** The keys of a build in parts (the files a part reads, the site's code and settings) and the cache of outputs. */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKeys, PartCache } from '../../scripts/parts/part-cache.ts';
import { planParts } from '../../scripts/parts/plan.ts';
import { readPlanRecords } from '../../scripts/parts/plan-records.ts';
import { siteDigest } from '../../scripts/parts/site-digest.ts';
import { projectRoot } from '../../scripts/store/project-root.ts';
import { folderWith as folder, temporaryFolder } from '../helpers/run.ts';

describe("the site's digest", () => {
  const site = () =>
    folder({
      'astro.config.mjs': "import { a } from './config/options.ts';\n",
      'config/options.ts': 'export const a = 1;\n',
      'src/pages/index.astro': '<h1>镇档</h1>\n',
      'public/favicon.svg': '<svg/>\n',
      'package.json': '{}\n',
      'README.md': 'about\n',
    });

  it('changes with any file of src/ or public/, or of what the config imports, and with the settings', () => {
    const root = site();
    const before = siteDigest(root, {});
    expect(siteDigest(root, { HOME: '/root', ZHENDANG_PART: '湖南省', ZHENDANG_PART_PLAN: 'p.json' })).toBe(before);
    // Where worked-out values are kept changes no page (each CI job of the benchmark keeps its own).
    expect(siteDigest(root, { ZHENDANG_CACHE: '/tmp/job-1' })).toBe(before);
    expect(siteDigest(root, { ZHENDANG_BASE: '/zhendang/' })).not.toBe(before);
    expect(siteDigest(root, { SOURCE_DATE_EPOCH: '1700000000' })).not.toBe(before);
    writeFileSync(join(root, 'README.md'), 'more about\n');
    expect(siteDigest(root, {})).toBe(before);
    for (const file of ['src/pages/index.astro', 'public/favicon.svg', 'config/options.ts', 'package.json']) {
      const edited = site();
      writeFileSync(join(edited, file), `${readFileSync(join(edited, file), 'utf8')}// edited\n`);
      expect(siteDigest(edited, {}), file).not.toBe(before);
    }
    const locked = site();
    writeFileSync(join(locked, 'package-lock.json'), '{}\n');
    expect(siteDigest(locked, {})).not.toBe(before);
  });

  it("reads the project's own site", () => {
    expect(siteDigest(projectRoot, {})).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the keys of the builds', () => {
  const record = (n: number, province: string, digest = 'a') => ({
    id: n.toString(16).padStart(12, '0'),
    province,
    city: null,
    digest: digest.repeat(64),
  });
  const archive = [record(1, '浙江省'), record(2, '湖南省')];

  it("change a part's and the archive build's when one of its records does, every one when the site does", () => {
    const before = buildKeys(planParts(archive, 10), 'site');
    const after = buildKeys(planParts([archive[0]!, record(2, '湖南省', 'b')], 10), 'site');
    expect([...after.keys()]).toEqual(['浙江省', '湖南省', 'archive']);
    expect([...after].map(([name, key]) => key === before.get(name))).toEqual([true, false, false]);
    const otherSite = buildKeys(planParts(archive, 10), 'another site');
    expect([...otherSite].some(([name, key]) => key === before.get(name))).toBe(false);
  });

  it("change with the bytes of a document's source, which its part's pages read", () => {
    const root = folder({});
    const fixture = join(projectRoot, 'test/fixtures/town-name-with-county');
    mkdirSync(join(root, 'reports'));
    mkdirSync(join(root, 'seeds'));
    copyFileSync(join(fixture, 'output.mdx'), join(root, 'reports/aaaaaaaaaaaa.mdx'));
    copyFileSync(join(fixture, 'input.txt'), join(root, 'seeds/input.txt'));
    const digest = () => readPlanRecords(join(root, 'reports'), join(root, 'seeds'))[0]!.digest;
    const before = digest();
    expect(digest()).toBe(before);
    writeFileSync(join(root, 'seeds/input.txt'), `${readFileSync(join(root, 'seeds/input.txt'), 'utf8')}\n`);
    expect(digest()).not.toBe(before);
    rmSync(join(root, 'seeds/input.txt'));
    expect(digest()).not.toBe(before);
  });
});

describe('the cache of outputs', () => {
  const setUp = () => {
    const root = temporaryFolder();
    const cache = new PartCache(join(root, 'cache'), join(root, 'staging'));
    const output = folder({ 'reports/a/index.html': 'a', '_astro/x.js': 'x' });
    cache.store('湖南省', 'key 1', output);
    return { root, cache, output };
  };

  it('gives back an output stored under the same key, as the same files', () => {
    const { root, cache, output } = setUp();
    expect(cache.holds('湖南省', 'key 1')).toBe(true);
    expect(cache.holds('湖南省', 'key 2')).toBe(false);
    expect(cache.holds('浙江省', 'key 1')).toBe(false);
    cache.linkOutput('湖南省', join(root, 'again'));
    expect(readFileSync(join(root, 'again/reports/a/index.html'), 'utf8')).toBe('a');
    expect(statSync(join(root, 'again/_astro/x.js')).ino).toBe(statSync(join(output, '_astro/x.js')).ino);
  });

  it('keeps the list of the pages of an output stored with one, for the update after it', () => {
    const { root, cache } = setUp();
    expect(cache.pageList('湖南省')).toBeNull();
    const list = { '/reports/b/': { file: 'reports/b/index.html', key: 'k' } };
    writeFileSync(join(root, 'pages.json'), JSON.stringify(list));
    cache.store('湖南省', 'key 2', folder({ 'reports/b/index.html': 'b' }), join(root, 'pages.json'));
    expect(cache.pageList('湖南省')).toEqual(list);
  });

  it('replaces an output whole, and forgets builds the plan no longer has', () => {
    const { root, cache } = setUp();
    cache.store('湖南省', 'key 2', folder({ 'reports/b/index.html': 'b' }));
    expect(cache.holds('湖南省', 'key 1')).toBe(false);
    expect(cache.holds('湖南省', 'key 2')).toBe(true);
    cache.linkOutput('湖南省', join(root, 'again'));
    expect(readFileSync(join(root, 'again/reports/b/index.html'), 'utf8')).toBe('b');
    expect(() => statSync(join(root, 'again/reports/a/index.html'))).toThrow();
    cache.store('浙江省', 'key 3', folder({ 'index.html': 'z' }));
    cache.keepOnly(['浙江省', 'archive']);
    expect(cache.holds('湖南省', 'key 2')).toBe(false);
    expect(cache.holds('浙江省', 'key 3')).toBe(true);
  });

  it('does not reuse an output one of whose files was written in place since', () => {
    const { cache, output } = setUp();
    writeFileSync(join(output, 'reports/a/index.html'), 'edited');
    expect(cache.holds('湖南省', 'key 1')).toBe(false);
  });
});
