/** What a deploy decides before it writes anything: headers, order, and what to delete (scripts/deploy/). */
import { describe, expect, it } from 'vitest';
import { normalisePrefix } from '../../scripts/deploy/bucket.ts';
import { HOUR, headersOf, IMMUTABLE, SHORT } from '../../scripts/deploy/content-types.ts';
import {
  type DistFile,
  parseManifest,
  permanentFiles,
  planDeploy,
  serialiseManifest,
} from '../../scripts/deploy/plan.ts';

const file = (path: string, sha256 = 'a'): DistFile => ({ path, sha256, bytes: 1, ...headersOf(path) });
const held = (...files: DistFile[]) => ({
  files: Object.fromEntries(
    files.map(({ path, sha256, contentType, cacheControl }) => [path, { sha256, contentType, cacheControl }]),
  ),
});

describe('headersOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', SHORT],
    ['_astro/search.MaqiWx0W.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['pagefind/shard-2/fragment/und_1a2b3c4.pf_fragment', 'application/octet-stream', IMMUTABLE],
    ['pagefind/shard-1/pagefind-entry.json', 'application/json; charset=utf-8', SHORT],
    ['sources/eb3aebbd3d0f.html.txt', 'text/plain; charset=utf-8', IMMUTABLE],
    ['sources/4f0c2d9e1a7b.warc', 'application/warc', IMMUTABLE],
    ['sources/4f0c2d9e1a7b/attachments/3-x.svg', 'application/octet-stream', HOUR],
    ['feed.xml', 'application/atom+xml; charset=utf-8', HOUR],
    ['sources/SHA256SUMS', 'text/plain; charset=utf-8', HOUR],
    ['unknown.thing', 'application/octet-stream', HOUR],
  ])('%s → %s, %s', (path, type, cache) => {
    expect(headersOf(path)).toMatchObject({ contentType: type, cacheControl: cache });
  });

  it('labels a raw source with the encoding it was captured in', () => {
    const charsets = new Map([['sources/7c88cf9a948c.txt', 'gb18030']]);
    expect(headersOf('sources/7c88cf9a948c.txt', charsets).contentType).toBe('text/plain; charset=gb18030');
  });
});

describe('planDeploy', () => {
  it('uploads everything to an empty bucket, pointers and pages after what they name', () => {
    const plan = planDeploy([file('index.html'), file('_astro/a.1.js'), file('pagefind/shards.json')], null);
    expect(plan.first.map(({ path }) => path)).toEqual(['_astro/a.1.js']);
    expect(plan.then.map(({ path }) => path)).toEqual(['index.html', 'pagefind/shards.json']);
    expect(plan.deletions).toEqual([]);
  });

  it('leaves alone what the manifest already holds with the same bytes and headers', () => {
    const before = held(file('index.html'), file('catalog.json'));
    const changedHeaders = { ...before.files['catalog.json']!, cacheControl: 'no-cache' };
    const plan = planDeploy([file('index.html'), file('catalog.json')], {
      files: { ...before.files, 'catalog.json': changedHeaders },
    });
    expect(plan.unchanged.map(({ path }) => path)).toEqual(['index.html']);
    expect(plan.first.map(({ path, isNew }) => [path, isNew])).toEqual([['catalog.json', false]]);
  });

  it('deletes what dist/ lost, and what an unfinished deploy was deleting, but never what it must keep', () => {
    const before = {
      ...held(file('index.html'), file('old.js'), file('reports/x/index.html')),
      deleting: ['older.js'],
    };
    const plan = planDeploy([file('index.html')], before, new Set(['reports/x/index.html']));
    expect(plan.deletions).toEqual(['old.js', 'older.js']);
    expect(plan.manifest.deleting).toEqual(['old.js', 'older.js']);
    expect(parseManifest(serialiseManifest(plan.manifest))).toEqual(plan.manifest);
  });
});

describe('the rest', () => {
  it('maps permanent addresses to the files behind them', () => {
    const files = permanentFiles(['reports/7c88cf9a948c/', 'places/%E6%B5%99%E6%B1%9F%E7%9C%81/'], {
      'reports/old/': 'reports/new/',
    });
    expect([...files.keys()]).toEqual([
      'reports/7c88cf9a948c/index.html',
      'places/浙江省/index.html',
      'reports/old/index.html',
    ]);
  });

  it('reads a prefix as a sub-path', () => {
    expect(['', '/', 'zhendang', '/zhendang/', 'a/b'].map(normalisePrefix)).toEqual([
      '',
      '',
      'zhendang/',
      'zhendang/',
      'a/b/',
    ]);
  });

  it('says what is wrong with a manifest that is not one', () => {
    expect(() => parseManifest('{"file": {}}')).toThrow('it has no "files" object');
    expect(() => parseManifest('{"files": {"a": {}}}')).toThrow('its entry for a has no sha256');
  });
});
