/**
 * `npm run review -- [--content DIR] [--top N] [--templates DIR]`
 * `npm run review -- --pages FOLDER FACTS.json [--top N] [--templates DIR]`
 *
 * Lists the documents whose fields are least certain (scripts/review/doubts.ts:
 * inferred, a town without its county, no date, no publisher, a guessed type,
 * two readings that disagree), most uncertain first, and can write a
 * correction template for each one listed. With --pages, converts a folder of
 * real pages in memory as `npm run score` does and says how many of the pages
 * with a wrong field the list puts in its first fifth.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Report } from '../src/shared/report-schema.ts';
import { Gazetteer } from './converter/helpers/gazetteer.ts';
import { createProcessor } from './converter/processor.ts';
import { correctionTemplate } from './review/correction-template.ts';
import { type Doubt, doubtsOf, uncertainty } from './review/doubts.ts';
import { convertFact, readFacts, type ScoredField, wrongFields } from './review/real-pages.ts';
import { documentFiles, readRecord } from './store/read-document.ts';

const USAGE = `Usage: npm run review -- [--content DIR] [--top N] [--templates DIR] [--date YYYY-MM-DD]
       npm run review -- --pages FOLDER FACTS.json [--top N] [--templates DIR]

Lists the documents whose fields are least certain, most uncertain first.

  --content DIR     the converted documents (default: content/reports)
  --pages           review a folder of real pages and the facts a person read off them
                    (test/real-pages/), converted in memory: says how many pages with a
                    wrong field are in the first fifth of the list
  --top N           list only the first N (default: the first fifth, at least 20)
  --templates DIR   write a correction template, <id>.yaml, for each one listed (never
                    over a file already there); fill it in and put it in content/corrections/
  --date DATE       the date the templates give the correction (default: today)
  --help            show this help`;

interface Reviewed {
  record: Report;
  /** The source file, for pages reviewed with their facts. */
  file: string;
  doubts: Doubt[];
  score: number;
  wrong?: ScoredField[];
}

function main(): number {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.pages ? positionals.length !== 2 : positionals.length > 0) {
    console.error(`error: ${values.pages ? 'give FOLDER and FACTS.json' : `unexpected ${positionals[0]}`}\n\n${USAGE}`);
    return 2;
  }
  let reviewed: Reviewed[];
  try {
    reviewed = values.pages ? reviewPages(positionals[0]!, positionals[1]!) : reviewDocuments(values.content);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  reviewed.sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id));
  const fifth = Math.ceil(reviewed.length / 5);
  const top = values.top ? Number(values.top) : Math.min(reviewed.length, Math.max(20, fifth));
  if (!Number.isInteger(top) || top < 1) {
    console.error(`error: --top wants a whole number above 0, not ${values.top}\n\n${USAGE}`);
    return 2;
  }
  const listed = reviewed.slice(0, top);
  console.log(`${reviewed.length} documents; the ${listed.length} least certain first:\n`);
  for (const [index, entry] of listed.entries()) console.log(formatEntry(entry, index + 1));

  if (values.pages) console.log(`\n${summarise(reviewed, fifth)}`);
  if (values.templates) {
    const written = writeTemplates(listed, values.templates, values.date);
    console.log(
      `\n${written} correction templates written in ${values.templates} (${listed.length - written} already there)`,
    );
  }
  return 0;
}

function reviewDocuments(folder: string): Reviewed[] {
  return documentFiles(folder).map((name) => {
    let record: Report;
    try {
      record = readRecord(readFileSync(join(folder, name), 'utf8'));
    } catch (error) {
      throw new Error(`${join(folder, name)}: ${(error as Error).message.split('\n')[0]}`);
    }
    return withDoubts(record, record.source.file);
  });
}

function reviewPages(folder: string, factsPath: string): Reviewed[] {
  const processor = createProcessor(Gazetteer.load());
  const reviewed: Reviewed[] = [];
  for (const fact of readFacts(factsPath)) {
    const result = convertFact(folder, fact, processor);
    if (!result.ok) {
      console.error(`${fact.file}: not converted: ${result.error.message}`);
      continue;
    }
    reviewed.push({ ...withDoubts(result.record, fact.file), wrong: wrongFields(result.record, fact.expected) });
  }
  return reviewed;
}

function withDoubts(record: Report, file: string): Reviewed {
  const doubts = doubtsOf(record).sort((a, b) => b.weight - a.weight);
  return { record, file, doubts, score: uncertainty(doubts) };
}

function formatEntry({ record, file, doubts, score, wrong }: Reviewed, rank: number): string {
  const lines = [
    `${String(rank).padStart(3)}. ${score.toFixed(0).padStart(2)}  ${record.id}  ${file}  ${record.title}`,
  ];
  for (const doubt of doubts) lines.push(`           ${doubt.field}: ${doubt.reason}`);
  if (wrong && wrong.length > 0) lines.push(`           wrong (by the facts): ${wrong.join(', ')}`);
  return lines.join('\n');
}

/** How well the order finds the wrong fields: pages with one in the first fifth, and the fields there doubted. */
function summarise(reviewed: Reviewed[], fifth: number): string {
  const wrongPages = reviewed.filter((entry) => entry.wrong!.length > 0);
  const first = reviewed.slice(0, fifth);
  const caught = first.filter((entry) => entry.wrong!.length > 0);
  const wrongInFirst = caught.flatMap((entry) => entry.wrong!.map((field) => ({ field, entry })));
  const doubted = wrongInFirst.filter(({ field, entry }) => entry.doubts.some((doubt) => coversField(doubt, field)));
  const allWrong = wrongPages.reduce((sum, entry) => sum + entry.wrong!.length, 0);
  const share = (part: number, whole: number) => `${whole === 0 ? '–' : ((100 * part) / whole).toFixed(0)}%`;
  return [
    `${wrongPages.length} of ${reviewed.length} pages have a wrong field (${allWrong} fields wrong).`,
    `In the first fifth of the list (${first.length} pages): ${caught.length} of the ${wrongPages.length} pages with a wrong field (${share(caught.length, wrongPages.length)}; ${share(first.length, reviewed.length)} would be found by chance),`,
    `holding ${wrongInFirst.length} of the ${allWrong} wrong fields, ${doubted.length} of them named by a doubt.`,
  ].join('\n');
}

// A doubt about the town or the county is a doubt about the whole place.
function coversField(doubt: Doubt, field: ScoredField): boolean {
  const place = ['town', 'county', 'city', 'province'];
  return doubt.field === field || (place.includes(doubt.field) && place.includes(field));
}

function writeTemplates(listed: Reviewed[], folder: string, date: string): number {
  mkdirSync(folder, { recursive: true });
  let written = 0;
  for (const { record, doubts } of listed) {
    const path = join(folder, `${record.id}.yaml`);
    if (existsSync(path)) continue;
    writeFileSync(path, correctionTemplate(record, doubts, date));
    written++;
  }
  return written;
}

function parseOptions() {
  const parsed = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content/reports' },
      pages: { type: 'boolean', default: false },
      top: { type: 'string' },
      templates: { type: 'string' },
      date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      help: { type: 'boolean', default: false },
    },
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(parsed.values.date))
    throw new Error(`--date wants YYYY-MM-DD, not ${parsed.values.date}`);
  return parsed;
}

process.exitCode = main();
