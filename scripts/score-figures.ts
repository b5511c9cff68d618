/**
 * `npm run score:figures -- FOLDER FIGURES.json [--verbose]`
 *
 * Measures the key figures the converter reads (record.figures) against the
 * figures a person read off the same pages by hand: converts every file the
 * facts file lists (from FOLDER, writing nothing) and matches figures page by page.
 *
 * FIGURES.json is an array of
 *   { "file": "F-01.txt", "url": "http://…", "query": "…", "province": "湖南省" | null,
 *     "figures": [{ "indicator": "财政总收入", "value": 1545, "unit": "万元", "period": "上半年" | null,
 *                   "kind": "实际" | "预计" | "目标", "measure"?: "growth" }] }
 *
 * The matching rule: a figure read by hand is found when the converter read,
 * on the same page, a figure with the same value (as a number), the same
 * unit, the same kind and the same measure, whose indicator contains the
 * hand-read one or is contained in it (whitespace and quotation marks
 * aside); each figure read counts for one figure by hand at most, in order.
 * Precision is found ÷ read, recall found ÷ by hand. The period is not
 * matched on: how often it agrees is reported beside.
 */
import { parseArgs } from 'node:util';
import type { Figure } from '../src/shared/report-schema.ts';
import { Gazetteer } from './converter/helpers/gazetteer.ts';
import { createProcessor } from './converter/processor.ts';
import { convertFact, readFacts } from './review/real-pages.ts';

interface HandFigure {
  indicator: string;
  value: number;
  unit: string;
  period: string | null;
  kind: Figure['kind'];
  measure?: Figure['measure'];
}

interface Page {
  file: string;
  url: string | null;
  figures: HandFigure[];
}

const USAGE = 'Usage: npm run score:figures -- FOLDER FIGURES.json [--verbose]';

function main(): number {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { verbose: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help || positionals.length !== 2) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const [folder, factsPath] = positionals as [string, string];
  let pages: Page[];
  try {
    pages = readFacts<Page>(factsPath);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const processor = createProcessor(Gazetteer.load());
  const rows = ['| page | by hand | read | found |', '| --- | ---: | ---: | ---: |'];
  const total = { hand: 0, read: 0, found: 0, periodsAgree: 0 };
  let failed = 0;
  for (const page of pages) {
    let read: Figure[] = [];
    const result = convertFact(folder, page, processor);
    if (result.ok) read = result.record.figures ?? [];
    else {
      failed++;
      console.log(`${page.file}: not converted: ${result.error.message}`);
    }
    const { pairs, missed, extra } = matchFigures(page.figures, read);
    total.hand += page.figures.length;
    total.read += read.length;
    total.found += pairs.length;
    total.periodsAgree += pairs.filter(([hand, got]) => squash(hand.period) === squash(got.period)).length;
    rows.push(`| ${page.file} | ${page.figures.length} | ${read.length} | ${pairs.length} |`);
    if (values.verbose) {
      for (const hand of missed) console.log(`${page.file}: missed ${describe(hand)}`);
      for (const got of extra) console.log(`${page.file}: read, not by hand: ${describe(got)} in “${got.sentence}”`);
    }
  }
  rows.push(`| all | ${total.hand} | ${total.read} | ${total.found} |`);
  console.log(`\n${pages.length} pages (${failed} not converted)\n\n${rows.join('\n')}\n`);
  console.log(`precision: ${percent(total.found, total.read)} (${total.found} of ${total.read} figures read)`);
  console.log(`recall: ${percent(total.found, total.hand)} (${total.found} of ${total.hand} figures by hand)`);
  console.log(`period as printed agrees: ${percent(total.periodsAgree, total.found)} of the figures found`);
  return 0;
}

/** Pairs each figure by hand with the first figure read that matches it (the rule above). */
export function matchFigures(hand: HandFigure[], read: Figure[]) {
  const used = new Set<number>();
  const pairs: [HandFigure, Figure][] = [];
  const missed: HandFigure[] = [];
  for (const expected of hand) {
    const index = read.findIndex((got, at) => !used.has(at) && matches(expected, got));
    if (index === -1) missed.push(expected);
    else {
      used.add(index);
      pairs.push([expected, read[index]!]);
    }
  }
  return { pairs, missed, extra: read.filter((_, at) => !used.has(at)) };
}

function matches(expected: HandFigure, got: Figure): boolean {
  const a = squash(expected.indicator)!;
  const b = squash(got.indicator)!;
  return (
    Math.abs(expected.value - got.number) < 1e-9 &&
    expected.unit === got.unit &&
    expected.kind === got.kind &&
    (expected.measure ?? 'level') === got.measure &&
    (a.includes(b) || b.includes(a))
  );
}

function squash(text: string | null): string | null {
  return text === null ? null : text.replace(/[\s“”"「」]/g, '');
}

function describe(figure: HandFigure | Figure): string {
  const value = 'number' in figure ? figure.number : figure.value;
  return `${figure.indicator} ${value}${figure.unit} ${figure.kind}${figure.period ? ` (${figure.period})` : ''}`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

process.exitCode = main();
