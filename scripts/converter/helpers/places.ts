/**
 * Place a document in the administrative hierarchy (town → county → city →
 * province) with the national gazetteer, deciding among towns of the same
 * name by what the page itself says.
 *
 *   placeDocument(gazetteer, { publisher: "清远市连州市西岸镇人民政府", title: "…", … })
 *   → { town: "西岸镇", county: "连州市", city: "清远市", province: "广东省",
 *       placeCode: "441882…", inferred: ["county", "city", "province"] }
 *
 * The town is read from the publisher, then the title, then the page header
 * (banner, breadcrumb, the meeting a report was given at), then the body,
 * where it must be the town the text names most. A page that names no town
 * and no county in its header is placed in the county its text names most
 * (twice at least, and twice as often as any other). Where towns of that name
 * lie in several counties, the counties, cities and provinces the page names
 * anywhere, the county whose portal the site is, and the places its host
 * name spells (longyou.gov.cn) choose, and last the short names of their
 * cities and counties in the text (西安火车站); if they cannot, the parents stay null
 * and a warning lists the candidates: never a guess.
 */
import type { InferableField } from '../../../src/shared/report-schema.ts';
import type { Division } from './division.ts';
import { Gazetteer, type Mention } from './gazetteer.ts';
import { foldForMatching } from './place-names.ts';

export interface PlaceEvidence {
  publisher: string | null;
  title: string;
  /** Lines of the page header that are not the title (site banner, breadcrumb), and a speech's meeting line. */
  header: string;
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
  /** Statistical code of the town (9 digits) or, for a county-level document, the county (6). */
  placeCode: string | null;
  inferred: InferableField[];
  /** Why a place could not be settled, for a warning. */
  problem?: string;
}

const PARENTS: InferableField[] = ['county', 'city', 'province'];

