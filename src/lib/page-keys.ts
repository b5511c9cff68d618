/**
 * The cache keys of the pages Astro's incremental build may copy from the
 * last build instead of rendering them again (experimental.incrementalBuild
 * in astro.config.mjs): a page whose key and whose code (Astro hashes each
 * page's module graph; the config and the lock file invalidate all) are
 * those of the last build is not rendered. A part rebuilt after a day's new
 * documents renders their pages and those that show them (their town's
 * neighbours, the places above them), not the whole province.
 *
 * A key names everything a page is made of that Astro does not see: each
 * document it shows, by its file's digest (the loader's: record, body and
 * key figures alike), and the settings read from the environment while it
 * renders. A page that reads anything else must not have a key: a missing
 * input would leave a page stale. test/e2e/build-parts.test.ts holds an
 * update to a one-process build of the same content, byte for byte.
 *
 *   pageKey([report, newer, older])   → 'c3ab…' (a SHA-256)
 *   archivedFileKey('seeds', '003_f33962c4148b52b6.txt', '<the SHA-256 the document records>')   → '9d1e…'
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ReportEntry } from './reports.ts';
import { buildDate, listSettings } from './site-config.ts';
import { statKey } from './stat-key.ts';
import { parseRecordName } from './warc-container.ts';

export function pageKey(reports: (ReportEntry | undefined)[], facts: Record<string, unknown> = {}): string {
  const hash = createHash('sha256');
  // Every rendered page may state the build date; place pages size their lists by these settings; `facts` are what
  // else a page reads of the archive (whether a document's town has a page, which its links go to).
  hash.update(JSON.stringify({ buildDate: buildDate(), lists: listSettings(), facts }));
  for (const report of reports) hash.update(report ? `\n${report.id} ${fileDigest(report)}` : '\n-');
  return hash.digest('hex');
}

/** The digest of a document's file, as the loader stored it (record, body and key figures alike): what a kept result of it is keyed by. */
export function fileDigest(report: ReportEntry): string {
  if (report.digest === undefined) throw new Error(`${report.id}: the content store gave no digest`);
  return String(report.digest);
}

/**
 * The key of a file served as archived (a raw source, a kept attachment): the SHA-256 the document records for it,
 * and the stat of the file in `seeds` holding it (itself, or its web archive). The page that serves it checks its
 * bytes against that SHA-256 whenever it is written; a file touched since (another size, time or inode) gets another
 * key, so it is read and checked again, and a build fails on bytes that no longer match rather than serve the old.
 */
export function archivedFileKey(seeds: string, file: string, sha256: string): string {
  const path = join(seeds, parseRecordName(file)?.container ?? file);
  return createHash('sha256')
    .update(`${file}\0${sha256}\0${statKey(path) ?? 'missing'}`)
    .digest('hex');
}
