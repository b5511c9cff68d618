/**
 * Facts derived from a document's record, the same for the site's pages, the
 * search page in the browser and the search indexer (so: no Astro imports).
 *
 *   recordYear({ date: null, dateWritten: "2021-12-25" }) → "2021"
 */
import type { Report } from './report-schema.ts';

/** A record's place fields, from the largest to the smallest. */
export const PLACE_LEVELS = ['province', 'city', 'county', 'town'] as const;

/** The name of the group of records with no known place at a level: the OAI-PMH repositories', the build's parts', the figures' files. */
export const UNPLACED = '未定位';

/** The year a document belongs to: of its publication date, else of its writing. */
export function recordYear(record: Pick<Report, 'date' | 'dateWritten'>): string | null {
  return (record.date ?? record.dateWritten)?.slice(0, 4) ?? null;
}

/**
 * The title as lists, headings and the browser tab show it: the page's own
 * words, with the place and the year added where they do not say them, so
 * that "政府工作报告" among a town's documents, a bookmark or a search result
 * says whose and when. `title` itself keeps the page's words (citations use it).
 *
 *   displayTitle({ title: "政府工作报告", town: "天目山镇", date: "2022-05-05", … }) → "天目山镇 政府工作报告 (2022)"
 *   displayTitle({ title: "下各镇2023年工作总结", town: "下各镇", … })             → "下各镇2023年工作总结"
 */
export function displayTitle(record: Pick<Report, 'title' | 'town' | 'county' | 'date' | 'dateWritten'>): string {
  const place = record.town ?? record.county;
  const year = recordYear(record);
  const compact = record.title.replace(/\s/g, '');
  // 天目山鎮 names 天目山镇 too: compare the place without its last character (镇/乡/县…).
  const namesPlace = !place || compact.includes(place) || compact.includes(place.slice(0, -1));
  const namesYear = !year || /(19|20)\d{2}|[〇零一二三四五六七八九]{4}年/.test(compact);
  return `${namesPlace ? '' : `${place} `}${record.title}${namesYear ? '' : ` (${year})`}`;
}
