/**
 * Place a document in the administrative hierarchy (town → county → city →
 * province) from the gazetteer and site tables in `scripts/data/`.
 *
 *   placeDocument({ publisher: "下各镇", title: "…", body: "…", host: "www.zjxj.gov.cn" })
 *   → { town: "下各镇", county: "仙居县", city: "台州市", province: "浙江省",
 *       inferred: ["county", "city", "province"] }
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InferableField } from '../../src/schemas/report.ts';
import { toSimplified } from './simplified.ts';

export interface Place {
  province: string;
  city: string;
  county: string;
  town: string | null;
}

export interface PlaceEvidence {
  publisher: string | null;
  title: string;
  /** The start of the body: a town named only there is an inference. */
  body: string;
  /** Host the page was captured from, if known. */
  host: string | null;
}

export interface PlaceResult {
  town: string | null;
  county: string | null;
  city: string | null;
  province: string | null;
  inferred: InferableField[];
  /** Why a place could not be settled, for a warning. */
  problem?: string;
}

const dataFolder = new URL('../data/', import.meta.url);

export class Gazetteer {
  readonly places: Place[];
  readonly sites: Map<string, Place>;

  constructor(places: Place[], sites: Map<string, Place>) {
    this.places = places;
    this.sites = sites;
  }

  static load(folder: URL = dataFolder): Gazetteer {
    const places = readCsv(new URL('gazetteer.csv', folder), ['province', 'city', 'county', 'town']).map((row) => ({
      province: row.province!,
      city: row.city!,
      county: row.county!,
      town: row.town || null,
    }));
    const sites = new Map(
      readCsv(new URL('sites.csv', folder), ['host', 'province', 'city', 'county', 'owner']).map((row) => [
        row.host!,
        { province: row.province!, city: row.city!, county: row.county!, town: null },
      ]),
    );
    return new Gazetteer(places, sites);
  }

  siteCounty(host: string | null): Place | undefined {
    if (!host) return undefined;
    const bare = host.toLowerCase().replace(/^www\./, '');
    return this.sites.get(bare);
  }

  place(evidence: PlaceEvidence): PlaceResult {
    const site = this.siteCounty(evidence.host);
    const inCounty = (place: Place) => !site || place.county === site.county;
    const towns = this.places.filter((place) => place.town !== null);

    for (const [text, read] of [
      [evidence.publisher ?? '', true],
      [evidence.title, true],
      [evidence.body, false],
    ] as const) {
      const named = towns.filter((place) => names(text, place.town!));
      const candidates = named.some(inCounty) ? named.filter(inCounty) : named;
      const distinct = new Set(candidates.map((place) => `${place.county}/${place.town}`));
      if (distinct.size > 1) {
        return { ...unplaced(site), problem: `several towns match: ${[...distinct].join(', ')}` };
      }
      const [found] = candidates;
      if (found) {
        const inferred: InferableField[] = ['county', 'city', 'province'];
        return { ...found, inferred: read ? inferred : ['town', ...inferred] };
      }
    }

    const countyLevel = this.places.find(
      (place) => place.town === null && names(`${evidence.publisher ?? ''}${evidence.title}`, place.county),
    );
    const town = townNamedBy(evidence.publisher) ?? townNamedBy(evidence.title);
    const county = countyLevel ?? site;
    if (town) {
      return {
        ...unplaced(county),
        town,
        problem: `${town} is not in scripts/data/gazetteer.csv; add a row for it`,
      };
    }
    return unplaced(county);
  }
}

/**
 * Whether `text` names `place`. Pages in traditional characters write 天目山鎮
 * where the gazetteer says 天目山镇; but 於潜镇 is simplified too, and a
 * converter would make it 于潜镇, so the text is tried as printed first.
 */
function names(text: string, place: string): boolean {
  return text.includes(place) || toSimplified(text).includes(place);
}

function unplaced(county: Place | undefined): PlaceResult {
  if (!county) return { town: null, county: null, city: null, province: null, inferred: [] };
  return {
    town: null,
    county: county.county,
    city: county.city,
    province: county.province,
    inferred: ['county', 'city', 'province'],
  };
}

/** "某某镇", "某某乡人民政府", "某某街道办事处", "某某镇2023年…", "某某镇:…" name their town. */
function townNamedBy(text: string | null): string | null {
  if (!text) return null;
  const match = /^([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道|鎮|鄉))(?=$|人民政府|办事处|人民政府|辦事處|\d|[:：])/.exec(
    text.trim(),
  );
  return match?.[1] ?? null;
}

function readCsv(url: URL, columns: string[]): Record<string, string>[] {
  const path = fileURLToPath(url);
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0]?.split(',').map((cell) => cell.trim());
  if (header?.join(',') !== columns.join(',')) {
    throw new Error(`${path}:1: the header must be "${columns.join(',')}"`);
  }
  return lines.slice(1).flatMap((line, index) => {
    if (line.trim() === '') return [];
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== columns.length) {
      throw new Error(`${path}:${index + 2}: expected ${columns.length} columns, found ${cells.length}`);
    }
    return [Object.fromEntries(columns.map((column, i) => [column, cells[i]!]))];
  });
}
