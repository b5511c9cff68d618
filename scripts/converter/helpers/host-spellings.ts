/**
 * The cities and counties a site's host name spells, from the pinyin and
 * initials `npm run gazetteer:update` writes beside each division.
 *
 *   placesIn("www.longyou.gov.cn")      → [龙游县]          the whole name
 *   placesIn("www.jinrifangxian.com")   → [房县]            the end of a part, 6 letters or more
 *   placesIn("hbdaye.gov.cn")           → [大冶市]          after its province's initials
 *   placesIn("www.zjwy.gov.cn")         → [武义县]          initials after its province's or city's
 */
import type { Division } from './division.ts';

/** A spelling shorter than this counts only as a whole part of the host, never as its end. */
const minSuffixLength = 6;

export class HostSpellings {
  /** Pinyin a host may spell a city or county with (longyou → 龙游县). */
  private readonly bySpelling = new Map<string, Division[]>();
  /** Province code → the initials hosts prefix its places with (42 → hb). */
  private readonly provinceInitials = new Map<string, string>();
  /** Initials of a province or city followed by those of a place in it (zjwy → 武义县, nbyz → 鄞州区). */
  private readonly byInitials = new Map<string, Division[]>();

  constructor(divisions: Map<string, Division>) {
    for (const division of divisions.values()) {
      for (const spelling of division.spellings ?? []) {
        if (division.level === 'province') this.provinceInitials.set(division.code, spelling);
        else add(this.bySpelling, spelling, division);
      }
    }
    for (const division of divisions.values()) {
      const parents = [division.code.slice(0, 2), division.code.slice(0, 4)].filter((code) => code !== division.code);
      for (const parent of division.initials ? parents : []) {
        const prefixes = divisions.get(parent)?.initials ?? [this.provinceInitials.get(parent) ?? ''];
        for (const key of prefixes.flatMap((prefix) => division.initials!.map((own) => `${prefix}${own}`))) {
          if (key.length >= 4) add(this.byInitials, key, division);
        }
      }
    }
  }

  placesIn(host: string): Division[] {
    const found = new Set<Division>();
    for (const part of host.toLowerCase().split(/[.-]/)) {
      for (let start = 0; start === 0 || start <= part.length - minSuffixLength; start++) {
        for (const division of this.bySpelling.get(part.slice(start)) ?? []) found.add(division);
      }
      for (const division of this.byInitials.get(part) ?? []) found.add(division);
      for (const [province, prefix] of this.provinceInitials) {
        if (!part.startsWith(prefix) || part.length - prefix.length < 4) continue;
        for (const division of this.bySpelling.get(part.slice(prefix.length)) ?? []) {
          if (division.code.startsWith(province)) found.add(division);
        }
      }
    }
    return [...found];
  }
}

function add(map: Map<string, Division[]>, key: string, division: Division): void {
  map.set(key, [...(map.get(key) ?? []), division]);
}
