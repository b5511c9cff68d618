import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFile, pageListText, readPageList, unchangedSince } from '../../src/lib/parts/page-list.ts';
import { temporaryFolder } from '../helpers/run.ts';

describe('the file a path of the site is written to', () => {
  it("is a page's folder's index.html, and a status page's name with .html", () => {
    expect(outputFile('page', '/')).toBe('index.html');
    expect(outputFile('page', '/places/浙江省/')).toBe('places/浙江省/index.html');
    expect(outputFile('redirect', '/reports/old/')).toBe('reports/old/index.html');
    expect(outputFile('page', '/404')).toBe('404.html');
    expect(outputFile('page', '/404/')).toBe('404.html');
  });

  it("is an endpoint's path, without the slash trailingSlash: 'always' gives it", () => {
    expect(outputFile('endpoint', '/sources/18ac4b943fd2.txt/')).toBe('sources/18ac4b943fd2.txt');
    expect(outputFile('endpoint', '/figures/浙江省-2024.csv')).toBe('figures/浙江省-2024.csv');
  });
});

describe("the list of a site's pages", () => {
  const list = {
    '/b/': { file: 'b/index.html', key: 'k2' },
    '/a/': { file: 'a/index.html', key: null },
  };

  it('is written with its paths sorted, and read back whole', () => {
    const path = join(temporaryFolder(), 'pages.json');
    writeFileSync(path, pageListText(list));
    expect(Object.keys(readPageList(path))).toEqual(['/a/', '/b/']);
    expect(readPageList(path)).toEqual(list);
  });

  it('refuses a file that is not one, naming it', () => {
    const path = join(temporaryFolder(), 'pages.json');
    writeFileSync(path, JSON.stringify({ '/a/': { file: '' } }));
    expect(() => readPageList(path)).toThrow(`${path}: not a list of pages`);
    writeFileSync(path, '{');
    expect(() => readPageList(path)).toThrow(`${path}: cannot read the list of pages`);
  });

  it('leaves a path unchanged only when it has a key, and the same one as before', () => {
    expect(unchangedSince(list, '/b/', 'k2')).toBe(true);
    expect(unchangedSince(list, '/b/', 'k3')).toBe(false);
    expect(unchangedSince(list, '/b/', undefined)).toBe(false);
    expect(unchangedSince(list, '/a/', null)).toBe(false);
    expect(unchangedSince(list, '/c/', 'k2')).toBe(false);
  });
});
