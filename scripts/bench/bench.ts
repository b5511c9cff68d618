/**
 * `npm run bench -- --docs 100,500 [--report FILE] [--keep]`
 *
 * For each size: generate a synthetic corpus, convert it, build the site
 * from it in a copy of the project, and measure each phase (wall time, peak
 * memory of the whole process tree) and the output (dist size, a document
 * page's transfer size). Prints a table and writes it to the report file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { astroBin, copySite, projectRoot } from '../lib/site-copy.ts';
import { type Measurement, measure } from './measure.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

interface Row {
  documents: number;
  sourceMegabytes: number;
  convert: Measurement;
  reconvertOne: Measurement;
  build: Measurement;
  distMegabytes: number;
  pageGzipKilobytes: number;
}

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100,500' },
    report: { type: 'string', default: 'bench-results.md' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.docs.split(',').map((size) => Number.parseInt(size, 10));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--docs takes whole numbers separated by commas, e.g. --docs 100,1000 (got "${values.docs}")`);
  process.exit(2);
}

const rows: Row[] = [];
for (const documents of sizes) {
  const work = mkdtempSync(join(tmpdir(), `zhendang-bench-${documents}-`));
  const corpus = join(work, 'corpus');
  console.error(`[${documents}] generating the corpus in ${corpus}`);
  writeSyntheticCorpus(corpus, documents);
  const site = copySite(join(work, 'site'));
  const content = join(site, 'content', 'reports');

  console.error(`[${documents}] converting`);
  const convert = await phase(process.execPath, [
    join(projectRoot, 'scripts/convert.ts'),
    corpus,
    '--out',
    content,
    '--quiet',
  ]);
  // Touch one source (append a paragraph) and convert again: the cost of an edit.
  const [first] = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
  writeFileSync(
    join(corpus, first!),
    Buffer.concat([readFileSync(join(corpus, first!)), Buffer.from('\n补充说明。\n')]),
  );
  console.error(`[${documents}] converting again after one change`);
  const reconvertOne = await phase(process.execPath, [
    join(projectRoot, 'scripts/convert.ts'),
    corpus,
    '--out',
    content,
    '--quiet',
  ]);
  console.error(`[${documents}] building`);
  const build = await phase(process.execPath, [astroBin, 'build', '--root', site]);

  rows.push({
    documents,
    sourceMegabytes: folderBytes(corpus) / 1e6,
    convert,
    reconvertOne,
    build,
    distMegabytes: folderBytes(join(site, 'dist')) / 1e6,
    pageGzipKilobytes: medianPageGzip(join(site, 'dist', 'reports')) / 1024,
  });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const table = [
  '| documents | sources MB | convert s | convert peak MB | re-convert after 1 change s | build s | build peak MB | dist MB | median document page gzip KB |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows
    .map((row) =>
      [
        row.documents,
        row.sourceMegabytes.toFixed(1),
        row.convert.seconds.toFixed(1),
        row.convert.peakMegabytes.toFixed(0),
        row.reconvertOne.seconds.toFixed(1),
        row.build.seconds.toFixed(1),
        row.build.peakMegabytes.toFixed(0),
        row.distMegabytes.toFixed(1),
        row.pageGzipKilobytes.toFixed(1),
      ].join(' | '),
    )
    .map((line) => `| ${line} |`),
].join('\n');
const report = `# Zhendang benchmark\n\n${new Date().toISOString()} · node ${process.version} · ${process.arch}\n\n${table}\n`;
writeFileSync(values.report, report);
console.log(table);
console.log(`\n(written to ${values.report})`);

async function phase(command: string, args: string[]): Promise<Measurement> {
  const result = await measure(command, args, { env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) {
    console.error(result.output);
    throw new Error(`${args.join(' ')} failed with status ${result.status}`);
  }
  return result;
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Median gzip size of a document page's HTML, the bytes a phone downloads for it. */
function medianPageGzip(reports: string): number {
  const sizes = readdirSync(reports)
    .map((id) => gzipSync(readFileSync(join(reports, id, 'index.html'))).length)
    .sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}
