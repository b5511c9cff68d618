/**
 * An update of the search index does the work of what changed: a new
 * document is indexed into a shard of added documents (scripts/search-index/additions.ts),
 * and every other shard's files stay the very files they were
 * (scripts/search-index/shard-cache.ts); past the additions' size, the shards
 * are planned again and only the shard whose dates the new document falls in
 * is re-indexed; a change to the code that writes a shard or to a setting
 * re-indexes them all, a change to the pages' code none. On a copy of the
 * seeds' sharded archive, indexed again by the indexer alone (no site build).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFiles } from '../../scripts/store/read-document.ts';
import { sortDate } from '../../src/shared/search/filters.ts';
import { isAddedShard } from '../../src/shared/search/shards.ts';
import { type BuiltArchive, copyArchive, reindexArchive } from '../helpers/run.ts';
import { SHARD_MEGABYTES, sharedArchive } from '../helpers/shared-archives.ts';

const shardArgs = ['--shard-megabytes', String(SHARD_MEGABYTES), '--first-shard-megabytes', String(SHARD_MEGABYTES)];
const NEW_ID = 'fedcba987654';
const ADDED_ID = 'fedcba987655';

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
  it('indexes a new document into a shard of added documents, and every shard planned before stays the same files', async () => {
    const reports = join(archive.root, 'content', 'reports');
    const [first] = documentFiles(reports);
    const mdx = readFileSync(join(reports, first!), 'utf8');
    const before = indexFiles();
    const namesBefore = shardList().map(({ name }) => name);
    writeFileSync(join(reports, `${ADDED_ID}.mdx`), mdx.replace(/^id: \w+$/m, `id: ${ADDED_ID}`));

    await reindexArchive(archive, shardArgs);

    const added = shardList().filter(({ name }) => isAddedShard(name));
    expect(shardList().map(({ name }) => name)).toEqual([...namesBefore, ...added.map(({ name }) => name)]);
    expect(added.map(({ documents }) => documents)).toEqual([1]);
    expect(foldersRewritten(before).filter((folder) => folder !== 'routes' && folder !== 'shards.json')).toEqual([
      added[0]!.name,
    ]);
  });

  it('plans the shards again past the additions’ size: only the shard a new document’s date falls in is re-indexed', async () => {
    const reports = join(archive.root, 'content', 'reports');
    // The document the test above added, gone again: its shard planned before is as it was.
    rmSync(join(reports, `${ADDED_ID}.mdx`));
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

    // Any document is more than the additions may hold: the new ones go into their shards of dates.
    await reindexArchive(archive, [...shardArgs, '--added-megabytes', '0.000001']);

    const after = shardList();
    expect(after.map(({ name }) => name)).toEqual(namesBefore.filter((name) => !isAddedShard(name)));
    expect(after.find(({ name }) => name === target.name)?.documents).toBe(2);
    // Its own files, and the route table's buckets that gained its keys; runtime/ and every other shard untouched.
    // The added shard is gone: its document, removed, is in no shard.
    const rewritten = foldersRewritten(before);
    expect(rewritten.filter((folder) => folder !== 'routes' && folder !== 'shards.json')).toEqual(
      [...namesBefore.filter(isAddedShard), target.name].sort(),
    );
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
