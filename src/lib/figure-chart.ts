/**
 * A small static chart of one indicator across years, as an SVG string made
 * at build time (no browser, no library): a line through the achieved and
 * estimated values, targets as hollow diamonds, each point a link to the
 * sentence it came from with its value in a <title>. The SVG is `role="figure"`
 * (an "img" would make its points, links, presentational: axe's nested-interactive)
 * with a <title> and <desc>; the page puts the numbers beside it as a table
 * for screen readers and print. Colours come from the page's stylesheet
 * (src/styles/figures.css), so the chart follows light and dark mode.
 *
 *   yearChart({ title: "固定资产投资", points: [{ year: 2022, value: 3.1e8, … }, …] })
 *   → '<svg viewBox="0 0 320 168" role="figure" …><title …>固定资产投资</title>…</svg>'
 */
import type { Figure } from '../shared/report-schema.ts';

export interface ChartPoint {
  year: number;
  /** In the base unit (元, 亩 …). */
  value: number;
  kind: Figure['kind'];
  /** Where the point links: the sentence's paragraph on its document page. */
  href: string;
  /** What a reader hears or sees on hover: 2023年 3.6亿元（实际）. */
  label: string;
}

export interface Chart {
  id: string;
  title: string;
  description: string;
  /** The unit the axis counts in, and its factor from the base unit (亿元, 1e8). */
  unit: string;
  factor: number;
  points: ChartPoint[];
}

const WIDTH = 320;
const HEIGHT = 168;
const LEFT = 46;
const RIGHT = 14;
const TOP = 18;
const BOTTOM = 132;

/** A display unit for values in a base unit: the largest of 亿/万 that keeps the largest value at 1 or more. */
export function displayUnit(base: string, largest: number): { unit: string; factor: number } {
  if (['元', '美元', '亩', '吨', '人', '户', '株', '只', '头', '平方米'].includes(base)) {
    if (largest >= 1e8 && base.endsWith('元')) return { unit: `亿${base}`, factor: 1e8 };
    if (largest >= 1e4) return { unit: `万${base}`, factor: 1e4 };
  }
  return { unit: base, factor: 1 };
}

/** A number for a label: at most three decimals, no trailing zeros. */
export function formatValue(value: number): string {
  return String(Number(value.toFixed(3)));
}

