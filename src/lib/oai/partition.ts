/**
 * A static repository is one file that a gateway reads whole, and the
 * static repository guidelines are written for at most 5,000 records; a
 * static host cannot answer resumption tokens to page through more. So a
 * larger archive is split along its places: one static repository per
 * province, a province that is still too large split by city, then by
 * county and town, and a town too large for one file cut into numbered
 * parts in the catalog's order.
 *
 *   7,000 records, 4,000 in 浙江省 and 3,000 in 湖南省
 *   → [{ key: ['浙江省'], records: 4,000 }, { key: ['湖南省'], records: 3,000 }]
 *
 * Records with no known place at a level are grouped under UNPLACED, cut
 * into numbered parts when too many.
 */
import { UNPLACED } from '../../shared/record-facts.ts';
import type { Report } from '../../shared/report-schema.ts';

const LEVELS = ['province', 'city', 'county', 'town'] as const;

export interface RepositoryPart {
  /** The place path (and, at the last, a part number): it names the file, oai/浙江省/温州市.xml. */
  key: string[];
  records: Report[];
}

/** Split `records` into groups of at most `limit` (ZHENDANG_OAI_RECORDS_PER_FILE, 5,000 by default) along their places. */
export function partitionRecords(records: Report[], limit: number, key: string[] = []): RepositoryPart[] {
  if (records.length <= limit) return [{ key, records }];
  const level = LEVELS[key.length];
  // Below the town, or where the place is not known, no place can split the records further.
  if (!level || key.at(-1) === UNPLACED) return numberedParts(records, limit, key);
  const groups = new Map<string, Report[]>();
  for (const record of records) {
    const name = record[level] ?? UNPLACED;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(record);
  }
  return [...groups.keys()].sort().flatMap((name) => partitionRecords(groups.get(name)!, limit, [...key, name]));
}

function numberedParts(records: Report[], limit: number, key: string[]): RepositoryPart[] {
  const parts: RepositoryPart[] = [];
  for (let start = 0; start < records.length; start += limit)
    parts.push({ key: [...key, String(parts.length + 1)], records: records.slice(start, start + limit) });
  return parts;
}
