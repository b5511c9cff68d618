/**
 * Who made a document and who published it: one answer, used by every
 * output (citation_* and DC.* tags, JSON-LD, the citations, the feed and
 * OAI-PMH), so they all name the same creator and publisher.
 *
 * - A government document is issued by an organisation: it is both creator
 *   and publisher. The publisher as printed, when it names an organisation;
 *   a bare place name (发布机构: 天目山镇) is not one, so the organisation is
 *   built from it, or from the gazetteer's name of the place when the page
 *   names none: a town's or township's 人民政府, a sub-district's 街道办事处.
 *   { publisher: '天目山镇' } → { kind: 'report', creator: '天目山镇人民政府', publisher: '天目山镇人民政府' }
 *   { publisher: null, town: '北城街道' } → { …, creator: '北城街道办事处', … }
 *   An author that is a body, not a person, issued the document: { author: '石门乡人大主席团', town: '石门乡' }
 *   → { kind: 'report', creator: '石门乡人大主席团', publisher: '石门乡人大主席团' }
 * - A news item (docType 新闻报道) is published by its outlet: the publisher
 *   the page prints (a bare place, 来源：某县枣林镇, made its government as
 *   above), else the organisation that runs the site (src/data/sites.csv,
 *   `owner`). Its creator is its byline where the page names a person
 *   (记者 张三, 作者：张三; several as the page lists them, 陈某、李某), else
 *   the outlet itself as an organisation author. Reference managers and
 *   GB/T 7714 need a 主要责任者, and an unsigned story is the outlet's: Chinese
 *   citations of unsigned news name it (永嘉县融媒体中心. 题名[N/OL]. 永嘉县融媒体中心,
 *   日期[引用日期]. URL.), while no creator at all left Zotero an item with none and
 *   an APA reference that opens with the title. A page that names no outlet on
 *   a site the table does not know is the government of its place's: the
 *   converter records it as the publisher, marked 推断 (the record's
 *   `inferred`), so it is never a bare place name, and never nobody while a
 *   place is known.
 *   { docType: '新闻报道', sourceSite: 'www.yjnet.cn' } → { kind: 'news', creator: '永嘉县融媒体中心', publisher: '永嘉县融媒体中心' }
 *   with { author: '张三' } → { kind: 'news', creator: '张三', creatorIsPerson: true, publisher: '永嘉县融媒体中心' }
 */
import type { Report } from './report-schema.ts';

export interface Credits {
  /** A government document (a report, to reference managers) or a news item. */
  kind: 'report' | 'news';
  /** The author to cite (a byline may list several persons, 陈某、李某: creatorNames), or null when nobody is known. */
  creator: string | null;
  /** True for a byline (a person), false for an organisation. */
  creatorIsPerson: boolean;
  /** The issuing organisation of a report; the outlet (the publication) of a news item. */
  publisher: string | null;
}

/** Site owners by host name without "www.": the sites table's host and owner columns. */
export type SiteOwners = ReadonlyMap<string, string>;

export type CreditedRecord = Pick<Report, 'publisher' | 'author' | 'sourceSite' | 'docType' | 'town' | 'county'>;

/** The document types that are news items, not government documents. */
const NEWS_TYPES = new Set(['新闻报道']);

// A name that ends in a division's suffix names a place, not the body that governs it (traditional forms included).
const PLACE_NAME = /(镇|鎮|乡|鄉|街道|县|縣|区|區|市|旗|苏木|蘇木)$/;

// A place's body, not a person (石门乡人大主席团, 某县人民政府办公室): a place's name, then a body's word.
// A body without its place (镇党政办公室) would cite less than the place's government, so it is not taken.
const AUTHORING_BODY =
  /^[\u4e00-\u9fa5]+(镇|乡|街道|县|区|市|旗|鎮|鄉|縣|區)[\u4e00-\u9fa5]*(主席团|委员会|人民政府|办事处|办公室|办公厅|党委|党工委|人大|中心|局)$/;

