/**
 * The key figures as the built site publishes them (issue 24): a CSV a
 * province in /figures/, each read with the CSV-W metadata of the table
 * group (/figures/csv-metadata.json) by an independent parser, every figure's ¶
 * link an anchor of its document's page, the towns' JSON files, charts and
 * indicator pages. Reads the shared archives of the seeds and fixtures
 * (test/helpers/shared-archives.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/store/read-document.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import { parseCsvw } from '../helpers/csvw.ts';
import type { BuiltArchive } from '../helpers/run.ts';
import { sharedArchive } from '../helpers/shared-archives.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** The lexical forms of the datatypes the metadata uses (XML Schema 1.1 part 2). */
const LEXICAL: Record<string, RegExp> = {
  string: /^[\s\S]*$/,
  integer: /^[+-]?\d+$/,
  decimal: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  gYear: /^\d{4}$/,
  anyURI: /^\S+$/,
};

/** RFC 4180 rows: a cell is quoted (and may then hold commas, quotes and line breaks) or runs to the next comma or CRLF. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  for (const [, cell, end] of text.matchAll(/("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/g)) {
    rows.at(-1)!.push(cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!);
    if (end === '\r\n') rows.push([]);
  }
  return rows.filter((row) => row.length > 0);
}

describe.each([
  ['/', 'seeds'],
  ['/zhendang/', 'seedsWithProvenanceAtSubPath'],
] as const)('the key figures of the archive built for %s', (base, name) => {
  let archive: BuiltArchive;
  let records: Report[];
  let header: string[];
  let rows: Record<string, string>[];
  let tables: Map<string, string>;
  let metadata: {
    tables: { url: string; 'dc:spatial': string; 'dc:temporal'?: string }[];
    dialect: { header: boolean; encoding: string; lineTerminators: string[] };
    tableSchema: {
      columns: { name: string; titles: Record<string, string>; datatype: string; required: boolean }[];
      primaryKey: string[];
      aboutUrl: string;
    };
  };

  beforeAll(() => {
    archive = sharedArchive(name);
    records = readdirSync(join(archive.root, 'content', 'reports')).map(
      (file) => readDocument(readFileSync(join(archive.root, 'content', 'reports', file), 'utf8')).record,
    );
    metadata = JSON.parse(readFileSync(join(archive.dist, 'figures', 'csv-metadata.json'), 'utf8'));
    tables = new Map(
      metadata.tables.map(({ url }) => [url, readFileSync(join(archive.dist, 'figures', url), 'utf8')] as const),
    );
    rows = [];
    for (const text of tables.values()) {
      const [first, ...rest] = csvRows(text);
      header = first!;
      rows.push(...rest.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i]!]))));
    }
  });

  it('has a row for every figure of every document, with value, unit, kind and a ¶ link', () => {
    const figures = records.flatMap((record) => (record.figures ?? []).map((figure) => ({ record, figure })));
    expect(figures.length).toBeGreaterThan(100);
    expect(rows).toHaveLength(figures.length);
    for (const { record, figure } of figures) {
      expect(rows).toContainEqual(
        expect.objectContaining({
          document: record.id,
          value: String(figure.number),
          value_printed: figure.value,
          unit: figure.unit,
          kind: figure.kind,
          paragraph: `../reports/${record.id}/#${figure.paragraph}`,
        }),
      );
    }
  });

  it("has a file a province and year, each listed in the metadata with both, and each row in its document's province and year", () => {
    const files = readdirSync(join(archive.dist, 'figures')).filter((name) => name.endsWith('.csv'));
    expect(files.sort()).toEqual([...tables.keys()].sort());
    expect(files.length).toBeGreaterThan(3);
    expect(metadata.tables).toContainEqual({ url: '浙江省-2024.csv', 'dc:spatial': '浙江省', 'dc:temporal': '2024' });
    const yearOf = new Map(records.map((record) => [record.id, (record.date ?? record.dateWritten)?.slice(0, 4)]));
    for (const { url, 'dc:spatial': province, 'dc:temporal': year } of metadata.tables) {
      expect(url).toBe(`${province}-${year ?? '年份不详'}.csv`);
      for (const cells of csvRows(tables.get(url)!).slice(1)) {
        expect(cells[header.indexOf('province')] || '未定位', url).toBe(province);
        expect(yearOf.get(cells[header.indexOf('document')]!), url).toBe(year);
      }
    }
  });

  it("holds the seeds' key figures: 天目山镇's target for 规上工业总产值 by 2026", () => {
    expect(rows).toContainEqual(
      expect.objectContaining({
        town: '天目山镇',
        indicator_normalised: '规上工业总产值',
        value: '10.5',
        unit: '亿元',
        value_base: '1050000000',
        kind: '目标',
        period: '到2026年',
        year: '2026',
      }),
    );
  });

  it('links every figure to a paragraph that exists on its document page, numbered ¶ in its table', () => {
    const pages = new Map<string, string>();
    for (const row of rows) {
      const [path, anchor] = row.paragraph!.split('#');
      // Relative to the CSV's folder, /figures/.
      if (!pages.has(path!)) pages.set(path!, readFileSync(join(archive.dist, 'figures', path!, 'index.html'), 'utf8'));
      const html = pages.get(path!)!;
      expect(html, row.paragraph).toContain(`<p id="${anchor}">`);
      expect(html).toContain(`<tr id="figure-${row.figure}"`);
      expect(html).toContain(`href="#${anchor}"`);
    }
  });

  it('is read with its CSV-W metadata by an independent parser: every column declared, every cell of its datatype', async () => {
    expect(metadata.tableSchema.columns.map(({ titles }) => titles.en)).toEqual(header);
    const quads: Awaited<ReturnType<typeof parseCsvw>> = [];
    // Each table of the group, with the schema and dialect it inherits from the group, at its own address.
    for (const [url, text] of tables) {
      const address = new URL(url, `https://archive.example.org${base}figures/`).href;
      quads.push(
        ...(await parseCsvw(text, { url, dialect: metadata.dialect, tableSchema: metadata.tableSchema }, address)),
      );
    }
    const rowsDescribed = quads.filter(({ predicate }) => predicate.value === 'http://www.w3.org/ns/csvw#describes');
    expect(rowsDescribed).toHaveLength(rows.length);
    // Each row is about its figure's address on the document page (aboutUrl), resolved against the CSV's.
    expect(rowsDescribed[0]!.object.value).toBe(
      `https://archive.example.org${base}reports/${rows[0]!.document}/#figure-1`,
    );
    for (const column of metadata.tableSchema.columns) {
      const cells = quads.filter(({ predicate }) => predicate.value.endsWith(`#${column.name}`));
      const filled = rows.filter((row) => row[column.name] !== '').length;
      expect(cells, column.name).toHaveLength(filled);
      for (const cell of cells) {
        expect(cell.object.datatype?.value, column.name).toBe(`${XSD}${column.datatype}`);
        expect(cell.object.value, column.name).toMatch(LEXICAL[column.datatype]!);
      }
      if (column.required) expect(filled, `${column.name} is required`).toBe(rows.length);
    }
  });

  it('has a unique primary key', () => {
    const keys = rows.map((row) => metadata.tableSchema.primaryKey.map((column) => row[column]).join(' '));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("links a town's page to its province's file, and gives it the charts with the numbers as text", () => {
    const town = '浙江省/杭州市/临安区/天目山镇';
    expect(existsSync(join(archive.dist, 'figures', 'towns'))).toBe(false);
    const page = readFileSync(join(archive.dist, 'places', town, 'index.html'), 'utf8');
    expect(page).toContain('<svg class="figure-chart"');
    expect(page).toMatch(/role="figure" aria-labelledby="chart-[^"]+-t chart-[^"]+-d"/);
    // The chart's numbers stand beside it in a table, and its points link to the sentences.
    expect(page).toContain('<td class="number">11.1亿元</td>');
    expect(page).toMatch(
      new RegExp(
        `<a href="${base}reports/7c88cf9a948c/#p-[0-9a-f]{8}"><title>固定资产投资 2021年 11.1亿元（实际）</title>`,
      ),
    );
    expect(page).toContain(`href="${base}figures/#${encodeURIComponent('csv-浙江省')}"`);
    expect(page).toContain('county 列为临安区，town 列为天目山镇');
    expect(rows.filter((row) => row.county === '临安区' && row.town === '天目山镇').length).toBeGreaterThan(10);
  });

  it('points a town whose figures no chart can show (no normalised indicator) to its rows, without a chart', () => {
    const byTown = Map.groupBy(
      rows.filter((row) => row.town),
      (row) => [row.province, row.city, row.county, row.town].join('/'),
    );
    const unchartable = [...byTown].filter(
      ([town, figures]) =>
        figures.every((row) => !row.indicator_normalised) &&
        existsSync(join(archive.dist, 'places', town, 'index.html')),
    );
    expect(unchartable.length).toBeGreaterThan(0);
    for (const [town, figures] of unchartable) {
      const page = readFileSync(join(archive.dist, 'places', town, 'index.html'), 'utf8');
      expect(page, town).not.toContain('<svg class="figure-chart"');
      expect(page, town).toContain(`href="${base}figures/#${encodeURIComponent(`csv-${figures[0]!.province}`)}"`);
    }
  });

  it("compares a county's towns on its page, an indicator at a time, each linked from the indicator's page", () => {
    const index = readFileSync(join(archive.dist, 'figures', 'index.html'), 'utf8');
    expect(index).toContain(`<li id="csv-浙江省">`);
    expect(index).toContain(`href="${base}figures/${encodeURIComponent('浙江省-2024.csv')}"`);
    expect(index).toContain(`href="${base}figures/csv-metadata.json"`);
    expect(index).toContain(`href="${base}figures/fixed-asset-investment/"`);
    expect(existsSync(join(archive.dist, 'figures', 'retail-sales', 'index.html'))).toBe(true);
    const indicatorPage = readFileSync(join(archive.dist, 'figures', 'fixed-asset-investment', 'index.html'), 'utf8');
    const county = ['浙江省', '杭州市', '临安区'];
    const comparison = `${base}places/${county.map(encodeURIComponent).join('/')}/#figures-fixed-asset-investment`;
    expect(indicatorPage).toContain(`href="${comparison}"`);
    expect(indicatorPage).toContain('仙居县');
    // The indicator's page lists counties; the bars and the numbers are on the county's page.
    expect(indicatorPage).not.toContain('<svg');
    const countyPage = readFileSync(join(archive.dist, 'places', ...county, 'index.html'), 'utf8');
    const section = countyPage.slice(countyPage.indexOf('id="figures-fixed-asset-investment"'));
    expect(section).toContain('<svg class="figure-chart"');
    expect(section).toMatch(/<td class="nowrap">天目山镇<\/td>\s*<td class="nowrap">\d{4}<\/td>/);
    expect(section).toMatch(new RegExp(`<a href="${base}reports/7c88cf9a948c/#p-[0-9a-f]{8}">`));
    // A town's chart links to its county's comparison.
    const townPage = readFileSync(join(archive.dist, 'places', ...county, '天目山镇', 'index.html'), 'utf8');
    expect(townPage).toContain(`href="${comparison}"`);
  });
});
