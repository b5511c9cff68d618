/**
 * A search-index shard is indexed again when what decides its bytes
 * changes, and only then: the code that writes it, the packages and the
 * site's settings (scripts/search-index/shard-cache.ts). How the shards are
 * planned, dealt into groups and run side by side is not among them.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARD_WRITER, shardWriterDigest } from '../../scripts/search-index/shard-cache.ts';
import { importClosure } from '../../scripts/store/import-closure.ts';
import { projectRoot } from '../../scripts/store/project-root.ts';

const writerFiles = importClosure(SHARD_WRITER).map((file) => relative(projectRoot, file));

describe('the code a shard is keyed by', () => {
  it('holds what turns a document into its index: the record, its tokens, its body and its excerpts', () => {
    expect(writerFiles).toEqual(
      expect.arrayContaining([
        'scripts/search-index/pagefind-index.ts',
        'scripts/search-index/record.ts',
        'scripts/search-index/excerpt-files.ts',
        'scripts/search-index/routes.ts',
        'src/shared/search/tokens.ts',
        'src/lib/document-body.ts',
      ]),
    );
  });

  it('leaves out how shards are planned, grouped and run, so that a change there re-indexes none', () => {
    for (const scheduling of [
      'scripts/build-search-index.ts',
      'scripts/search-index/shard-pool.ts',
      'scripts/search-index/shard-groups.ts',
      'scripts/search-index/shard-worker.ts',
    ])
      expect(writerFiles).not.toContain(scheduling);
  });

  it('changes with a setting of the site, and not with where the build keeps its caches', () => {
    const digest = shardWriterDigest(projectRoot, {});
    expect(shardWriterDigest(projectRoot, { ZHENDANG_BASE: '/zhendang/' })).not.toBe(digest);
    expect(shardWriterDigest(projectRoot, { ZHENDANG_CACHE: '/tmp/elsewhere' })).toBe(digest);
  });
});
