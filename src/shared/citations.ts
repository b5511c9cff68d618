/**
 * The citation record of an archived document, and the files reference
 * managers import: CSL-JSON, BibTeX and RIS. Pure functions of one
 * `Citable`, so every output carries the same facts (test/unit/citations.test.ts).
 *
 * The reading styles (GB/T 7714-2015, APA, Chicago) are not written here:
 * citeproc-js renders them at build time from the CSL styles and the zh-CN
 * locale, from the very CSL-JSON item `cslItem` makes (src/lib/cite-strings.ts),
 * and the page's script only fills in the reader's date and the paragraph
 * cited. BibTeX and RIS stay ours: citeproc-js writes neither, and Zotero's
 * exporters need Zotero's item model.
 *
 * Author and publisher come from src/shared/credits.ts: a government
 * document's issuing organisation; a news item's byline (else the outlet) and its outlet.
 */

import { creatorNames } from './credits.ts';
import { simplifiedText } from './simplified-characters.ts';

export interface Citable {
  id: string;
  /** A government document (cited as a web document, [EB/OL]) or a news item ([N/OL]). */
  kind: 'report' | 'news';
  /** A title that identifies the document (citationTitle): the page's words, the place added where they lack it. */
  title: string;
  /** The issuing organisation, a news item's byline (several persons: 陈某、李某) or outlet, or null. */
  author: string | null;
  /** The issuing organisation of a report, the outlet (publication) of a news item, or null. */
  publisher: string | null;
  /** Place of publication (GB/T 7714's 出版地): where the publisher sits, or null. */
  place: string | null;
  /** Publication date, YYYY-MM-DD, or null. */
  date: string | null;
  /** The document's permanent address in the archive. */
  url: string;
  /** The day of citing, YYYY-MM-DD; null leaves it to the reader's browser ([引用日期] without it). */
  accessed: string | null;
  /** 索引号 or 文号, or null. */
  indexNumber: string | null;
  docType: string | null;
  /** The place the document is about, most specific last: ["浙江省", "台州市", "仙居县", "下各镇"]. */
  region: string[];
  /** The archive's name. */
  archive: string;
  /** The document's own summary (内容概述) or, without one, its opening. */
  abstract: string | null;
  /** The address the document was captured from. */
  originalUrl: string | null;
  /** 成文日期, YYYY-MM-DD, or null. */
  dateWritten: string | null;
  /** The person who delivered it (a work report's 报告人), or null. */
  speaker: string | null;
}

/** Stands for the citation date where it is not known yet (GB/T 7714 requires one). */
export const ACCESSED_PLACEHOLDER = '引用日期';

/**
 * A title that identifies the document, for citations and reference
 * managers: the page's title with its colons made one full-width colon
 * (巽宅镇::砥砺… → 巽宅镇：砥砺…; an ASCII colon makes Zotero cut a short
 * title at it), and the place put before a title that does not name it
 * (政府工作报告 → 天目山镇政府工作报告), once where the title names its level
 * (镇政府工作报告 → 天目山镇政府工作报告, 县人大代表… → 陆良县人大代表…).
 */
export function citationTitle(title: string, place: string | null): string {
  const punctuated = title.replace(/\s*[:：]+\s*/g, '：').trim();
  // 天目山鎮 and 大蘆鎮 name 天目山镇 and 大芦镇 too: compared in simplified characters.
  const compact = simplifiedText(punctuated.replace(/\s/g, ''));
  const namesPlace = !place || compact.includes(simplifiedText(place));
  if (namesPlace) return punctuated;
  // 镇政府工作报告, 县人大代表…: the title's own 镇 or 县 is the place's, named once (天目山镇政府工作报告, not 天目山镇镇…).
  const level = /(街道|镇|乡|县|区|市|旗)$/.exec(place)?.[1];
  const ownLevel =
    level && new RegExp(`^${level}(?=人民政府|政府|人大|人民代表大会|党委|党工委|机关)`).test(punctuated);
  return ownLevel ? `${place}${punctuated.slice(level.length)}` : `${place}${punctuated}`;
}

