/**
 * One administrative division of the national gazetteer (gazetteer.ts), kept
 * apart so that the helpers that spell and fold its names (place-names.ts,
 * host-spellings.ts) and the gazetteer that uses them import it without a
 * circle.
 *
 *   { code: "330112", name: "临安区", level: "county", spellings: ["linan"], initials: ["la", "laq"] }
 */
export type Level = 'province' | 'city' | 'county' | 'town';

export interface Division {
  /** Statistical code: 2, 4, 6 or 9 digits by level. */
  code: string;
  name: string;
  level: Level;
  /** How host names spell a city or county (longyou), or prefix a province's places (hb). */
  spellings?: string[];
  /** A city's or county's initials (ly and lyx for 龙游县), as hosts abbreviate it after its parent's (zjwy). */
  initials?: string[];
}
