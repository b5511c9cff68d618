/**
 * The plan of a build in parts (its file format: src/lib/parts/build-plan.ts),
 * from the records' frontmatter alone: a part per province; a province with
 * more than `splitAbove` documents, a part per city; documents without a
 * province, and those of a split province without a city, a part of their
 * own (未定位, as the OAI files name them). Provinces with fewer than
 * `join.below` documents are joined, region by region (regions.ts), into a
 * part named after their region: each build pays about 5 s before its first
 * page whatever its size, so 30 small provinces cost more in starting than
 * in building. Part names are the places' (or the region's), so the same
 * places are the same part in every plan whatever else changed, and a
 * region's part keeps its name as its provinces gain documents.
 *
 *   planParts([
 *     { id: 'aaaaaaaaaaaa', province: '浙江省', city: '杭州市', digest: '…' },
 *     { id: 'bbbbbbbbbbbb', province: '浙江省', city: '温州市', digest: '…' },
 *     { id: 'cccccccccccc', province: null, city: null, digest: '…' },
 *     { id: 'dddddddddddd', province: '湖南省', city: '岳阳市', digest: '…' },
 *     { id: 'eeeeeeeeeeee', province: '江苏省', city: '无锡市', digest: '…' },
 *   ], 1, { below: 2, regionOf: (province) => provinceRegions().get(province) })
 *   → parts: 中南 [dddddddddddd], 华东 [eeeeeeeeeeee], 未定位 [cccccccccccc],
 *     浙江省-杭州市 [aaaaaaaaaaaa], 浙江省-温州市 [bbbbbbbbbbbb]
 *
 * The versions of one page (previousVersion) link documents that may have
 * been placed apart: each part loads the other versions as guests.
 */
import { createHash } from 'node:crypto';
import type { BuildPlan, Part } from '../../src/lib/parts/build-plan.ts';
import { UNPLACED } from '../../src/shared/record-facts.ts';

/** What the plan needs of a document: its place, its earlier version, and a SHA-256 of the files its pages read (plan-records.ts). */
export interface PlanRecord {
  id: string;
  province: string | null;
  city: string | null;
  previousVersion?: string | undefined;
  digest: string;
}

/** Which provinces a plan joins: those below `below` documents, with the others of their region. */
export interface Joining {
  below: number;
  /** A province's region; a province of none stays a part of its own. */
  regionOf: (province: string) => string | undefined;
}

const NO_JOINING: Joining = { below: 0, regionOf: () => undefined };

export function planParts(records: PlanRecord[], splitAbove: number, join = NO_JOINING): BuildPlan {
  const groups = new Map<string, { places: string[][]; members: PlanRecord[] }>();
  const add = (name: string, places: string[][], members: PlanRecord[]) => groups.set(name, { places, members });
  const joined = new Map<string, [string, PlanRecord[]][]>();
  for (const [province, members] of groupBy(records, (record) => record.province ?? UNPLACED)) {
    const region = province === UNPLACED ? undefined : join.regionOf(province);
    if (members.length > splitAbove && province !== UNPLACED)
      for (const [city, inCity] of groupBy(members, (record) => record.city ?? UNPLACED))
        add(`${province}-${city}`, [[province, city]], inCity);
    else if (region && members.length < join.below)
      joined.set(region, [...(joined.get(region) ?? []), [province, members]]);
    else add(province, [[province]], members);
  }
  for (const [region, provinces] of joined) {
    provinces.sort(([a], [b]) => (a < b ? -1 : 1));
    add(
      region,
      provinces.map(([province]) => [province]),
      provinces.flatMap(([, members]) => members),
    );
  }
  const partOf = new Map<string, string>();
  for (const [name, { members }] of groups) for (const { id } of members) partOf.set(id, name);
  const guests = guestsOf(records, partOf);
  const byId = new Map(records.map((record) => [record.id, record]));
  const parts: Part[] = [...groups.keys()].sort().map((name) => {
    const ids = groups
      .get(name)!
      .members.map(({ id }) => id)
      .sort();
    const guestIds = [...(guests.get(name) ?? [])].sort();
    const digest = createHash('sha256');
    for (const id of ids) digest.update(`${id} ${byId.get(id)!.digest}\n`);
    for (const id of guestIds) digest.update(`guest ${id} ${byId.get(id)!.digest}\n`);
    return { name, places: groups.get(name)!.places, ids, guests: guestIds, digest: digest.digest('hex') };
  });
  return { splitAbove, joinBelow: join.below, parts };
}

/** For each part, the documents of other parts that are versions of the same page as one of its own. */
function guestsOf(records: PlanRecord[], partOf: Map<string, string>): Map<string, Set<string>> {
  const previous = new Map(records.map((record) => [record.id, record.previousVersion]));
  // A page's versions form a chain: each is known by its first version.
  const firstOf = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (
      let before = previous.get(at);
      before && previous.has(before) && !seen.has(before);
      before = previous.get(at)
    ) {
      seen.add(at);
      at = before;
    }
    return at;
  };
  const guests = new Map<string, Set<string>>();
  for (const chain of groupBy(records, (record) => firstOf(record.id)).values()) {
    const names = new Set(chain.map(({ id }) => partOf.get(id)!));
    if (names.size < 2) continue;
    for (const name of names) {
      const set = guests.get(name) ?? new Set<string>();
      for (const { id } of chain) if (partOf.get(id) !== name) set.add(id);
      guests.set(name, set);
    }
  }
  return guests;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  return groups;
}
