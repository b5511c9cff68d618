/** The figures dataset (src/lib/figures-dataset.ts) and the static charts (src/lib/figure-chart.ts), without a build. */
import { describe, expect, it } from 'vitest';
import { barChart, displayUnit, yearChart } from '../../src/lib/figure-chart.ts';
import {
  documentCsv,
  FIGURE_COLUMNS,
  figuresCsvMetadata,
  figuresCsvPieces,
  figuresCsvStream,
  figureTables,
} from '../../src/lib/figures-dataset.ts';
import {
  chartableFigures,
  comparedCounties,
  countyComparisons,
  isCompared,
  townIndicators,
} from '../../src/lib/town-figures.ts';
import { figuresFileProvince } from '../../src/shared/figure-files.ts';
import { INDICATORS } from '../../src/shared/figure-vocabulary.ts';
import type { Figure, Report } from '../../src/shared/report-schema.ts';

const figure = (overrides: Partial<Figure>): Figure => ({
  indicator: '固定资产投资',
  indicatorNormalised: '固定资产投资',
  measure: 'level',
  value: '3.6',
  number: 3.6,
  unit: '亿元',
  qualifier: null,
  period: '2023年',
  year: 2023,
  kind: '实际',
  cue: null,
  growth: null,
  paragraph: 'p-0123abcd',
  sentence: '2023年，全镇完成固定资产投资3.6亿元。',
  ...overrides,
});

const record = (
  id: string,
  figures: Figure[],
  province: string | null = '浙江省',
  date: string | null = '2024-01-05',
) =>
  ({
    id,
    title: '天目山镇2023年工作总结',
    town: '天目山镇',
    county: '临安区',
    city: '杭州市',
    province,
    date,
    dateWritten: null,
    figures,
  }) as unknown as Report;

