/**
 * Vitest's globalSetup for the "archive" project (vitest.config.ts): builds the
 * shared archives of test/helpers/shared-archives.ts once, before the test
 * files run, provides them to the tests, and removes them afterwards.
 *
 * Two builds side by side: the seeds and fixtures for the domain root, and
 * the same with the seeds' provenance for a sub-path (the base is compiled
 * into every page; the tests of the sub-path do not mind the provenance, and
 * those of the provenance do not mind the sub-path). Then the sharded index,
 * which only the search indexer's step makes differently: a copy of the
 * first build, indexed again.
 *
 * The first build has a person's correction of one fixture's record
 * (CORRECTED in shared-archives.ts): the place the converter could not
 * settle (城关镇 is the name of many towns), the publisher and the date, so
 * that every output can be checked to use the corrected values.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { archiveSources, buildArchive, copyArchive, projectRoot, reindexArchive } from './run.ts';
import { CORRECTED, SHARD_MEGABYTES, type SharedArchives } from './shared-archives.ts';

let built: SharedArchives | undefined;

export async function setup(project: TestProject): Promise<void> {
  const sources = archiveSources();
  const provenance = join(projectRoot, 'seeds', 'sources.json');
  const [seeds, seedsWithProvenanceAtSubPath] = await Promise.all([
    buildArchive(sources, '/', [], {}, { [`content/corrections/${CORRECTED.id}.yaml`]: CORRECTED.yaml }),
    buildArchive([...sources, provenance], '/zhendang/'),
  ]);
  const seedsInShards = copyArchive(seeds);
  await reindexArchive(seedsInShards, ['--shard-megabytes', String(SHARD_MEGABYTES)]);
  built = { seeds, seedsInShards, seedsWithProvenanceAtSubPath };
  project.provide('sharedArchives', built);
}

export function teardown(): void {
  for (const archive of Object.values(built ?? {})) rmSync(archive.root, { recursive: true, force: true });
}
