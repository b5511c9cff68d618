/** The bench's count of dist/ by kind of file (scripts/bench/dist-kinds.ts): every file counted once, under its top folder's kind. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distKinds, fileKind } from '../../scripts/bench/dist-kinds.ts';

describe('the kinds of the files of dist/', () => {
  it('names a file by its top folder: pages, sources, places, search, figures, and the rest as other', () => {
    expect(fileKind('reports/7c88cf9a948c/index.html')).toBe('pages');
    expect(fileKind('sources/7c88cf9a948c.txt')).toBe('sources');
    expect(fileKind('places/浙江省/杭州市/index.html')).toBe('places');
    expect(fileKind('pagefind/shards/2024/pagefind-entry.json')).toBe('search');
    expect(fileKind('figures/浙江省-2024.csv')).toBe('figures');
    expect(fileKind('years/2024/index.html')).toBe('other');
    expect(fileKind('reports.html')).toBe('other');
    expect(fileKind('index.html')).toBe('other');
    expect(fileKind('pagefind\\routes\\0.json')).toBe('search');
  });

  it('counts every file of a folder once, by kind, folders not counted', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-kinds-'));
    for (const path of [
      'reports/000000000001/index.html',
      'reports/000000000002/index.html',
      'sources/000000000001.txt',
      'places/浙江省/index.html',
      'pagefind/pagefind.js',
      'pagefind/routes/a.json',
      'figures/浙江省-2024.csv',
      'figures/csv-metadata.json',
      'index.html',
    ]) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), '');
    }
    expect(distKinds(dist)).toEqual({ pages: 2, sources: 1, places: 1, search: 2, figures: 2, other: 1 });
  });
});
