/**
 * The region of each province, as GB/T 2260 codes it: the first digit of a
 * province's code (src/data/divisions.tsv) is its region, 1 华北, 2 东北,
 * 3 华东, 4 中南, 5 西南, 6 西北 (7 台湾, 8 港澳). The build plan joins a
 * region's small provinces into one part named after it: a grouping that
 * does not move as documents are added, so a joined part keeps its name,
 * and its caches, from one update to the next.
 *
 *   provinceRegions().get('北京市') → '华北'
 */
import { readTsv } from '../converter/helpers/data-files.ts';

const REGIONS: Record<string, string> = {
  '1': '华北',
  '2': '东北',
  '3': '华东',
  '4': '中南',
  '5': '西南',
  '6': '西北',
  '7': '台湾',
  '8': '港澳',
};

export function provinceRegions(): Map<string, string> {
  const regions = new Map<string, string>();
  for (const { cells } of readTsv(new URL('../../src/data/divisions.tsv', import.meta.url))) {
    const [code, name] = cells;
    const region = code?.length === 2 ? REGIONS[code[0]!] : undefined;
    if (region && name) regions.set(name, region);
  }
  return regions;
}
