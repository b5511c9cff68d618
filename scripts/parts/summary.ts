/**
 * The closing report of a build in parts: a line per build (its documents,
 * and its seconds, or "reused"), how long the run took, and what changed in
 * the output folder.
 *
 *   summaryLines(builds, changes, { out: 'dist', seconds: 31, partsSeconds: 18.9, jobs: 2 })
 *   →
 *   part                    documents  seconds
 *   湖南省                          2   reused
 *   江苏省                          1      6.2
 *   archive                        43     11.8
 *   dist/ built in 31.0 s: 2 builds run (18.9 s, 2 at a time), 9 reused
 *   dist/ changes: 14 added, 37 changed, 0 removed (listed in dist.changes.json); 802 files left as they were
 */
import type { ChangeList } from './change-list.ts';

export interface BuildLine {
  name: string;
  documents: number;
  /** null: reused from the cache. */
  seconds: number | null;
}

export interface RunFacts {
  /** The output folder as the user named it (dist). */
  out: string;
  seconds: number;
  partsSeconds: number;
  jobs: number;
}

export function summaryLines(builds: BuildLine[], changes: ChangeList, run: RunFacts): string[] {
  const lines = [`\n${column('part')}documents  seconds`];
  for (const { name, documents, seconds } of builds)
    lines.push(`${column(name)}${String(documents).padStart(9)}  ${(seconds?.toFixed(1) ?? 'reused').padStart(7)}`);
  const built = builds.filter(({ seconds }) => seconds !== null).length;
  const { added, changed, removed, unchanged } = changes;
  lines.push(
    `${run.out}/ built in ${run.seconds.toFixed(1)} s: ${built} builds run (${run.partsSeconds.toFixed(1)} s, ${run.jobs} at a time), ${builds.length - built} reused`,
    `${run.out}/ changes: ${added.length} added, ${changed.length} changed, ${removed.length} removed (listed in ${run.out}.changes.json); ${unchanged} files left as they were`,
  );
  return lines;
}

/** A name padded to a column of 24, a Chinese character taking two. */
function column(name: string): string {
  return name.padEnd(24 - [...name].filter((character) => character > '\u2e7f').length);
}
