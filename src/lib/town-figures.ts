/**
 * A place's key figures arranged for its pages: for a town, each normalised
 * indicator across years (a chart and the table of its numbers); for a
 * county, its towns side by side, an indicator at a time. Only figures with a
 * normalised indicator, an amount (not a growth rate) and a year are shown;
 * the rest stay in the document's own table and in the dataset.
 *
 *   townIndicators([record], href) → [{ indicator: { name: "固定资产投资", … }, chart: { unit: "亿元", points: […] }, rows: […] }]
 */
import { INDICATORS, type Indicator, inBaseUnit } from '../shared/figure-vocabulary.ts';
import type { Figure, Report } from '../shared/report-schema.ts';
import { type Bar, type Chart, type ChartPoint, displayUnit, formatValue } from './figure-chart.ts';

export interface ShownFigure {
  record: Report;
  figure: Figure;
  year: number;
  /** In the base unit. */
  base: number;
  baseUnit: string;
  href: string;
}

export interface IndicatorSeries {
  indicator: Indicator;
  chart: Chart;
  rows: (ShownFigure & { shown: string })[];
}

export type FigureHref = (record: Report, figure: Figure) => string;

/** A figure a chart may show: of a normalised indicator, an amount, and a year. */
export function isChartable(figure: Figure): figure is Figure & { indicatorNormalised: string; year: number } {
  return figure.indicatorNormalised !== null && figure.measure === 'level' && figure.year !== null;
}

/** The figures a chart may show, oldest year first, then in document order. */
export function chartableFigures(records: Report[], href: FigureHref): ShownFigure[] {
  return records
    .flatMap((record) =>
      (record.figures ?? []).flatMap((figure) => {
        if (!isChartable(figure)) return [];
        const base = inBaseUnit(figure.number, figure.unit);
        return [
          { record, figure, year: figure.year, base: base.value, baseUnit: base.unit, href: href(record, figure) },
        ];
      }),
    )
    .sort((a, b) => a.year - b.year || byId(a.record, b.record));
}

// Ids are 12 lower-case hex digits (report-schema.ts): their code units sort as a collator would, without one.
const byId = (a: Report, b: Report) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function townIndicators(records: Report[], href: FigureHref, idPrefix = 'chart'): IndicatorSeries[] {
  const shown = chartableFigures(records, href);
  return INDICATORS.flatMap((indicator) => {
    const all = shown.filter(({ figure }) => figure.indicatorNormalised === indicator.name);
    // One base unit per chart: the one most of its figures are in (元 for an amount of money).
    const baseUnit = mostCommon(all.map(({ baseUnit }) => baseUnit));
    const mine = all.filter((item) => item.baseUnit === baseUnit);
    if (mine.length === 0) return [];
    const { unit, factor } = displayUnit(baseUnit!, Math.max(...mine.map(({ base }) => base)));
    const label = (item: ShownFigure) =>
      `${item.year}年 ${formatValue(item.base / factor)}${unit}（${item.figure.kind}）`;
    const points: ChartPoint[] = mine.map((item) => ({
      year: item.year,
      value: item.base,
      kind: item.figure.kind,
      href: item.href,
      label: `${indicator.name} ${label(item)}`,
    }));
    const years = [...new Set(mine.map(({ year }) => year))];
    return [
      {
        indicator,
        chart: {
          id: `chart-${idPrefix}-${indicator.slug}`,
          title: indicator.name,
          description: `${indicator.name}，${Math.min(...years)}–${Math.max(...years)}年，${mine.length} 个数据点，单位${unit}；数值见下表。`,
          unit,
          factor,
          points,
        },
        rows: mine.map((item) => ({ ...item, shown: `${formatValue(item.base / factor)}${unit}` })),
      },
    ];
  });
}

/** Whether a comparison of towns may show a figure: a chartable figure of the indicator, not a target. */
function isComparable(figure: Figure, indicator: Indicator): boolean {
  return isChartable(figure) && figure.indicatorNormalised === indicator.name && figure.kind !== '目标';
}

/** The anchor of an indicator's comparison on its county's page: /places/浙江省/杭州市/临安区/#figures-retail-sales. */
export function comparisonAnchor(indicator: Indicator): string {
  return `figures-${indicator.slug}`;
}

/**
 * The counties whose pages compare their towns by this indicator, in the order of their names, with how many of
 * their towns have a figure of it: what /figures/<indicator>/ lists, without charting the archive.
 */
export function comparedCounties(records: Report[], indicator: Indicator): { names: string[]; towns: number }[] {
  const towns = new Map<string, Set<string>>();
  // Each document looked at once, nothing sorted or charted: /figures/<indicator>/ asks this of the whole archive.
  for (const record of records) {
    if (!(record.figures ?? []).some((figure) => isComparable(figure, indicator))) continue;
    const { province, city, county, town } = record;
    if (!county || !town) continue;
    const key = [province, city, county].join('/');
    if (!towns.has(key)) towns.set(key, new Set());
    towns.get(key)!.add(town);
  }
  return [...towns.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([key, names]) => ({ names: key.split('/'), towns: names.size }));
}

/** Whether these records' county compares their towns by this indicator: a town's targets alone are not compared. */
export function isCompared(records: Report[], indicator: Indicator): boolean {
  return comparedCounties(records, indicator).length > 0;
}

/**
 * For one indicator, each county's towns side by side by their latest figure (an achieved one before an estimate of
 * the same year), a bar and a row a town: a county's page holds its own, so its size follows its towns, not its
 * documents (a town's page has every year). `figures`: chartableFigures() of the county's documents, made once for
 * all the indicators.
 *
 *   countyComparisons(chartableFigures(records, href), investment) → [{ names: ['浙江省', '杭州市', '临安区'], bars: […], … }]
 */
export function countyComparisons(figures: ShownFigure[], indicator: Indicator) {
  const shown = figures.filter(({ figure }) => isComparable(figure, indicator));
  const counties = new Map<string, ShownFigure[]>();
  for (const item of shown) {
    const { province, city, county, town } = item.record;
    if (!county || !town) continue;
    const key = [province, city, county].join('/');
    if (!counties.has(key)) counties.set(key, []);
    counties.get(key)!.push(item);
  }
  return [...counties.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([key, items]) => {
      const towns = [...new Set(items.map(({ record }) => record.town!))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
      const latest = towns.map((town) => {
        const mine = items.filter(({ record }) => record.town === town);
        const year = Math.max(...mine.map((item) => item.year));
        const ofYear = mine.filter((item) => item.year === year);
        return ofYear.find(({ figure }) => figure.kind === '实际') ?? ofYear[0]!;
      });
      const baseUnit = mostCommon(latest.map((item) => item.baseUnit))!;
      const { unit, factor } = displayUnit(
        baseUnit,
        Math.max(...items.filter((item) => item.baseUnit === baseUnit).map(({ base }) => base)),
      );
      const inUnit = (item: ShownFigure) => `${formatValue(item.base / factor)}${unit}`;
      const bars: Bar[] = latest
        .filter((item) => item.baseUnit === baseUnit)
        .map((item) => ({
          label: item.record.town!,
          value: item.base,
          kind: item.figure.kind,
          href: item.href,
          title: `${item.record.town} ${item.year}年 ${inUnit(item)}（${item.figure.kind}）`,
        }));
      const names = key.split('/');
      return {
        names,
        unit,
        factor,
        rows: latest.filter((item) => item.baseUnit === baseUnit).map((item) => ({ ...item, shown: inUnit(item) })),
        bars,
      };
    });
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