export function yearChart(chart: Chart): string {
  const years = [...new Set(chart.points.map(({ year }) => year))].sort((a, b) => a - b);
  const largest = Math.max(...chart.points.map(({ value }) => value / chart.factor), 0);
  const top = niceCeiling(largest);
  const x = (year: number) =>
    years.length === 1
      ? (LEFT + WIDTH - RIGHT) / 2
      : LEFT + ((year - years[0]!) / (years.at(-1)! - years[0]!)) * (WIDTH - LEFT - RIGHT - 16) + 8;
  const y = (value: number) => BOTTOM - (top === 0 ? 0 : (value / chart.factor / top) * (BOTTOM - TOP));
  const line = chart.points
    .filter(({ kind }) => kind !== '目标')
    .sort((a, b) => a.year - b.year)
    .map((point) => `${x(point.year).toFixed(1)},${y(point.value).toFixed(1)}`);
  const parts = [
    `<svg class="figure-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="figure" aria-labelledby="${chart.id}-t ${chart.id}-d" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${chart.id}-t">${escapeXml(chart.title)}</title>`,
    `<desc id="${chart.id}-d">${escapeXml(chart.description)}</desc>`,
    `<line class="axis" x1="${LEFT}" y1="${BOTTOM}" x2="${WIDTH - RIGHT}" y2="${BOTTOM}"/>`,
    `<line class="grid" x1="${LEFT}" y1="${TOP}" x2="${WIDTH - RIGHT}" y2="${TOP}"/>`,
    `<text class="tick" x="${LEFT - 6}" y="${BOTTOM + 4}" text-anchor="end">0</text>`,
    `<text class="tick" x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${formatValue(top)}</text>`,
    `<text class="unit" x="${LEFT - 6}" y="${TOP - 6}" text-anchor="end">${escapeXml(chart.unit)}</text>`,
    ...years.map(
      (year) => `<text class="tick" x="${x(year).toFixed(1)}" y="${BOTTOM + 18}" text-anchor="middle">${year}</text>`,
    ),
    line.length > 1 ? `<polyline class="line" points="${line.join(' ')}"/>` : '',
    ...chart.points.map((point) => {
      const cx = x(point.year).toFixed(1);
      const cy = y(point.value).toFixed(1);
      const mark =
        point.kind === '目标'
          ? `<path class="point target" d="M${cx} ${(Number(cy) - 6).toFixed(1)}l6 6-6 6-6-6z"/>`
          : `<circle class="point ${point.kind === '预计' ? 'estimate' : 'actual'}" cx="${cx}" cy="${cy}" r="5"/>`;
      const label = `<text class="value" x="${cx}" y="${(Number(cy) - 10).toFixed(1)}" text-anchor="middle">${formatValue(point.value / chart.factor)}</text>`;
      // A transparent circle of 44 units around the point: a target a finger can hit on a phone.
      const hit = `<circle class="hit" cx="${cx}" cy="${cy}" r="22"/>`;
      return `<a href="${escapeXml(point.href)}"><title>${escapeXml(point.label)}</title>${hit}${mark}${label}</a>`;
    }),
    `<text class="legend" x="${LEFT}" y="${HEIGHT - 6}">● 实际　○ 预计　◇ 目标</text>`,
    '</svg>',
  ];
  return parts.filter(Boolean).join('');
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above the value: the top of the axis. */
function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= value)!;
  return Number((step * power).toPrecision(12));
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface Bar {
  label: string;
  /** In the base unit. */
  value: number;
  kind: Figure['kind'];
  href: string;
  /** What a reader hears or sees on hover. */
  title: string;
}

/** Towns side by side: one horizontal bar each, its value at its end, each bar a link to its sentence. */
export function barChart(chart: Omit<Chart, 'points'> & { bars: Bar[] }): string {
  // 44 units a row: each bar's link is a target a finger can hit on a phone.
  const row = 44;
  const labelWidth = 92;
  const height = TOP + chart.bars.length * row + 8;
  const largest = Math.max(...chart.bars.map(({ value }) => value / chart.factor), 0);
  const top = niceCeiling(largest);
  const width = (value: number) => (top === 0 ? 0 : (value / chart.factor / top) * (WIDTH - labelWidth - 64));
  return [
    `<svg class="figure-chart" viewBox="0 0 ${WIDTH} ${height}" role="figure" aria-labelledby="${chart.id}-t ${chart.id}-d" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${chart.id}-t">${escapeXml(chart.title)}</title>`,
    `<desc id="${chart.id}-d">${escapeXml(chart.description)}</desc>`,
    `<text class="unit" x="${WIDTH - RIGHT}" y="${TOP - 6}" text-anchor="end">${escapeXml(chart.unit)}</text>`,
    ...chart.bars.map((bar, index) => {
      const y = TOP + index * row;
      const w = Math.max(width(bar.value), 1).toFixed(1);
      return [
        `<a href="${escapeXml(bar.href)}"><title>${escapeXml(bar.title)}</title>`,
        `<rect class="hit" x="0" y="${y}" width="${WIDTH}" height="${row}"/>`,
        `<text class="tick" x="${labelWidth - 6}" y="${y + 23}" text-anchor="end">${escapeXml(bar.label)}</text>`,
        `<rect class="bar ${bar.kind === '实际' ? 'actual' : bar.kind === '预计' ? 'estimate' : 'target'}" x="${labelWidth}" y="${y + 11}" width="${w}" height="16"/>`,
        `<text class="value" x="${(labelWidth + Number(w) + 4).toFixed(1)}" y="${y + 23}">${formatValue(bar.value / chart.factor)}</text>`,
        '</a>',
      ].join('');
    }),
    '</svg>',
  ].join('');
}
