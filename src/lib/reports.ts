/**
 * The archive's documents as the site lists them: sorted, grouped by place
 * and by year. Everything here is derived from the frontmatter.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { PLACE_LEVELS, recordYear } from '../shared/record-facts.ts';
import { hasOwnPage, TOWN_DEPTH, townSection } from './place-pages.ts';

export type ReportEntry = CollectionEntry<'reports'>;

/** Newest first; documents without a date last; ties by id, so the order never changes between builds. */
export function byDateDescending(a: ReportEntry, b: ReportEntry): number {
  return (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id);
}

/**
 * Every document, newest first: sorted once a build and shared by every route (about twenty call this). At 100,000
 * documents each sort took about 0.2 s of localeCompare, and the list is read-only so that no route reorders another's.
 * `astro dev` sorts at every call: its records change while it runs.
 */
let sorted: Promise<readonly ReportEntry[]> | undefined;
export function getReports(): Promise<readonly ReportEntry[]> {
  const sort = () => getCollection('reports').then((reports) => Object.freeze(reports.sort(byDateDescending)));
  if (import.meta.env.DEV) return sort();
  sorted ??= sort();
  return sorted;
}

/** The year a document belongs to: of its publication date, else of its writing. */
export function yearOf(report: ReportEntry): string | null {
  return recordYear(report.data);
}

/** A document's place from province down, as far as it is known: ["浙江省", "温州市", "永嘉县", "金溪镇"]. */
export function placeOf(report: ReportEntry): string[] {
  const names: string[] = [];
  for (const level of PLACE_LEVELS) {
    const name = report.data[level];
    if (!name) break;
    names.push(name);
  }
  return names;
}

export function url(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}

export function reportUrl(id: string): string {
  return url(`reports/${id}/`);
}

export function placeUrl(names: string[]): string {
  return url(`places/${names.map(encodeURIComponent).join('/')}${names.length > 0 ? '/' : ''}`);
}

/** Where a place is read: its page, or for a town of few documents its section of its county's page (place-pages.ts). */
export function placeHref(names: string[], documents: number): string {
  if (hasOwnPage(names, documents)) return placeUrl(names);
  return `${placeUrl(names.slice(0, TOWN_DEPTH - 1))}#${encodeURIComponent(townSection(names.at(-1)!))}`;
}

export function yearUrl(year: string): string {
  return url(`years/${year}/`);
}

/** A document type's list (工作总结, 政府工作报告…), newest first: /types/工作总结/. */
export function typeUrl(docType: string): string {
  return url(`types/${encodeURIComponent(docType)}/`);
}

/** The documents of each type, in the order given (newest first); documents without a type are in none. */
export function reportsByType(reports: readonly ReportEntry[]): Map<string, ReportEntry[]> {
  const byType = new Map<string, ReportEntry[]>();
  for (const report of reports) {
    const type = report.data.docType;
    if (!type) continue;
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type)!.push(report);
  }
  return new Map([...byType.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')));
}

/** Every place that has documents, as paths from the province down, with the documents under each. */
export function placesWithDocuments(
  reports: readonly ReportEntry[],
): Map<string, { names: string[]; reports: ReportEntry[] }> {
  const places = new Map<string, { names: string[]; reports: ReportEntry[] }>();
  for (const report of reports) {
    const names = placeOf(report);
    for (let depth = 1; depth <= names.length; depth++) {
      const path = names.slice(0, depth);
      const key = path.join('/');
      if (!places.has(key)) places.set(key, { names: path, reports: [] });
      places.get(key)!.reports.push(report);
    }
  }
  return places;
}
