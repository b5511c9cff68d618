/**
 * The names of the key figures' CSV files (src/lib/figures-dataset.ts): one
 * a province and year of the documents, so that a day's new documents
 * rewrite their year's files alone. Here, not beside the dataset, because the
 * build in parts also reads a file's province from its name
 * (src/lib/parts/page-owner.ts).
 *
 *   figuresFile('浙江省', '2024')          → '浙江省-2024.csv'
 *   figuresFile(null, null)               → '未定位-年份不详.csv'
 *   figuresFileProvince('浙江省-2024.csv') → '浙江省'
 */
import { UNPLACED } from './record-facts.ts';

/** What a file's name says for documents of no known year. */
export const UNKNOWN_YEAR = '年份不详';

/** The name of a province's file of a year (documents of no known province under UNPLACED). */
export function figuresFile(province: string | null, year: string | null): string {
  return `${province ?? UNPLACED}-${year ?? UNKNOWN_YEAR}.csv`;
}

/** The province a file holds (a province's name has no hyphen; a year or UNKNOWN_YEAR follows the last). */
export function figuresFileProvince(file: string): string {
  return file.slice(0, file.lastIndexOf('-'));
}
