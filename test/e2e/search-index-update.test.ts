/**
 * An update of the search index does the work of what changed: a new
 * document re-indexes the one shard whose dates it falls in, and every other
 * shard's files stay the very files they were (scripts/search-index/shard-cache.ts);
 * a change to the code that writes a shard or to a setting re-indexes them all, a change
 * to the pages' code none. On a copy of the seeds'
 * sharded archive, indexed again by the indexer alone (no site build).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFiles } from '../../scripts/store/read-document.ts';
import { sortDate } from '../../src/shared/search/filters.ts';
import { type BuiltArchive, copyArchive, reindexArchive } from '../helpers/run.ts';
import { SHARD_MEGABYTES, sharedArchive } from '../helpers/shared-archives.ts';

const shardArgs = ['--shard-megabytes', String(SHARD_MEGABYTES), '--first-shard-megabytes', String(SHARD_MEGABYTES)];
const NEW_ID = 'fedcba987654';

interface ShardSummary {
  name: string;
  documents: number;
  newest: string;
}

let archive: BuiltArchive;
const index = () => join(archive.dist, 'pagefind');
const shardList = (): ShardSummary[] => JSON.parse(readFileSync(join(index(), 'shards.json'), 'utf8')).shards;

/** Every file of the index, by path, as the file it is: its inode and modification time. */
function indexFiles(): Map<string, string> {
  const files = readdirSync(index(), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { ino, mtimeMs } = statSync(path);
      return [path.slice(index().length + 1), `${ino} ${mtimeMs}`];
    }),
  );
}

/** The folders (a shard's, runtime/, routes/) whose files are not the same files as `before`'s. */
function foldersRewritten(before: Map<string, string>): string[] {
  const after = indexFiles();
  const paths = new Set([...before.keys(), ...after.keys()]);
  const folders = [...paths].filter((path) => before.get(path) !== after.get(path)).map((path) => path.split('/')[0]!);
  return [...new Set(folders)].sort();
}

beforeAll(async () => {
  archive = copyArchive(sharedArchive('seedsInShards'));
  // The copy's first run indexes every shard into its own cache.
  await reindexArchive(archive, shardArgs);
}, 120_000);

describe('an update of the search index', () => {
  it('re-indexes only the shard a new document’s date falls in; every other file is the same file, not rewritten', async () => {
    const reports = join(archive.root, 'content', 'reports');
    const sizes = documentFiles(reports).map((name) => {
      const mdx = readFileSync(join(reports, name), 'utf8');
      return { mdx, bytes: Buffer.byteLength(mdx) };
    });
    const smallest = sizes.sort((a, b) => a.bytes - b.bytes)[0]!;
    // A shard of a date range (not of ids within a day) with room for one more document.
    const room = SHARD_MEGABYTES * 1e6 - smallest.bytes;
    const byDate = new Map(
      sizes.map(({ mdx, bytes }) => {
        const date = /^date: "(\d{4}-\d{2}-\d{2})"$/m.exec(mdx)?.[1];
        const written = /^dateWritten: "(\d{4}-\d{2}-\d{2})"$/m.exec(mdx)?.[1];
        return [sortDate({ date: date ?? null, dateWritten: written ?? null }), bytes];
      }),
    );
    const target = shardList().find(
      ({ name, documents, newest }) => !name.includes('.') && documents === 1 && (byDate.get(newest) ?? room) < room,
    )!;
    expect(target).toBeDefined();
    const before = indexFiles();
    const namesBefore = shardList().map(({ name }) => name);
    const added = smallest.mdx
      .replace(/^id: \w+$/m, `id: ${NEW_ID}`)
      .replace(/^date: .*$/m, `date: "${target.newest}"`);
    writeFileSync(join(reports, `${NEW_ID}.mdx`), added);

    await reindexArchive(archive, shardArgs);

    const after = shardList();
    expect(after.map(({ name }) => name)).toEqual(namesBefore);
    expect(after.find(({ name }) => name === target.name)?.documents).toBe(2);
    // Its own files, and the route table's buckets that gained its keys; runtime/ and every other shard untouched.
    const rewritten = foldersRewritten(before);
    expect(rewritten.filter((folder) => folder !== 'routes' && folder !== 'shards.json')).toEqual([target.name]);
  });

  it('keeps every shard when only the pages’ code changes: an index is written from the records, never from a page', async () => {
    const before = indexFiles();
    writeFileSync(join(archive.root, 'src', 'styles', 'update-test.css'), 'main { margin: 0 }\n');

    await reindexArchive(archive, shardArgs);

    expect(foldersRewritten(before).filter((folder) => folder !== 'routes' && folder !== 'shards.json')).toEqual([]);
  });

  it('re-indexes every shard when a setting of the site changes', async () => {
    const before = indexFiles();
    const shards = shardList().map(({ name }) => name);

    await reindexArchive(archive, shardArgs, { ZHENDANG_SITE: 'https://archive.example.org' });

    expect(foldersRewritten(before)).toEqual(expect.arrayContaining(['runtime', ...shards]));
  });
});
