/**
 * The archives of the seeds and fixtures that several end-to-end tests read,
 * built once per run by test/helpers/build-shared-archives.ts (Vitest's
 * globalSetup for the "archive" project in vitest.config.ts) and handed to the
 * tests with Vitest's provide/inject:
 *
 *   const archive = sharedArchive('seeds'); // { root, dist, base: '/' }
 *
 * A test reads a shared archive and never changes it: one that rebuilds it or
 * writes into it works on a copy of its own (`copyArchive` in run.ts), so that
 * every test means the same alone, with the others, and in any order.
 */
import { inject } from 'vitest';
import type { BuiltArchive } from './run.ts';

export interface SharedArchives {
  /** The seeds and every fixture's input, built for the domain root. */
  seeds: BuiltArchive;
  /** A copy of `seeds` indexed again in shards of SHARD_MEGABYTES, so that a search runs over several merged indexes. */
  seedsInShards: BuiltArchive;
  /**
   * The same sources with the seeds' provenance (seeds/sources.json: the page each was captured from, which names
   * the site whose owner is credited, and the day it was archived), built for the sub-path /zhendang/, as a GitHub
   * Pages project site is served.
   */
  seedsWithProvenanceAtSubPath: BuiltArchive;
}

/**
 * The correction the `seeds` archive is built with: of the fixture ambiguous-town-name, whose town
 * (城关镇) the converter cannot place, and which names no publisher. Our own words, as the fixture is.
 */
export const CORRECTED = {
  id: 'c8fa513d48a0',
  read: { county: null, publisher: null, date: '2024-01-09' },
  fields: {
    county: '和林格尔县',
    city: '呼和浩特市',
    province: '内蒙古自治区',
    placeCode: '150123100',
    publisher: '和林格尔县城关镇人民政府',
    date: '2023-12-28',
  },
  note: '测试用更正：所属县与落款以原件为准',
  date: '2026-12-04',
  by: '测试档案员',
  yaml: [
    'fields:',
    '  county: 和林格尔县',
    '  city: 呼和浩特市',
    '  province: 内蒙古自治区',
    '  placeCode: "150123100"',
    '  publisher: 和林格尔县城关镇人民政府',
    '  date: 2023-12-28',
    'note: 测试用更正：所属县与落款以原件为准',
    'date: 2026-12-04',
    'by: 测试档案员',
    '',
  ].join('\n'),
} as const;

// Small shards (20 KB of documents), so that every search runs over several merged indexes as a large archive's does.
export const SHARD_MEGABYTES = 0.02;

declare module 'vitest' {
  export interface ProvidedContext {
    sharedArchives: SharedArchives;
  }
}

/** One of the archives built for this run; only test files of the "archive" project (vitest.config.ts) have them. */
export function sharedArchive(name: keyof SharedArchives): BuiltArchive {
  const archives = inject('sharedArchives');
  if (!archives)
    throw new Error(
      'no shared archives: a test file that reads them belongs to the "archive" project in vitest.config.ts',
    );
  return archives[name];
}