/**
 * The lines of a reference manager's free-text note (Zotero's Extra, CSL's
 * note, RIS N1, BibTeX note): facts no field of the item type holds. Keys
 * in Chinese, so citeproc does not read them as CSL variables.
 */
export function noteLines(item: Citable): string[] {
  return [
    item.indexNumber ? `索引号: ${item.indexNumber}` : null,
    item.originalUrl ? `原网址: ${item.originalUrl}` : null,
    item.dateWritten ? `成文日期: ${item.dateWritten}` : null,
    item.speaker ? `报告人: ${item.speaker}` : null,
  ].filter((line): line is string => line !== null);
}

type CslDate = { 'date-parts': number[][] } | { literal: string };

/**
 * The CSL-JSON item: `webpage` for a government document (GB/T 7714's
 * electronic resource, [EB/OL], with 出版地: 出版者), `article-newspaper` for
 * a news item with its outlet as the newspaper. `accessed` and `URL` may be
 * given as stand-ins the page's script replaces (src/lib/cite-strings.ts);
 * `page` carries a pinpoint (第4段) where GB/T 7714 puts 引文页码. No
 * `number` or `genre`: the styles print them as part of a web page's title
 * (政府工作报告: 002508879/2022-81382[EB/OL]); the index number is in the note.
 */
export function cslItem(
  item: Citable,
  stand?: { accessed?: string; url?: string; page?: string },
): Record<string, unknown> {
  const dateParts = (date: string): CslDate => ({ 'date-parts': [date.split('-').map(Number)] });
  const accessed = stand?.accessed ? { literal: stand.accessed } : item.accessed ? dateParts(item.accessed) : null;
  const note = noteLines(item).join('\n');
  return {
    id: `zhendang-${item.id}`,
    type: item.kind === 'news' ? 'article-newspaper' : 'webpage',
    title: item.title,
    ...(item.author ? { author: creatorNames(item.author).map((name) => ({ literal: name })) } : {}),
    ...(item.date ? { issued: dateParts(item.date) } : {}),
    ...(accessed ? { accessed } : {}),
    URL: stand?.url ?? item.url,
    ...(item.kind === 'news'
      ? item.publisher
        ? { 'container-title': item.publisher }
        : {}
      : { 'container-title': item.archive, ...(item.publisher ? { publisher: item.publisher } : {}) }),
    ...(item.place ? { 'publisher-place': item.place } : {}),
    ...(stand?.page ? { page: stand.page } : {}),
    ...(item.region.length > 0 ? { jurisdiction: item.region.join(' ') } : {}),
    ...(item.abstract ? { abstract: item.abstract } : {}),
    ...(note ? { note } : {}),
    language: 'zh-CN',
  };
}

/** CSL-JSON, the input of citeproc processors and reference managers: one item, as the page's styles cite it. */
export function cslJson(item: Citable): string {
  return `${JSON.stringify([cslItem(item)], null, 2)}\n`;
}

/**
 * BibTeX (biblatex's data model, checked with `biber --validate-datamodel`):
 * @misc keyed by the permanent id, its organisation the issuing body or a
 * news item's outlet (biblatex's @article would demand an author, which a
 * news item without a byline has not). The index number, original address,
 * date written and speaker go to `note` (@misc has no `number`).
 */
