/**
 * The key figures as a dataset: one row per figure of every document, in
 * catalog order, one CSV file a province and year of the documents
 * (/figures/浙江省-2024.csv; documents of no known province under 未定位,
 * of no known year in 浙江省-年份不详.csv), all described by one CSV-W
 * table group, /figures/csv-metadata.json, where a CSV-W processor given any
 * of the files looks for it. A file a province and year, not a province:
 * a day's new documents rewrite their year's files, not their provinces'
 * (at 100,000 documents, 3 GB of CSV rewritten by every update, four
 * minutes of its build: docs/scaling.md). Values are the record's
 * (src/shared/report-schema.ts FigureSchema); nothing is added but the
 * document's place and date, the figure's number in its document, and the
 * value in its unit's base unit.
 *
 * A file is written as a stream, a document's rows at a time: the table is
 * never one string (at 15 KB of CSV a document, the archive's would pass
 * V8's limit of 2^29 characters at about 34,000 documents).
 *
 *   recordRows(record) → [{ document: "7c88cf9a948c", figure: 1, paragraph: "../reports/7c88cf9a948c/#p-3f2a9c1e",
 *                           indicator: "低产田改造", value: 700, unit: "亩", kind: "实际", … }]
 *   figureTables(records) → [{ province: "浙江省", year: "2024", file: "浙江省-2024.csv", records: […] }, …]
 */
import { figuresFile } from '../shared/figure-files.ts';
import { inBaseUnit } from '../shared/figure-vocabulary.ts';
import { recordYear, UNPLACED } from '../shared/record-facts.ts';
import type { Report } from '../shared/report-schema.ts';
import { streamedBody } from './streamed-file.ts';

/** The folder of the dataset's files, from the site's root; a paragraph's address in a row is relative to it. */
export const FIGURES_FOLDER = 'figures/';
/** The CSV-W metadata of every table, where a processor looks for it beside a CSV file (CSV-W, 5.3 Default Locations). */
export const FIGURES_METADATA = 'csv-metadata.json';

/** The columns, in order: name, title (zh-Hans), CSV-W datatype, whether every row has it, and what it holds. */
export const FIGURE_COLUMNS = [
  ['document', '文档编号', 'string', true, 'The permanent id of the document: its page is reports/<document>/.'],
  ['figure', '序号', 'integer', true, "The figure's place among the document's figures, from 1."],
  ['town', '乡镇（街道）', 'string', false, 'The town of the document, as its record gives it.'],
  ['county', '县（市、区）', 'string', false, 'Its county.'],
  ['city', '市', 'string', false, 'Its city.'],
  ['province', '省', 'string', false, 'Its province.'],
  ['date', '发布日期', 'date', false, "The document's publication date."],
  [
    'paragraph',
    '段落链接',
    'anyURI',
    true,
    'The paragraph the figure stands in, on the document page (relative to this file: ../reports/<document>/#p-…).',
  ],
  ['indicator', '指标（原文）', 'string', true, 'The indicator as printed.'],
  [
    'indicator_normalised',
    '指标（规范名称）',
    'string',
    false,
    "The indicator's name in the vocabulary, where it is one of its printed names.",
  ],
  ['measure', '度量', 'string', true, 'level: the amount; growth: a growth rate printed alone.'],
  ['value', '数值', 'decimal', true, 'The value as a number, in `unit`.'],
  [
    'value_printed',
    '数值（原文）',
    'string',
    true,
    'The value as printed (full-width digits and Chinese numerals as they stand).',
  ],
  ['unit', '单位', 'string', true, 'The unit as printed.'],
  ['value_base', '数值（基本单位）', 'decimal', true, 'The value in the base unit of `unit` (万元 → 元).'],
  ['unit_base', '基本单位', 'string', true, 'That base unit.'],
  [
    'qualifier',
    '限定词',
    'string',
    false,
    'A word that makes the value a bound or an estimate: 余, 多, 以上, 左右, 近, 约, 超, 突破.',
  ],
  ['period', '时期（原文）', 'string', false, 'The period as the sentence prints it.'],
  ['year', '年份', 'gYear', false, 'The calendar year the figure is for, from its period or its section heading.'],
  ['kind', '类别', 'string', true, '实际 (achieved), 预计 (estimated) or 目标 (target).'],
  ['cue', '判断依据', 'string', false, 'The word or heading that set `kind`.'],
  ['growth', '增长', 'decimal', false, 'The growth the text ties to the figure, signed.'],
  ['growth_unit', '增长单位', 'string', false, '% or 个百分点.'],
  ['growth_printed', '增长（原文）', 'string', false, 'That growth as printed.'],
  ['sentence', '原句', 'string', true, 'The sentence the figure stands in, as printed.'],
] as const;

export type FigureColumn = (typeof FIGURE_COLUMNS)[number][0];
export type FigureRow = Record<FigureColumn, string | number | null>;

