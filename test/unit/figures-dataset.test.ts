/** The figures dataset (src/lib/figures-dataset.ts) and the static charts (src/lib/figure-chart.ts), without a build. */
import { describe, expect, it } from 'vitest';
import { barChart, displayUnit, yearChart } from '../../src/lib/figure-chart.ts';
import { FIGURE_COLUMNS, figureRows, figuresCsv, figuresCsvMetadata } from '../../src/lib/figures-dataset.ts';
import { townIndicators } from '../../src/lib/town-figures.ts';
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

const record = (id: string, figures: Figure[]) =>
  ({
    id,
    title: '天目山镇2023年工作总结',
    town: '天目山镇',
    county: '临安区',
    city: '杭州市',
    province: '浙江省',
    date: '2024-01-05',
    dateWritten: null,
    figures,
  }) as unknown as Report;

describe('the figures CSV', () => {
  it('has a header of the column names and a row per figure, quoting what RFC 4180 asks', () => {
    const csv = figuresCsv(
      figureRows([
        record('0123456789ab', [
          figure({ sentence: '他说"增长",很好\n下一行', growth: { printed: '同比增长8%', number: 8, unit: '%' } }),
        ]),
      ]),
    );
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(FIGURE_COLUMNS.map(([name]) => name).join(','));
    expect(row).toContain(
      '0123456789ab,1,天目山镇,临安区,杭州市,浙江省,2024-01-05,reports/0123456789ab/#p-0123abcd,固定资产投资',
    );
    expect(row).toContain(',3.6,3.6,亿元,360000000,元,');
    expect(row).toContain(',8,%,同比增长8%,"他说""增长"",很好\n下一行"');
    expect(end).toBe('');
  });

  it('writes large and small values as decimals, never in exponent form', () => {
    const csv = figuresCsv(
      figureRows([record('0123456789ab', [figure({ number: 0.0000002, value: '0.0000002', unit: '万元' })])]),
    );
    expect(csv).toContain(',0.0000002,0.0000002,万元,0.002,元,');
    expect(csv).not.toMatch(/\de[+-]?\d/);
  });

  it('declares every column with a title in Chinese, its datatype, and the key', () => {
    const metadata = figuresCsvMetadata('https://archive.example.org/');
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
      /^<svg class="figure-chart" viewBox="0 0 320 168" role="img" aria-labelledby="[^"]+-t [^"]+-d"/,
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
});
