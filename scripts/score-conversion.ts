/**
 * `npm run score -- FOLDER FACTS.json [--verbose]`
 *
 * Measures the converter on a sample of real pages: converts every file the
 * facts file lists (from FOLDER, writing nothing) and compares the record
 * with the fields a person read off the page. A field the facts give as null
 * (the page does not state it) is not scored.
 *
 * FACTS.json is an array of
 *   { "file": "A-01.txt", "url": "http://…", "query": "…", "shape": "bullet-list",
 *     "expected": { "title": "…", "town": "…", "county": …, "city": …, "province": …,
 *                   "date": "2024-01-16", "publisher": …, "indexNumber": …, "docType": … } }
 * `url` becomes the page's address (as sources.json would give it); `query`
 * is how the page was found, so that the sample can be gathered again.
 */
import { parseArgs } from 'node:util';
import type { Report } from '../src/shared/report-schema.ts';
import { Gazetteer } from './converter/helpers/gazetteer.ts';
import { createProcessor } from './converter/processor.ts';
import {
  convertFact,
  type Fact,
  type ScoredField as Field,
  normalise,
  readFacts,
  SCORED_FIELDS,
} from './review/real-pages.ts';

interface Tally {
  right: number;
  scored: number;
}

const USAGE = 'Usage: npm run score -- FOLDER FACTS.json [--verbose]';

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
  let facts: Fact[];
  try {
    facts = readFacts(factsPath);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const processor = createProcessor(Gazetteer.load());

  const byField = new Map<Field, Tally>(SCORED_FIELDS.map((field) => [field, { right: 0, scored: 0 }]));
  const byShape = new Map<string, Tally>();
  const parents = { right: 0, scored: 0 }; // pages whose town was found: county/city/province all right
  let failed = 0;

  for (const fact of facts) {
    const result = convertFact(folder, fact, processor);
    if (!result.ok) {
      failed++;
      console.log(`${fact.file}: not converted: ${result.error.message}`);
    }
    const record: Partial<Report> = result.ok ? result.record : {};
    const shape = byShape.get(fact.shape) ?? { right: 0, scored: 0 };
    byShape.set(fact.shape, shape);
    const wrong: string[] = [];
    for (const field of SCORED_FIELDS) {
      const expected = fact.expected[field];
      if (expected === null || expected === undefined) continue;
      const got = record[field] ?? null;
      const right = normalise(got) === normalise(expected);
      tally(byField.get(field)!, right);
      tally(shape, right);
      if (!right) wrong.push(`  ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    }
    if (record.town && fact.expected.town && normalise(record.town) === normalise(fact.expected.town)) {
      const levels = ['county', 'city', 'province'] as const;
      const given = levels.filter((level) => fact.expected[level]);
      if (given.length > 0)
        tally(
          parents,
          given.every((level) => record[level] === fact.expected[level]),
        );
    }
    if (values.verbose && wrong.length > 0)
      console.log(`${fact.file} (${fact.shape}, ${fact.url})\n${wrong.join('\n')}`);
  }

  const all = [...byField.values()].reduce((sum, t) => ({ right: sum.right + t.right, scored: sum.scored + t.scored }));
  console.log(`\n${facts.length} pages (${failed} not converted)\n`);
  console.log(table('field', byField));
  console.log(`\n${table('shape', byShape)}\n`);
  console.log(`all fields: ${format(all)}`);
  console.log(`county, city and province right on pages whose town was found: ${format(parents)}`);
  return 0;
}

function tally(t: Tally, right: boolean): void {
  t.scored++;
  if (right) t.right++;
}

function format({ right, scored }: Tally): string {
  return `${right} of ${scored} (${scored === 0 ? '–' : ((100 * right) / scored).toFixed(1)}%)`;
}

function table(heading: string, rows: Map<string, Tally>): string {
  const lines = [`| ${heading} | right | scored | % |`, '| --- | ---: | ---: | ---: |'];
  for (const [name, t] of rows) {
    lines.push(`| ${name} | ${t.right} | ${t.scored} | ${t.scored ? ((100 * t.right) / t.scored).toFixed(1) : '–'} |`);
  }
  return lines.join('\n');
}

process.exitCode = main();