export function placeDocument(gazetteer: Gazetteer, evidence: PlaceEvidence): PlaceResult {
  const site = gazetteer.siteCounty(evidence.host);
  const spelt = gazetteer.hostPlaces(evidence.host);
  const [publisher, title, header] = [evidence.publisher ?? '', evidence.title, evidence.header].map((text) =>
    gazetteer.mentions(text),
  ) as [Mention[], Mention[], Mention[]];
  // The body is the longest text and often not needed: read only when a choice is left open.
  let bodyMentions: Mention[] | undefined;
  const body = () => {
    bodyMentions ??= gazetteer.mentions(evidence.body);
    return bodyMentions;
  };
  const parentsNamed = (mentions: Mention[]) =>
    mentions.flatMap(({ divisions }) => divisions.filter((d) => d.level !== 'town'));
  const choose = (candidates: Division[]) => {
    const context = [...parentsNamed([...publisher, ...title, ...header]), ...(site ? [site] : []), ...spelt];
    const chosen = bestSupported(candidates, context);
    if (chosen.length === 1) return chosen;
    const withBody = bestSupported(candidates, [...context, ...parentsNamed(body())]);
    if (withBody.length === 1) return withBody;
    // Last, the everyday short names of their cities and counties (西安火车站 is in 西安市).
    const text = [evidence.title, evidence.header, evidence.body].join('\n');
    const spoken = withBody.filter((candidate) =>
      shortParentNames(gazetteer, candidate).some((name) => text.includes(name)),
    );
    return spoken.length === 1 ? spoken : withBody;
  };

  // A town read loosely (胡集回族乡 for the code list's 胡集乡) counts only where the page names its county or city.
  const placedByParent = (mention: Mention | undefined): Mention | undefined => {
    if (!mention?.ethnicLongForm) return mention;
    const text = [evidence.publisher ?? '', evidence.title, evidence.header, evidence.body].join('\n');
    const context = [
      ...parentsNamed([...publisher, ...title, ...header, ...body()]),
      ...(site ? [site] : []),
      ...spelt,
    ];
    const divisions = mention.divisions.filter(
      (candidate) =>
        context.some(
          (place) => place.level !== 'town' && place.level !== 'province' && Gazetteer.within(candidate, place),
        ) || shortParentNames(gazetteer, candidate).some((name) => text.includes(name)),
    );
    return divisions.length > 0 ? { ...mention, divisions } : undefined;
  };
  const named = [publisher, title].flat();
  // A report printed without its title names itself as it opens (特编制某县某乡2024年…年度报告).
  const selfNamed = gazetteer.mentions(SELF_NAMING.exec(evidence.body.slice(0, 600))?.[1] ?? '');
  // Names run from the largest place to the smallest (商洛市镇安县木王镇): the town is the last.
  const readTown = firstTown(publisher) ?? firstTown(title) ?? townsOnly(selfNamed).at(-1);
  // A county's own document (某县人民政府…) names towns in its text; they are not its place.
  const countyDocument = !readTown && hasLevel(named, 'county');
  const printedTown = readTown ?? (countyDocument ? undefined : firstTown(header));
  const townMention = placedByParent(printedTown ?? (countyDocument ? undefined : dominantTown(body())));
  if (townMention) {
    const read = printedTown !== undefined;
    const candidates = choose(townMention.divisions);
    if (candidates.length === 1) {
      // The town by the name the page uses (杨柳乡, not the code list's 杨柳白族彝族乡); its code says which it is.
      const found = placed(gazetteer, candidates[0]!, read ? PARENTS : ['town', ...PARENTS]);
      const official = found.town !== null && foldForMatching(found.town) === townMention.name;
      return official ? found : { ...found, town: townMention.name };
    }
    // None of the towns of that name lies in the one county the page names: the code list lacks this one.
    const counties = [
      ...new Set(parentsNamed([...publisher, ...title, ...header]).filter((d) => d.level === 'county')),
    ];
    const county = counties.length === 1 ? counties[0]! : undefined;
    if (county && !candidates.some((candidate) => Gazetteer.within(candidate, county))) {
      return townUnderCounty(gazetteer, townMention.name, county, read ? PARENTS : ['town', ...PARENTS]);
    }
    return {
      ...unplaced(),
      town: townMention.name,
      inferred: read ? [] : ['town'],
      problem: `${townMention.name} is the name of ${candidates.length} towns and the page does not say which: ${describe(gazetteer, candidates)}`,
    };
  }

  const countyMention = [...named, ...header].find((mention) => mention.divisions.some((d) => d.level === 'county'));
  if (countyMention) {
    const candidates = choose(countyMention.divisions.filter((d) => d.level === 'county'));
    if (candidates.length === 1) return placed(gazetteer, candidates[0]!, ['city', 'province']);
    return {
      ...unplaced(),
      problem: `${countyMention.name} is the name of ${candidates.length} counties: ${describe(gazetteer, candidates)}`,
    };
  }

  // A county's page that names its county only in the text (参加陆良县第十八届人民代表大会…).
  const bodyCounty = dominant(body(), 'county');
  if (bodyCounty) {
    const candidates = choose(bodyCounty.divisions.filter((d) => d.level === 'county'));
    if (candidates.length === 1) return placed(gazetteer, candidates[0]!, PARENTS);
  }

  // A town the code list lacks, printed after its county in the text (平昌县鹿鸣镇) and named by the title too.
  const unlisted = unlistedTownAfterCounty(gazetteer, evidence.title, evidence.body, body());
  if (unlisted) {
    return townUnderCounty(gazetteer, unlisted.town, unlisted.county, PARENTS);
  }

  const unknownTown = townNamedBy(evidence.publisher) ?? townNamedBy(evidence.title);
  // Nothing named: the county whose portal the site is, or the one its host spells, if only one.
  const hostCounty = site ?? (spelt.length === 1 && spelt[0]!.level === 'county' ? spelt[0] : undefined);
  const county = hostCounty
    ? { ...gazetteer.namesOf(hostCounty.code), town: null, placeCode: null, inferred: PARENTS }
    : unplaced();
  if (unknownTown) {
    return {
      ...county,
      town: unknownTown,
      problem: `${unknownTown} is not in the gazetteer; add it to src/data/gazetteer-overlay.csv if it is a current or former name`,
    };
  }
  return county;
}

/** A town the code list lacks, placed under the one county the page names, with a problem saying how to add it. */
function townUnderCounty(
  gazetteer: Gazetteer,
  town: string,
  county: Division,
  inferred: InferableField[],
): PlaceResult {
  return {
    ...gazetteer.namesOf(county.code),
    town,
    placeCode: null,
    inferred,
    problem: `${town} is not in the gazetteer under ${county.name}; add it to src/data/gazetteer-overlay.csv if it is a current or former name`,
  };
}

/** The sentence of a report's opening that names the report itself: 特编制…报告, 现将…报告予以公开. */
const SELF_NAMING =
  /(?:特编制|现将|(?:特|现)向社会公布|现予?公布|现发布|特发布)([^。，,]{2,60}?(?:年度报告|情况报告|工作报告))/;