export function bibtex(item: Citable): string {
  const escaped = (value: string | null) => (value === null ? null : escapeBibtex(value));
  // Braces keep a corporate author (下各镇人民政府) from being split into first and last names.
  const braced = (value: string | null) => (value === null ? null : `{${escapeBibtex(value)}}`);
  const note = noteLines(item);
  const fields: [string, string | null][] = [
    ['title', escaped(item.title)],
    ['author', item.author ? creatorNames(item.author).map(braced).join(' and ') : null],
    ['year', item.date?.slice(0, 4) ?? null],
    // biblatex requires a date: an undated document gets ISO 8601-2's (EDTF's) unspecified year, not a guess.
    ['date', item.date ?? 'XXXX'],
    ['url', item.url],
    ['urldate', item.accessed],
    ['organization', braced(item.publisher)],
    ['howpublished', escaped(item.archive)],
    ['type', escaped(item.docType)],
    ['location', escaped(item.place)],
    ['abstract', escaped(item.abstract)],
    ['note', note.length > 0 ? escapeBibtex(note.join('; ')) : null],
    ['language', 'chinese'],
  ];
  const lines = fields
    .filter((field): field is [string, string] => field[1] !== null)
    .map(([name, value]) => `  ${name} = {${value}},`);
  return `@misc{zhendang-${item.id},\n${lines.join('\n')}\n}\n`;
}

/** RIS: GOVDOC (Zotero reads it as a report) or NEWS with its outlet as T2. Each line "TAG  - value"; ER ends it. */
export function ris(item: Citable): string {
  const news = item.kind === 'news';
  const lines: [string, string | null][] = [
    ['TY', news ? 'NEWS' : 'GOVDOC'],
    ['TI', item.title],
    ...creatorNames(item.author).map((name): [string, string] => ['AU', name]),
    ['PY', item.date?.slice(0, 4) ?? null],
    ['DA', item.date?.replaceAll('-', '/') ?? null],
    ['UR', item.url],
    ['Y2', item.accessed?.replaceAll('-', '/') ?? null],
    ['M3', item.docType],
    ['AN', item.indexNumber],
    [news ? 'T2' : 'PB', item.publisher],
    ['CY', item.place],
    ['AB', item.abstract],
    ...noteLines(item).map((line): [string, string] => ['N1', line]),
    ['DB', item.archive],
    ['LA', 'zh-CN'],
    ['ER', ''],
  ];
  return `${lines
    .filter(([, value]) => value !== null)
    .map(([tag, value]) => `${tag}  - ${value?.replace(/\r?\n/g, ' ')}`)
    .join('\r\n')}\r\n`;
}

/** Escape the characters BibTeX reads as commands or groups. */
function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_^~]/g, (character) =>
    character === '\\'
      ? '\\textbackslash{}'
      : character === '^' || character === '~'
        ? `\\${character}{}`
        : `\\${character}`,
  );
}

/** The files a reference manager imports, offered as downloads on the document page itself. */
export const CITATION_FILES = [
  { key: 'bibtex', label: 'BibTeX', format: bibtex, extension: 'bib', type: 'application/x-bibtex' },
  { key: 'ris', label: 'RIS', format: ris, extension: 'ris', type: 'application/x-research-info-systems' },
  {
    key: 'csl',
    label: 'CSL-JSON',
    format: cslJson,
    extension: 'json',
    type: 'application/vnd.citationstyles.csl+json',
  },
] as const;

/**
 * A download the page carries in its own link, so a document adds no file to
 * the site and works without JavaScript: a data: URL of the UTF-8 text, its
 * characters outside ASCII as they are (a URL may hold them, and the browser
 * saves them as UTF-8) and only the ASCII a URL or an HTML attribute cannot
 * hold percent-encoded. Not base64: it is a third longer than the bytes, and
 * gzip finds nothing to share in it, while the three files of a page repeat
 * the same title, names and address (2.8 KB of a median page with gzip in
 * base64, 1.4 KB so).
 *
 *   dataUrl('application/x-bibtex', '@misc{a,\n  title = {报告 #1}}')
 *   → 'data:application/x-bibtex;charset=utf-8,@misc%7Ba,%0A%20%20title%20=%20%7B报告%20%231%7D%7D'
 */
export function dataUrl(type: string, text: string): string {
  return `data:${type};charset=utf-8,${text.replace(/[^\u00a0-\ufffdA-Za-z0-9\-._~!$()*+,/:;=?@]/gu, percentEncoded)}`;
}

function percentEncoded(character: string): string {
  return [...new TextEncoder().encode(character)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}
