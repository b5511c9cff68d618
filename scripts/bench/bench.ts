/**
 * `npm run bench -- --docs 100,500 [--report FILE] [--keep]`
 *
 * For each size: generate a synthetic corpus as the seeds of a copy of the
 * project, convert it, build the site, index it for search, and measure each
 * phase (wall time, peak memory of the whole process tree) and the output
 * (dist and index size, a document page's transfer size). Prints a table and
 * writes it to the report file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { astroBin, copySite, projectRoot } from '../lib/site-copy.ts';
import { decodeSource } from '../pipeline/decode.ts';
import { type Measurement, measure } from './measure.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

interface Row {
  documents: number;
  sourceMegabytes: number;
  convert: Measurement;
  reconvertOne: Measurement;
  build: Measurement;
  index: Measurement;
  distMegabytes: number;
  indexMegabytes: number;
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
  // A copy of the project whose seeds/ is the synthetic corpus; every phase runs in it as `npm run` would.
  const site = copySite(join(work, 'site'));
  const corpus = join(site, 'seeds');
  console.error(`[${documents}] generating the corpus in ${corpus}`);
  writeSyntheticCorpus(corpus, documents);
  const convertArgs = [join(projectRoot, 'scripts/convert.ts'), 'seeds', '--quiet'];

  console.error(`[${documents}] converting`);
  const convert = await phase(process.execPath, convertArgs, site);
  // Add one new capture (a copy of a source with a paragraph more) and convert again: the cost of one addition.
  const [first] = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
  const added = `${decodeSource(readFileSync(join(corpus, first!))).text}\n补充说明。\n`;
  writeFileSync(join(corpus, `added-${first}`), added);
  console.error(`[${documents}] converting again after adding one source`);
  const reconvertOne = await phase(process.execPath, convertArgs, site);
  console.error(`[${documents}] building`);
  const build = await phase(process.execPath, [astroBin, 'build'], site);
  console.error(`[${documents}] indexing`);
  const index = await phase(process.execPath, [join(projectRoot, 'scripts/build-search-index.ts')], site);

  rows.push({
    documents,
    sourceMegabytes: folderBytes(corpus) / 1e6,
    convert,
    reconvertOne,
    build,
    index,
    distMegabytes: folderBytes(join(site, 'dist')) / 1e6,
    indexMegabytes: folderBytes(join(site, 'dist', 'pagefind')) / 1e6,
    pageGzipKilobytes: medianPageGzip(join(site, 'dist', 'reports')) / 1024,
  });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const table = [
  '| documents | sources MB | convert s | convert peak MB | convert again after 1 new source s | build s | build peak MB | index s | index peak MB | dist MB | index MB | median document page gzip KB |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
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
        row.index.seconds.toFixed(1),
        row.index.peakMegabytes.toFixed(0),
        row.distMegabytes.toFixed(1),
        row.indexMegabytes.toFixed(1),
        row.pageGzipKilobytes.toFixed(1),
      ].join(' | '),
    )
    .map((line) => `| ${line} |`),
].join('\n');
const report = `# Zhendang benchmark\n\n${new Date().toISOString()} · node ${process.version} · ${process.arch}\n\n${table}\n`;
writeFileSync(values.report, report);
console.log(table);
console.log(`\n(written to ${values.report})`);

async function phase(command: string, args: string[], cwd: string): Promise<Measurement> {
  const result = await measure(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
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
