/**
 * The national gazetteer: every province, city, county and town of the
 * statistical division codes (`src/data/divisions.tsv`, made by
 * `npm run gazetteer:update`), our own additions (`gazetteer-overlay.csv`)
 * and the county portals we know (`sites.csv`), indexed by name.
 *
 *   gazetteer.mentions("清远市连州市西岸镇人民政府")
 *   → [ {清远市, city}, {连州市, county}, {西岸镇, town ×n} ] with their codes
 *
 * Names are found by one pass over the text: at each character that ends
 * some name (镇, 乡, 道, 县, 市 …) the longest name ending there is looked
 * up, so 41,000 towns cost a few map look-ups per character, not a search
 * per town. Text and names are compared in simplified characters
 * (天目山鎮 = 天目山镇).
 */
import { readCsv, readTsv } from './data-files.ts';
import type { Division, Level } from './division.ts';
import { HostSpellings } from './host-spellings.ts';
import { everydayNames, foldForMatching, isWordLike, PEOPLES_RUN } from './place-names.ts';

export interface Mention {
  /** The divisions of that name (a town name may be many towns). */
  divisions: Division[];
  name: string;
  /** Where the name starts in the searched text. */
  index: number;
  /**
   * Printed with an ethnicity the code list leaves out (胡集回族乡 for its 胡集乡): a looser
   * reading, taken only where the page names the town's county or city too.
   */
  ethnicLongForm?: boolean;
}

/** The names of a division and its parents; a level the code list skips is null. */
export interface PlaceNames {
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
}

const LEVEL_BY_LENGTH: Record<number, Level> = { 2: 'province', 4: 'city', 6: 'county', 9: 'town' };

const dataFolder = new URL('../../../src/data/', import.meta.url);

/** The people or peoples a township is named for, ending the text searched (回族, 布依族苗族, 哈萨克民族). */
const ETHNICITIES = new RegExp(`${PEOPLES_RUN}$`);

export class Gazetteer {
  readonly divisions = new Map<string, Division>();
  private readonly byName = new Map<string, Division[]>();
  /** Last character of a name → the lengths of the names ending with it, longest first. */
  private readonly lengthsByEnding = new Map<string, number[]>();
  /** Host (without www.) → the code of the county whose portal it is. */
  readonly sites = new Map<string, string>();
  /** The organisation that runs a site we know, by host without "www." (sites.csv's owner). */
  private readonly owners = new Map<string, string>();
  private readonly spellings: HostSpellings;

  constructor(divisions: Division[], aliases: [code: string, name: string][] = []) {
    for (const division of divisions) this.divisions.set(division.code, division);
    for (const division of divisions) {
      this.index(division.name, division);
      for (const name of everydayNames(division)) this.index(name, division);
    }
    this.spellings = new HostSpellings(this.divisions);
    for (const [code, name] of aliases) {
      const division = this.divisions.get(code);
      if (!division) throw new Error(`gazetteer overlay: no division has the code ${code} (for ${name})`);
      this.index(name, division);
    }
  }

  static load(folder: URL = dataFolder): Gazetteer {
    const divisions = readTsv(new URL('divisions.tsv', folder)).map(
      ({ cells: [code, name, spelt, initials], where }) => {
        const level = LEVEL_BY_LENGTH[code!.length];
        if (!level || !name) throw new Error(`${where}: expected "code<TAB>name" with a 2, 4, 6 or 9 digit code`);
        const spellings = spelt ? { spellings: spelt.split(' ') } : {};
        return { code: code!, name, level, ...spellings, ...(initials ? { initials: initials.split(' ') } : {}) };
      },
    );
    const aliases = readCsv(new URL('gazetteer-overlay.csv', folder), ['code', 'name', 'why']).map(
      (row) => [row.code!, row.name!] as [string, string],
    );
    const gazetteer = new Gazetteer(divisions, aliases);
    for (const row of readCsv(new URL('sites.csv', folder), ['host', 'province', 'city', 'county', 'owner'])) {
      const county = gazetteer.findCounty(row.province!, row.city!, row.county!);
      if (!county) throw new Error(`sites.csv: ${row.host}: no county ${row.province} ${row.city} ${row.county}`);
      gazetteer.sites.set(row.host!, county.code);
      if (row.owner) gazetteer.owners.set(row.host!, row.owner);
    }
    return gazetteer;
  }

  /** The county whose portal a host is, if the site table knows it. */
  siteCounty(host: string | null): Division | undefined {
    const code = host ? this.sites.get(host.toLowerCase().replace(/^www\./, '')) : undefined;
    return code ? this.divisions.get(code) : undefined;
  }

  /** The organisation that runs a site, if the site table knows it (永嘉县融媒体中心 for yjnet.cn). */
  siteOwner(host: string | null): string | undefined {
    return host ? this.owners.get(host.toLowerCase().replace(/^www\./, '')) : undefined;
  }