/** The first county named in the body with a town after it that the code list lacks and the title names too. */
function unlistedTownAfterCounty(
  gazetteer: Gazetteer,
  title: string,
  body: string,
  bodyMentions: Mention[],
): { county: Division; town: string } | undefined {
  const folded = foldForMatching(body);
  for (const mention of bodyMentions) {
    const counties = mention.divisions.filter((d) => d.level === 'county');
    if (counties.length !== 1) continue;
    const after = /^[\u4e00-\u9fa5]{2,4}?(?:镇|乡|街道)/.exec(folded.slice(mention.index + mention.name.length))?.[0];
    if (after && foldForMatching(title).includes(after) && townsOnly(gazetteer.mentions(after)).length === 0) {
      return { county: counties[0]!, town: after };
    }
  }
  return undefined;
}

function firstTown(mentions: Mention[]): Mention | undefined {
  return townsOnly(mentions)[0];
}

/** The town a body is about: the one it names most, at least twice as often as any other. */
function dominantTown(mentions: Mention[]): Mention | undefined {
  return dominant(mentions, 'town', 1);
}

/**
 * The division of a level a text names most, at least twice as often as any
 * other of that level, and at least `least` times.
 */
function dominant(mentions: Mention[], level: Division['level'], least = 2): Mention | undefined {
  const counts = new Map<string, { mention: Mention; count: number }>();
  const ofLevel = mentions.flatMap((mention) => {
    const divisions = mention.divisions.filter((d) => d.level === level);
    return divisions.length > 0 ? [{ ...mention, divisions }] : [];
  });
  for (const mention of ofLevel) {
    const entry = counts.get(mention.name) ?? { mention, count: 0 };
    entry.count++;
    counts.set(mention.name, entry);
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (!first || first.count < least) return undefined;
  return !second || first.count >= 2 * second.count ? first.mention : undefined;
}

function townsOnly(mentions: Mention[]): Mention[] {
  return mentions.flatMap((mention) => {
    const towns = mention.divisions.filter((d) => d.level === 'town');
    return towns.length > 0 ? [{ ...mention, divisions: towns }] : [];
  });
}

function hasLevel(mentions: Mention[], level: Division['level']): boolean {
  return mentions.some((mention) => mention.divisions.some((d) => d.level === level));
}

/**
 * The candidates best supported by the places the page names: a named county
 * outweighs a named city, which outweighs a named province. One candidate
 * needs no support; several with equal support stay several.
 */
function bestSupported(candidates: Division[], context: Division[]): Division[] {
  if (candidates.length <= 1) return candidates;
  const weight = { county: 4, city: 2, province: 1, town: 0 };
  const support = (candidate: Division) =>
    [...new Set(context)]
      .filter((place) => place !== candidate && Gazetteer.within(candidate, place))
      .reduce((sum, place) => sum + weight[place.level], 0);
  const scored = candidates.map((candidate) => ({ candidate, score: support(candidate) }));
  const best = Math.max(...scored.map(({ score }) => score));
  return best === 0 ? candidates : scored.filter(({ score }) => score === best).map(({ candidate }) => candidate);
}

/** 西安 for 西安市, 华阴 for 华阴市, 新城 for 新城区: names of two characters or more once the suffix is off. */
function shortParentNames(gazetteer: Gazetteer, division: Division): string[] {
  const { county, city } = gazetteer.namesOf(division.code);
  return [county, city]
    .filter((name): name is string => name !== null)
    .map((name) => name.replace(/(自治州|自治县|地区|市|区|县|盟|旗)$/, ''))
    .filter((name) => name.length >= 2);
}

function placed(gazetteer: Gazetteer, division: Division, inferred: InferableField[]): PlaceResult {
  return { ...gazetteer.namesOf(division.code), placeCode: division.code, inferred: [...inferred] };
}

function unplaced(): PlaceResult {
  return { town: null, county: null, city: null, province: null, placeCode: null, inferred: [] };
}

function describe(gazetteer: Gazetteer, candidates: Division[]): string {
  const shown = candidates.slice(0, 6).map((division) => {
    const names = gazetteer.namesOf(division.code);
    return [names.province, names.city, names.county, names.town].filter(Boolean).join(' ');
  });
  return shown.join('; ') + (candidates.length > shown.length ? `; and ${candidates.length - shown.length} more` : '');
}

/** "某某镇", "某某乡人民政府", "某某街道办事处", "某某镇2023年…", "某某镇:…" name their town. */
function townNamedBy(text: string | null): string | null {
  if (!text) return null;
  const match = /^([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道|鎮|鄉))(?=$|人民政府|办事处|辦事處|\d|[:：])/.exec(text.trim());
  return match?.[1] ?? null;
}
