/**
 * Citations of an archived document in the forms researchers need. Pure
 * functions of one `Citable`, so every format is tested against its
 * standard's own examples (test/unit/citations.test.ts).
 *
 * Author and publisher come from src/shared/credits.ts: a government
 * document's issuing body, a news item's byline or the organisation that
 * runs its site. Where neither is known, nobody is guessed: the citation
 * starts with the title, as the standards allow.
 *
 * The APA, Chicago and GB/T 7714 strings are built here, not by citeproc-js
 * with the CSL styles: the cite sheet completes them in the reader's browser
 * (today's date as 引用日期, the paragraph cited), and citeproc-js with a
 * style and locale is far too heavy to ship to a phone. Rendering them at
 * build time from the CSL styles, with the browser filling only the date
 * and paragraph, is issue 22's work; the validator tests already cite every
 * document's CSL-JSON with citeproc-js in all three styles.
 */

export interface Citable {
  id: string;
  title: string;
  /** The issuing body, the byline or the site's owner (src/shared/credits.ts), or null. */
  author: string | null;
  /** The organisation that published it (issuing body or site owner), or null. */
  publisher: string | null;
  /** Publication date, YYYY-MM-DD, or null. */
  date: string | null;
  /** The document's permanent address (with a #paragraph when one is cited). */
  url: string;
  /**
   * The day of citing, YYYY-MM-DD, which GB/T 7714 requires. A static page
   * cannot know it: null renders a placeholder ([引用日期]) that the page's
   * script fills with the reader's date.
   */
  accessed: string | null;
  /** 索引号, or null. */
  indexNumber: string | null;
  docType: string | null;
  /** The place the document is about, most specific last: ["浙江省", "台州市", "仙居县", "下各镇"]. */
  place: string[];
  /** The archive's name, as the site that holds the copy. */
  archive: string;
}

/** Stands for the citation date where it is not known yet. */
export const ACCESSED_PLACEHOLDER = '引用日期';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** GB/T 7714-2015 §4.2/8.8, electronic resource: 责任者. 题名[EB/OL]. (更新日期)[引用日期]. 获取路径. */
export function gbt7714(item: Citable): string {
  const author = item.author ? `${item.author}. ` : '';
  const updated = item.date ? `(${item.date})` : '';
  return `${author}${item.title}[EB/OL]. ${updated}[${item.accessed ?? ACCESSED_PLACEHOLDER}]. ${item.url}.`;
}

/** APA 7, a document on a website: Author. (Year, Month Day). Title. Site. URL */
export function apa(item: Citable): string {
  const [year, month, day] = item.date?.split('-').map(Number) ?? [];
  const date = year ? `${year}, ${MONTHS[month! - 1]} ${day}` : 'n.d.';
  const title = item.author ? `${item.title}. ` : '';
  return `${sentence(item.author ?? item.title)} (${date}). ${title}${item.archive}. ${item.url}`;
}

/** Chicago 17th, bibliography entry for a web page: Author. "Title." Site, Month Day, Year. URL. */
export function chicago(item: Citable): string {
  const [year, month, day] = item.date?.split('-').map(Number) ?? [];
  const date = year ? `${MONTHS[month! - 1]} ${day}, ${year}` : 'n.d.';
  const author = item.author ? `${item.author}. ` : '';
  return `${author}“${item.title}.” ${item.archive}, ${date}. ${item.url}.`;
}

/**
 * BibTeX (biblatex's data model, checked with `biber --validate-datamodel`),
 * an @misc entry keyed by the permanent id. @misc has no `number` or
 * `location` of the subject: the index number goes to `note`, and the
 * place the document is about is not a place of publication.
 */
export function bibtex(item: Citable): string {
  const escaped = (value: string | null) => (value === null ? null : escapeBibtex(value));
  // Braces keep a corporate author (下各镇人民政府) from being split into first and last names.
  const fields: [string, string | null][] = [
    ['title', escaped(item.title)],
    ['author', item.author ? `{${escapeBibtex(item.author)}}` : null],
    ['year', item.date?.slice(0, 4) ?? null],
    // biblatex requires a date: an undated document gets ISO 8601-2's (EDTF's) unspecified year, not a guess.
    ['date', item.date ?? 'XXXX'],
    ['url', item.url],
    ['urldate', item.accessed],
    ['organization', item.publisher ? `{${escapeBibtex(item.publisher)}}` : null],
    ['howpublished', escaped(item.archive)],
    ['type', escaped(item.docType)],
    ['note', item.indexNumber ? escapeBibtex(`索引号 ${item.indexNumber}`) : null],
    ['language', 'chinese'],
  ];
  const lines = fields
    .filter((field): field is [string, string] => field[1] !== null)
    .map(([name, value]) => `  ${name} = {${value}},`);
  return `@misc{zhendang-${item.id},\n${lines.join('\n')}\n}\n`;
}

/** RIS, type GOVDOC. Each line "TAG  - value"; the record ends with ER. */
export function ris(item: Citable): string {
  const lines: [string, string | null][] = [
    ['TY', 'GOVDOC'],
    ['TI', item.title],
    ['AU', item.author],
    ['PY', item.date?.slice(0, 4) ?? null],
    ['DA', item.date?.replaceAll('-', '/') ?? null],
    ['UR', item.url],
    ['Y2', item.accessed?.replaceAll('-', '/') ?? null],
    ['M3', item.docType],
    ['AN', item.indexNumber],
    ['PB', item.publisher],
    ['DB', item.archive],
    ['LA', 'zh-CN'],
    ['ER', ''],
  ];
  return `${lines
    .filter(([, value]) => value !== null)
    .map(([tag, value]) => `${tag}  - ${value?.replace(/\r?\n/g, ' ')}`)
    .join('\r\n')}\r\n`;
}

/**
 * CSL-JSON, the input of citeproc processors and reference managers. The
 * place the document is about is its `jurisdiction`, not `publisher-place`
 * (which styles print as the place of publication).
 */
export function cslJson(item: Citable): string {
  const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });
  const record = {
    id: `zhendang-${item.id}`,
    type: 'report',
    title: item.title,
    ...(item.author ? { author: [{ literal: item.author }] } : {}),
    ...(item.date ? { issued: dateParts(item.date) } : {}),
    ...(item.accessed ? { accessed: dateParts(item.accessed) } : {}),
    URL: item.url,
    ...(item.indexNumber ? { number: item.indexNumber } : {}),
    ...(item.docType ? { genre: item.docType } : {}),
    ...(item.publisher ? { publisher: item.publisher } : {}),
    ...(item.place.length > 0 ? { jurisdiction: item.place.join(' ') } : {}),
    source: item.archive,
    language: 'zh-CN',
  };
  return `${JSON.stringify([record], null, 2)}\n`;
}

/** End with a period, once: "Bologna, C." stays, "下各镇" becomes "下各镇.". */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
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

export const CITATION_FORMATS = [
  { key: 'gbt7714', label: 'GB/T 7714-2015', format: gbt7714 },
  { key: 'apa', label: 'APA 7', format: apa },
  { key: 'chicago', label: 'Chicago', format: chicago },
  { key: 'bibtex', label: 'BibTeX', format: bibtex, file: 'citation.bib', type: 'application/x-bibtex; charset=utf-8' },
  {
    key: 'ris',
    label: 'RIS',
    format: ris,
    file: 'citation.ris',
    type: 'application/x-research-info-systems; charset=utf-8',
  },
  {
    key: 'csl',
    label: 'CSL-JSON',
    format: cslJson,
    file: 'citation.json',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  },
] as const;