  /**
   * Cities and counties a host name spells out: longyou.gov.cn (龙游县),
   * shiquan.qinfeng.gov.cn (石泉县), hbdaye.gov.cn (湖北 + 大冶市),
   * jinrifangxian.com (…房县), zjwy.gov.cn (浙江 武义县, by initials). A
   * spelling shorter than 6 letters counts only as a whole part of the host,
   * never as its end.
   */
  hostPlaces(host: string | null): Division[] {
    return host ? this.spellings.placesIn(host) : [];
  }

  /** The names of a division and of its parents. */
  namesOf(code: string): PlaceNames {
    const name = (length: number) =>
      code.length >= length ? (this.divisions.get(code.slice(0, length))?.name ?? null) : null;
    return { province: name(2), city: name(4), county: name(6), town: name(9) };
  }

  /** Whether `ancestor` is `division` or one of its parents. */
  static within(division: Division, ancestor: Division): boolean {
    return division.code.startsWith(ancestor.code);
  }

  /** Every division name in `text`, longest first where names end at the same character. */
  mentions(text: string): Mention[] {
    const folded = foldForMatching(text);
    const found: Mention[] = [];
    for (let end = 1; end < folded.length; end++) {
      for (const length of this.lengthsByEnding.get(folded[end]!) ?? []) {
        if (length > end + 1) continue;
        const name = folded.slice(end - length + 1, end + 1);
        const divisions = this.byName.get(name);
        if (!divisions) continue;
        const index = end - length + 1;
        const accepted = isWordLike(name)
          ? divisions.filter((division) => index === 0 || this.followsParent(folded, index, division))
          : divisions;
        if (accepted.length > 0) {
          found.push({ divisions: accepted, name, index });
          break;
        }
      }
      // A name already ends here: no long form is looked for.
      const last = found.at(-1);
      if (last && last.index + last.name.length === end + 1) continue;
      const longForm = this.ethnicLongForm(folded, end);
      if (longForm) found.push(longForm);
    }
    // 乌镇镇 holds 乌镇, another town: a name inside a longer one is not a mention of its own.
    const within = (inner: Mention, outer: Mention) =>
      inner !== outer &&
      inner.index >= outer.index &&
      inner.index + inner.name.length <= outer.index + outer.name.length;
    // 商洛市镇安县 holds 洛市镇 across two names: a town begun inside a county's or city's name is none.
    const straddles = (town: Mention, parent: Mention) =>
      parent.divisions.some((division) => division.level !== 'town') &&
      town.index > parent.index &&
      town.index < parent.index + parent.name.length &&
      town.index + town.name.length > parent.index + parent.name.length;
    return found.filter((mention) => !found.some((other) => within(mention, other) || straddles(mention, other)));
  }

  /**
   * A town printed with its people's name (胡集回族乡) where the code list has it without (胡集乡):
   * the name before the ethnicity, with the same ending, names the town.
   */
  private ethnicLongForm(folded: string, end: number): Mention | undefined {
    const ending = folded[end]!;
    if (ending !== '乡' && ending !== '镇') return undefined;
    const ethnicity = ETHNICITIES.exec(folded.slice(Math.max(0, end - 12), end));
    if (!ethnicity) return undefined;
    const baseEnd = end - ethnicity[0].length; // where the ethnicity starts
    for (const length of this.lengthsByEnding.get(ending) ?? []) {
      const start = baseEnd - (length - 1);
      if (start < 0) continue;
      const divisions = this.byName
        .get(folded.slice(start, baseEnd) + ending)
        ?.filter((division) => division.level === 'town');
      if (divisions && divisions.length > 0 && length >= 3) {
        return { divisions, name: folded.slice(start, end + 1), index: start, ethnicLongForm: true };
      }
    }
    return undefined;
  }

  private followsParent(text: string, index: number, division: Division): boolean {
    const before = text.slice(0, index);
    return [4, 6].some((length) => {
      const parent = this.divisions.get(division.code.slice(0, length));
      return parent !== undefined && parent !== division && before.endsWith(parent.name);
    });
  }

  private findCounty(province: string, city: string, county: string): Division | undefined {
    return (this.byName.get(foldForMatching(county)) ?? []).find((division) => {
      const names = this.namesOf(division.code);
      return division.level === 'county' && names.province === province && (names.city ?? province) === city;
    });
  }

  private index(name: string, division: Division): void {
    const key = foldForMatching(name);
    const list = this.byName.get(key) ?? [];
    if (!list.includes(division)) list.push(division);
    this.byName.set(key, list);
    const lengths = this.lengthsByEnding.get(key.at(-1)!) ?? [];
    if (!lengths.includes(key.length)) {
      lengths.push(key.length);
      lengths.sort((a, b) => b - a);
    }
    this.lengthsByEnding.set(key.at(-1)!, lengths);
  }
}
