/**
 * Which places have a page of their own. Every province, city and county
 * with documents has one; a town has one from `townPageFrom` documents
 * (ZHENDANG_LIST_TOWN_PAGE_FROM, 5). A town with fewer is a section of its
 * county's page, its documents listed there under its name: a reader reaches
 * them a step sooner, and the archive keeps one file for the county, not one
 * more for each of its towns (documents spread over the country's 41,352
 * towns, as a young archive's are, made a town page for 0.70 of them at
 * 10,000: docs/scaling.md, "Files a document").
 *
 *   hasOwnPage(['浙江省', '温州市', '永嘉县', '金溪镇'], 2)  → false
 *   townSection('金溪镇')                                      → 'town-金溪镇'
 *
 * A town's address (placeHref in reports.ts) is then its county's page at
 * that section, until the town has enough documents for a page, whose list
 * of them the section links to.
 */
import { listSettings } from './site-config.ts';

/** Province, city, county, town: a town's place has four names. */
export const TOWN_DEPTH = 4;

export function hasOwnPage(names: readonly string[], documents: number, settings = listSettings()): boolean {
  return names.length < TOWN_DEPTH || documents >= settings.townPageFrom;
}

/** The id of a town's section on its county's page. */
export function townSection(name: string): string {
  return `town-${name}`;
}