/**
 * The organisation that governs a place, from the place's name: a
 * sub-district's office (街道办事处), anything else's people's government.
 *
 *   organisationOf('天目山镇') → '天目山镇人民政府'   organisationOf('北城街道') → '北城街道办事处'
 */
export function organisationOf(place: string): string {
  return place.endsWith('街道') ? `${place}办事处` : `${place}人民政府`;
}

/**
 * The place an organisation's name prints, the name without its body: where
 * it sits when no gazetteer names the place. Null for a name that prints no
 * place (永嘉县融媒体中心 is not a government of a place).
 *
 *   placeInOrganisation('某县人民政府') → '某县'   placeInOrganisation('北城街道办事处') → '北城街道'
 */
export function placeInOrganisation(organisation: string | null): string | null {
  const place = organisation?.replace(/(人民政府(办公室|办公厅)?|办事处)$/, '') ?? null;
  return place && place !== organisation && PLACE_NAME.test(place) ? place : null;
}

/**
 * The issuing organisation of a government document: the publisher as
 * printed when it names an organisation, else the organisation of the
 * place it prints (重庆市巴南区木洞镇 → 重庆市巴南区木洞镇人民政府), else of the
 * town or county the record is about; null when nothing names one.
 */
export function issuingOrganisation(record: Pick<Report, 'publisher' | 'town' | 'county'>): string | null {
  const place = record.town ?? record.county;
  return printedOrganisation(record.publisher) ?? (place ? organisationOf(place) : null);
}

/** The organisation a printed publisher names: itself, or a bare place's government (天目山镇 → 天目山镇人民政府). */
function printedOrganisation(publisher: string | null): string | null {
  const printed = publisher?.trim() || null;
  if (!printed) return null;
  return PLACE_NAME.test(printed) ? organisationOf(printed) : printed;
}

/**
 * The names of a creator, one a person: a byline lists several (陈某、李某),
 * an organisation is one name (their names never hold a 、).
 *
 *   creatorNames('陈某、李某') → ['陈某', '李某']   creatorNames('永嘉县融媒体中心') → ['永嘉县融媒体中心']
 */
export function creatorNames(creator: string | null): string[] {
  return (creator ?? '')
    .split('、')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export function creditsOf(record: CreditedRecord, owners: SiteOwners): Credits {
  const owner = record.sourceSite ? (owners.get(record.sourceSite.toLowerCase().replace(/^www\./, '')) ?? null) : null;
  if (record.docType && NEWS_TYPES.has(record.docType)) {
    const outlet = printedOrganisation(record.publisher) ?? owner;
    const byline = record.author?.trim() || null;
    const bylineIsBody = byline !== null && AUTHORING_BODY.test(byline);
    return {
      kind: 'news',
      creator: byline ?? outlet,
      creatorIsPerson: byline !== null && !bylineIsBody,
      publisher: outlet,
    };
  }
  // A government document's `author` is the person who delivered it (a work report's speaker): the organisation issued it.
  // Unless the author is itself a body (作者：石门乡人大主席团, a congress's communiqué): then that body issued it.
  const authoringBody = record.author && AUTHORING_BODY.test(record.author.trim()) ? record.author.trim() : null;
  const organisation = issuingOrganisation(record) ?? owner;
  const creator = authoringBody ?? organisation;
  const publisher = record.publisher ? organisation : (authoringBody ?? organisation);
  return { kind: 'report', creator, creatorIsPerson: false, publisher };
}

/** Read the site table (src/data/sites.csv): a header naming `host` and `owner`, then one site a line. */
export function parseSiteOwners(csv: string): SiteOwners {
  const [header = '', ...rows] = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split(',').map((cell) => cell.trim());
  const host = columns.indexOf('host');
  const owner = columns.indexOf('owner');
  if (host < 0 || owner < 0) throw new Error(`sites.csv: the header must name host and owner, not "${header}"`);
  return new Map(
    rows.map((row) => {
      const cells = row.split(',').map((cell) => cell.trim());
      return [cells[host]!, cells[owner]!] as const;
    }),
  );
}