describe('the figures CSV', () => {
  it('has a header of the column names and a row per figure, quoting what RFC 4180 asks', () => {
    const csv = [
      ...figuresCsvPieces(
        [
          record('0123456789ab', [
            figure({ sentence: '他说"增长",很好\n下一行', growth: { printed: '同比增长8%', number: 8, unit: '%' } }),
          ]),
        ],
        documentCsv,
      ),
    ].join('');
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(FIGURE_COLUMNS.map(([name]) => name).join(','));
    expect(row).toContain(
      '0123456789ab,1,天目山镇,临安区,杭州市,浙江省,2024-01-05,../reports/0123456789ab/#p-0123abcd,固定资产投资',
    );
    expect(row).toContain(',3.6,3.6,亿元,360000000,元,');
    expect(row).toContain(',8,%,同比增长8%,"他说""增长"",很好\n下一行"');
    expect(end).toBe('');
  });

  it('writes large and small values as decimals, never in exponent form', () => {
    const csv = [
      ...figuresCsvPieces(
        [record('0123456789ab', [figure({ number: 0.0000002, value: '0.0000002', unit: '万元' })])],
        documentCsv,
      ),
    ].join('');
    expect(csv).toContain(',0.0000002,0.0000002,万元,0.002,元,');
    expect(csv).not.toMatch(/\de[+-]?\d/);
  });

  it('writes a table a province and year of the documents, oldest first, in the order given within a table', () => {
    const tables = figureTables(
      [
        record('000000000001', [figure({})], '浙江省', '2024-03-01'),
        record('000000000002', [], '湖南省'),
        record('000000000003', [figure({})], null),
        record('000000000004', [figure({})], '浙江省', '2023-12-31'),
        record('000000000005', [figure({})], '浙江省', null),
        record('000000000006', [figure({})], '浙江省', '2024-01-02'),
      ],
      (record) => record.figures?.length ?? 0,
    );
    expect(tables.map(({ file, records }) => [file, records.map(({ id }) => id)])).toEqual([
      ['未定位-2024.csv', ['000000000003']],
      ['浙江省-2023.csv', ['000000000004']],
      ['浙江省-2024.csv', ['000000000001', '000000000006']],
      ['浙江省-年份不详.csv', ['000000000005']],
    ]);
    expect(tables.map(({ province, year }) => [province, year])).toContainEqual(['浙江省', null]);
    expect(tables.map(({ file }) => figuresFileProvince(file))).toEqual(['未定位', '浙江省', '浙江省', '浙江省']);
  });

  it('writes a document at a time, taking the next record only when the piece before has been read', () => {
    // Records handed out one by one, counting how many the writer has taken: it never holds more than the one it writes.
    let taken = 0;
    function* records() {
      for (let n = 1; n <= 1000; n++) {
        taken++;
        yield record(n.toString(16).padStart(12, '0'), [figure({}), figure({ indicator: '财政收入' })]);
      }
    }
    const pieces = figuresCsvPieces(records(), documentCsv);
    expect(pieces.next().value).toBe(`${FIGURE_COLUMNS.map(([name]) => name).join(',')}\r\n`);
    expect(taken).toBe(0);
    for (let n = 1; n <= 1000; n++) {
      const piece = pieces.next().value as string;
      expect(taken).toBe(n);
      expect(piece.split('\r\n')).toHaveLength(3);
      expect(piece).toMatch(new RegExp(`^${n.toString(16).padStart(12, '0')},1,`));
    }
    expect(pieces.next().done).toBe(true);
  });

  it("streams its bytes as they are read: a reader's first chunk takes one record, the whole stream all of them", async () => {
    let taken = 0;
    function* records() {
      for (let n = 1; n <= 3; n++) {
        taken++;
        yield record(`00000000000${n}`, [figure({})]);
      }
    }
    const reader = figuresCsvStream(records(), documentCsv).getReader();
    const chunks = [(await reader.read()).value!];
    // A ReadableStream pulls one piece ahead of its reader (highWaterMark 1): the header, then one document.
    expect(taken).toBeLessThanOrEqual(1);
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(taken).toBe(3);
    expect(chunks).toHaveLength(4);
    expect(new TextDecoder().decode(Buffer.concat(chunks)).split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('declares every column with a title in Chinese, its datatype, and the key, for every table of a province and year', () => {
    const metadata = figuresCsvMetadata('https://archive.example.org/', [
      { province: '浙江省', year: '2024', file: '浙江省-2024.csv' },
      { province: '湖南省', year: null, file: '湖南省-年份不详.csv' },
    ]);
    expect(metadata.tables).toEqual([
      { url: '浙江省-2024.csv', 'dc:spatial': '浙江省', 'dc:temporal': '2024' },
      { url: '湖南省-年份不详.csv', 'dc:spatial': '湖南省' },
    ]);
    expect(metadata.tableSchema.aboutUrl).toBe('../reports/{document}/#figure-{figure}');
    expect(metadata.tableSchema.columns.map(({ name }) => name)).toEqual(FIGURE_COLUMNS.map(([name]) => name));
    expect(metadata.tableSchema.columns.find(({ name }) => name === 'value')).toMatchObject({
      datatype: 'decimal',
      required: true,
      titles: { en: 'value', 'zh-Hans': '数值' },
    });
    expect(metadata.tableSchema.primaryKey).toEqual(['document', 'figure']);
  });
});

describe('the charts', () => {
  it('counts money in 亿元 or 万元 by the largest value, and other units as they are', () => {
    expect(displayUnit('元', 1.1e9)).toEqual({ unit: '亿元', factor: 1e8 });
    expect(displayUnit('元', 67_000_000)).toEqual({ unit: '万元', factor: 1e4 });
    expect(displayUnit('亩', 16_000)).toEqual({ unit: '万亩', factor: 1e4 });
    expect(displayUnit('%', 99)).toEqual({ unit: '%', factor: 1 });
  });

  it("draws a town's indicator across years, each point a link with its value, text escaped", () => {
    const [series] = townIndicators(
      [
        record('0123456789ab', [figure({}), figure({ year: 2024, number: 4, value: '4', kind: '目标', cue: '力争' })]),
        record('ba9876543210', [figure({ year: 2022, number: 3.1, value: '3.1', kind: '预计' })]),
      ],
      (r, f) => `/reports/${r.id}/#${f.paragraph}&<x>`,
    );
    expect(series!.chart.unit).toBe('亿元');
    expect(series!.rows.map(({ year, shown, figure }) => `${year} ${shown} ${figure.kind}`)).toEqual([
      '2022 3.1亿元 预计',
      '2023 3.6亿元 实际',
      '2024 4亿元 目标',
    ]);
    const svg = yearChart(series!.chart);
    expect(svg).toMatch(
      /^<svg class="figure-chart" viewBox="0 0 320 168" role="figure" aria-labelledby="[^"]+-t [^"]+-d"/,
    );
    expect(svg).toContain('<title id="chart-chart-fixed-asset-investment-t">固定资产投资</title>');
    expect(svg).toContain('href="/reports/0123456789ab/#p-0123abcd&#38;&#60;x&#62;"');
    expect(svg.match(/<a /g)).toHaveLength(3);
    expect(svg).toContain('class="point estimate"');
    expect(svg).toContain('class="point target"');
    expect(svg).toContain('<polyline class="line"');
    expect(yearChart(series!.chart)).toBe(svg);
  });

  it('leaves out of the charts what has no normalised indicator, no year, or is a growth rate', () => {
    const series = townIndicators(
      [
        record('0123456789ab', [
          figure({ indicatorNormalised: null }),
          figure({ year: null }),
          figure({ measure: 'growth', unit: '%' }),
        ]),
      ],
      () => '#',
    );
    expect(series).toEqual([]);
  });

  it('draws towns side by side as bars, each a link', () => {
    const svg = barChart({
      id: 'c',
      title: '临安区 固定资产投资',
      description: '…',
      unit: '亿元',
      factor: 1e8,
      bars: [
        { label: '天目山镇', value: 3.6e8, kind: '实际', href: '/a', title: '天目山镇 2023年 3.6亿元（实际）' },
        { label: '於潜镇', value: 5e8, kind: '预计', href: '/b', title: '於潜镇 2023年 5亿元（预计）' },
      ],
    });
    expect(svg.match(/<rect class="bar /g)).toHaveLength(2);
    expect(svg.match(/<a href=/g)).toHaveLength(2);
    expect(svg).toContain('>天目山镇</text>');
    expect(svg).toContain('class="bar estimate"');
  });

  describe("a county's towns compared", () => {
    const investment = INDICATORS.find(({ name }) => name === '固定资产投资')!;
    const inTown = (id: string, town: string, figures: Figure[]) => ({ ...record(id, figures), town }) as Report;
    const archive = [
      inTown('0123456789ab', '天目山镇', [figure({ year: 2022, number: 3.1, value: '3.1' }), figure({})]),
      inTown('ba9876543210', '天目山镇', [figure({ year: 2023, number: 3.4, value: '3.4', kind: '预计' })]),
      inTown('aaaaaaaaaaaa', '於潜镇', [figure({ year: 2024, number: 5, value: '5', kind: '目标' })]),
      inTown('bbbbbbbbbbbb', '於潜镇', [figure({ year: 2021, number: 2, value: '2' })]),
    ];

    it('gives a town one bar and one row, its latest figure, an achieved one before an estimate, never a target', () => {
      const [county] = countyComparisons(
        chartableFigures(archive, (r) => `/reports/${r.id}/`),
        investment,
      );
      expect(county!.names).toEqual(['浙江省', '杭州市', '临安区']);
      expect(
        county!.rows.map(({ record, year, shown, figure }) => `${record.town} ${year} ${shown} ${figure.kind}`),
      ).toEqual(['天目山镇 2023 3.6亿元 实际', '於潜镇 2021 2亿元 实际']);
      expect(county!.bars.map(({ label, href }) => `${label} ${href}`)).toEqual([
        '天目山镇 /reports/0123456789ab/',
        '於潜镇 /reports/bbbbbbbbbbbb/',
      ]);
    });

    it('lists the counties compared with their towns, and compares no town by its targets alone', () => {
      expect(comparedCounties(archive, investment)).toEqual([{ names: ['浙江省', '杭州市', '临安区'], towns: 2 }]);
      expect(isCompared([archive[2]!], investment)).toBe(false);
      expect(isCompared([archive[3]!], investment)).toBe(true);
    });
  });
});
