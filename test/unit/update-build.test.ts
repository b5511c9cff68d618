/** The site of an update: the files the update build wrote, and the last site's files it left as they were, linked. */

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn } from '../../scripts/parts/file-tree.ts';
import { assembleUpdate, linkKeptFiles, linkUnchanged } from '../../scripts/parts/update-build.ts';
import { type PageList, pageListText } from '../../src/lib/parts/page-list.ts';
import { folderWith as folder, temporaryFolder } from '../helpers/run.ts';

const previousSite = () =>
  folder({
    'index.html': 'old home',
    'reports/a/index.html': 'report a',
    'reports/b/index.html': 'report b, old',
    'reports/gone/index.html': 'a report since removed',
    'sources/a.txt': 'source a',
  });
const before: PageList = {
  '/': { file: 'index.html', key: null },
  '/reports/a/': { file: 'reports/a/index.html', key: 'a1' },
  '/reports/b/': { file: 'reports/b/index.html', key: 'b1' },
  '/reports/gone/': { file: 'reports/gone/index.html', key: 'g1' },
  '/sources/a.txt/': { file: 'sources/a.txt', key: 's1' },
};
const after: PageList = {
  '/': { file: 'index.html', key: null },
  '/reports/a/': { file: 'reports/a/index.html', key: 'a1' },
  '/reports/b/': { file: 'reports/b/index.html', key: 'b2' },
  '/reports/c/': { file: 'reports/c/index.html', key: 'c1' },
  '/sources/a.txt/': { file: 'sources/a.txt', key: 's1' },
};
/** What the update build wrote for `after`: the path without a key, the changed report and the new one. */
const updateOutput = () =>
  folder({
    'index.html': 'new home',
    'reports/b/index.html': 'report b, new',
    'reports/c/index.html': 'report c',
    '_astro/site.css': 'styles',
  });

describe('the site an update makes', () => {
  it('links the files of every path whose key is unchanged, and nothing else', () => {
    const previous = previousSite();
    const kept = join(temporaryFolder(), 'kept');
    expect(linkUnchanged(previous, before, after, kept)).toEqual(['reports/a/index.html', 'sources/a.txt']);
    expect(filesIn(kept)).toEqual(['reports/a/index.html', 'sources/a.txt']);
    expect(statSync(join(kept, 'sources/a.txt')).ino).toBe(statSync(join(previous, 'sources/a.txt')).ino);
  });

  it("is the build's files among the kept ones: the changed written anew, the removed gone, the previous site untouched", () => {
    const previous = previousSite();
    const work = temporaryFolder();
    linkUnchanged(previous, before, after, join(work, 'kept'));
    const written = assembleUpdate(updateOutput(), join(work, 'kept'), join(work, 'site'));
    expect(written).toEqual(['_astro/site.css', 'index.html', 'reports/b/index.html', 'reports/c/index.html']);
    const site = join(work, 'site');
    expect(filesIn(site)).toEqual([
      '_astro/site.css',
      'index.html',
      'reports/a/index.html',
      'reports/b/index.html',
      'reports/c/index.html',
      'sources/a.txt',
    ]);
    expect(readFileSync(join(site, 'reports/b/index.html'), 'utf8')).toBe('report b, new');
    expect(readFileSync(join(previous, 'reports/b/index.html'), 'utf8')).toBe('report b, old');
    expect(existsSync(join(previous, 'reports/gone/index.html'))).toBe(true);
  });

  it('is the build output alone when nothing was kept', () => {
    const work = temporaryFolder();
    assembleUpdate(updateOutput(), join(work, 'kept'), join(work, 'site'));
    expect(filesIn(join(work, 'site'))).toHaveLength(4);
  });

  it('names a file the last list has but the last site lacks', () => {
    const previous = folder({ 'index.html': 'home' });
    expect(() => linkUnchanged(previous, before, after, join(temporaryFolder(), 'kept'))).toThrow(
      /reports\/a\/index\.html is in the list of its pages but not on disk/,
    );
  });
});

describe('the kept files linked while the update build runs', () => {
  it('waits for the build to write its list of pages, then links them', async () => {
    const previous = previousSite();
    const work = temporaryFolder();
    writeFileSync(join(work, 'before.json'), pageListText(before));
    const pagesFile = join(work, 'update.json');
    const linking = linkKeptFiles({
      pagesFile,
      previous,
      before: join(work, 'before.json'),
      folder: join(work, 'kept'),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(join(work, 'kept'))).toBe(false);
    writeFileSync(pagesFile, pageListText(after));
    const { kept, previous: walked } = await linking.done;
    expect(kept).toEqual(['reports/a/index.html', 'sources/a.txt']);
    expect(filesIn(join(work, 'kept'))).toEqual(kept);
    expect(walked).toEqual(filesIn(previous));
  });

  it('fails with the reason, naming the file, when the last site lacks a kept file', async () => {
    const work = temporaryFolder();
    writeFileSync(join(work, 'before.json'), pageListText(before));
    writeFileSync(join(work, 'update.json'), pageListText(after));
    const linking = linkKeptFiles({
      pagesFile: join(work, 'update.json'),
      previous: folder({ 'index.html': 'home' }),
      before: join(work, 'before.json'),
      folder: join(work, 'kept'),
    });
    await expect(linking.done).rejects.toThrow(/reports\/a\/index\.html is in the list of its pages but not on disk/);
  });

  it('stops without linking when the build fails before its list', async () => {
    const work = temporaryFolder();
    const linking = linkKeptFiles({
      pagesFile: join(work, 'never.json'),
      previous: previousSite(),
      before: join(work, 'before.json'),
      folder: join(work, 'kept'),
    });
    await linking.stop();
    expect(existsSync(join(work, 'kept'))).toBe(false);
  });
});
