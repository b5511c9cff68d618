/**
 * The versions of a page in the archive: documents chained by
 * `previousVersion` (the converter links captures of one address whose text
 * changed, scripts/store/page-versions.ts), oldest first.
 *
 *   versionsOf([{ id: "aaa…" }, { id: "bbb…", previousVersion: "aaa…" }, { id: "ccc…" }])
 *   → Map { "aaa…" → [aaa, bbb], "bbb…" → [aaa, bbb] }   (ccc… has no other version)
 */
import type { Report } from '../shared/report-schema.ts';

interface Versioned {
  id: string;
  data: Pick<Report, 'previousVersion'>;
}

export function versionsOf<T extends Versioned>(reports: readonly T[]): Map<string, T[]> {
  const byId = new Map(reports.map((report) => [report.id, report]));
  const next = new Map<string, T>();
  for (const report of reports) {
    const previous = report.data.previousVersion;
    if (!previous) continue;
    // A link to nothing is a hand-edited or half-copied archive: say which file, rather than drop the link.
    if (!byId.has(previous)) throw new Error(`${report.id}.mdx: previousVersion ${previous} is not in the archive`);
    if (next.has(previous)) throw new Error(`${report.id}.mdx: ${previous} already has a next version`);
    next.set(previous, report);
  }
  const versions = new Map<string, T[]>();
  for (const first of reports) {
    if (first.data.previousVersion || !next.has(first.id)) continue;
    const chain = [first];
    for (let at = next.get(first.id); at; at = next.get(at.id)) chain.push(at);
    for (const version of chain) versions.set(version.id, chain);
  }
  return versions;
}

/** When a version was captured, for a reader: the capture's time (to the minute, in UTC), else the day archived. */
export function captureDate(data: Pick<Report, 'captured' | 'archived'>): string | null {
  return data.captured ? `${data.captured.slice(0, 16).replace('T', ' ')} UTC` : data.archived;
}