/** The rows of one document's figures, in its order. */
export function recordRows(record: Report): FigureRow[] {
  return (record.figures ?? []).map((figure, index): FigureRow => {
    const base = inBaseUnit(figure.number, figure.unit);
    return {
      document: record.id,
      figure: index + 1,
      town: record.town,
      county: record.county,
      city: record.city,
      province: record.province,
      date: record.date,
      paragraph: `../reports/${record.id}/#${figure.paragraph}`,
      indicator: figure.indicator,
      indicator_normalised: figure.indicatorNormalised,
      measure: figure.measure,
      value: figure.number,
      value_printed: figure.value,
      unit: figure.unit,
      value_base: base.value,
      unit_base: base.unit,
      qualifier: figure.qualifier,
      period: figure.period,
      year: figure.year,
      kind: figure.kind,
      cue: figure.cue,
      growth: figure.growth?.number ?? null,
      growth_unit: figure.growth?.unit ?? null,
      growth_printed: figure.growth?.printed ?? null,
      sentence: figure.sentence,
    };
  });
}

export interface FigureTable<T = Report> {
  /** The province's name, or UNPLACED. */
  province: string;
  /** The year of its documents (of publication, else of writing: recordYear), or null for those of no known year. */
  year: string | null;
  /** The file's name in FIGURES_FOLDER: 浙江省-2024.csv. */
  file: string;
  /** Its documents with figures, in the order given (the catalog's). */
  records: T[];
}

/** The id of a province's list of files on the figures page (/figures/#csv-浙江省), where a place page links. */
export function datasetAnchor(province: string): string {
  return `csv-${province}`;
}

/**
 * A table a province and year, by province's name and then oldest first (no
 * known year last), each holding its documents with figures: the site's
 * records hold their number only (src/lib/record-figures.ts), which
 * `figureCount` says.
 */
export function figureTables<T extends Pick<Report, 'province' | 'date' | 'dateWritten'>>(
  records: Iterable<T>,
  figureCount: (record: T) => number,
): FigureTable<T>[] {
  const byFile = new Map<string, FigureTable<T>>();
  for (const record of records) {
    if (figureCount(record) === 0) continue;
    const province = record.province ?? UNPLACED;
    const year = recordYear(record);
    const file = figuresFile(province, year);
    if (!byFile.has(file)) byFile.set(file, { province, year, file, records: [] });
    byFile.get(file)!.records.push(record);
  }
  // '~' sorts after every digit: a province's documents of no known year come after its years.
  const order = ({ province, year }: FigureTable<T>) => `${province}\0${year ?? '~'}`;
  return [...byFile.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

/** One document's rows as CSV text, RFC 4180, CRLF line ends; '' for a document without figures. */
export function documentCsv(record: Report): string {
  return recordRows(record)
    .map((row) => csvLine(FIGURE_COLUMNS.map(([name]) => cell(row[name]))))
    .join('');
}

/**
 * RFC 4180 CSV, UTF-8, CRLF line ends: the header row of the column names,
 * then each document's rows (`rowsOf`, as `documentCsv` writes them) as one
 * piece, taken from `records` only when the piece before it has been read.
 * An empty cell is a value the record does not give.
 */
export function* figuresCsvPieces<T>(records: Iterable<T>, rowsOf: (record: T) => string): Generator<string> {
  yield csvLine(FIGURE_COLUMNS.map(([name]) => name));
  for (const record of records) {
    const rows = rowsOf(record);
    if (rows.length > 0) yield rows;
  }
}

/** The CSV as a byte stream that asks for the next piece only when its reader pulls (a Response's body). */
export function figuresCsvStream<T>(records: Iterable<T>, rowsOf: (record: T) => string): ReadableStream<Uint8Array> {
  return streamedBody(figuresCsvPieces(records, rowsOf));
}

function csvLine(cells: string[]): string {
  return `${cells.map(quote).join(',')}\r\n`;
}

/**
 * The CSV-W metadata of the dataset (W3C tabular-metadata): a table group of
 * the provinces' files of each year, whose one schema (columns, datatypes, key) and
 * dialect every table inherits; each table says its province and the year
 * of its documents.
 */
export function figuresCsvMetadata(siteUrl: string, tables: Pick<FigureTable, 'province' | 'year' | 'file'>[]) {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'zh-Hans' }],
    'dc:title': '镇档：乡镇文件中的关键数据',
    'dc:description':
      '从镇档收存的乡镇政府文件中读出的关键数据，每行一项：指标、数值、单位、时期、类别（实际、预计、目标），并链接到原文段落。读不准的数据不收录。每省每年一个文件（年份为文件的发布年份），列相同。',
    'dc:source': siteUrl,
    'dc:license': { '@id': 'https://creativecommons.org/publicdomain/zero/1.0/' },
    tables: tables.map(({ province, year, file }) => ({
      url: file,
      'dc:spatial': province,
      ...(year ? { 'dc:temporal': year } : {}),
    })),
    dialect: { header: true, encoding: 'utf-8', lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: FIGURE_COLUMNS.map(([name, title, datatype, required, description]) => ({
        name,
        titles: { en: name, 'zh-Hans': title },
        datatype,
        required,
        'dc:description': { '@value': description, '@language': 'en' },
      })),
      primaryKey: ['document', 'figure'],
      aboutUrl: '../reports/{document}/#figure-{figure}',
    },
  };
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? decimal(value) : value;
}

/** A number as a decimal literal, never in exponent form (xsd:decimal has none). */
function decimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
