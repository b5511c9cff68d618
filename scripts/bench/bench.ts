/**
 * `npm run bench -- --docs 100,500 [--report FILE] [--keep] [--responses] [--convert-only] [--warc] [--parts] [--update-latest] [--matrix N]`
 *
 * For each size: generate a synthetic corpus as the seeds of a copy of the
 * project, convert it, build the site, index it for search, and measure each
 * phase (wall time, peak memory of the whole process tree) and the output
 * (dist and index size), and what a browser fetches for a document page and
 * for a first and a second search (browser-measure.ts). Then add 1% new
 * documents and run convert, build and index again: how long an update
 * takes, and how many files of dist/ it adds, changes or removes (what a
 * deploy must move); `--update-latest` dates them all in the corpus's last
 * month, as the day's new disclosures are, instead of at any date. `--parts` builds with `npm run build:parts` (its own
 * search index included), whose cache lets the update rebuild only the
 * parts the new documents touch. Prints a table and writes it to the report
 * file. `--convert-only` stops after the conversions
 * (the converter's own cost, in a minute at 10,000 documents). `--warc` gives
 * the same documents as HTML pages in .warc.gz files of 500 (synthetic-warc.ts).
 * `--matrix N` builds as the CI matrix does, with N search-index jobs, each
 * job measured alone (ci-matrix.ts): the build's time is the matrix's
 * critical path, and there is no update (CI keeps no cache between runs).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { decodeSource } from '../converter/read/decode.ts';
import { type ChangeList, changeList } from '../parts/change-list.ts';
import { projectRoot } from '../store/project-root.ts';
import { type BrowserMeasurement, type Load, measureInBrowser } from './browser-measure.ts';
import { type MatrixRun, runMatrix } from './ci-matrix.ts';
import { DIST_KINDS, type DistKind, distKinds } from './dist-kinds.ts';
import { type Measurement, measure } from './measure.ts';
import { astroBin, copySite } from './site-copy.ts';
import { RARE_PHRASE, writeSyntheticCorpus } from './synthetic-corpus.ts';
import { writeAddedCapture, writeSyntheticWarcs } from './synthetic-warc.ts';

interface Row {
  documents: number;
  sourceMegabytes: number;
  convert: Measurement;
  reconvertOne: Measurement;
  site?: {
    build: Measurement;
    /** Absent when the build in parts indexed the site itself (--parts). */
    index?: Measurement;
    distMegabytes: number;
    distFiles: number;
    /** Files of dist/ of each kind (dist-kinds.ts), before the update. */
    distKinds: Record<DistKind, number>;
    indexMegabytes: number;
    browser: BrowserMeasurement;
    /** Absent when built as the CI matrix (--matrix). */
    update?: Update;
    matrix?: MatrixRun;
  };
}

/** 1% new documents into the built archive: convert, build and index again. */
interface Update {
  documents: number;
  seconds: number;
  /** Files of dist/ added, changed or removed by the update. */
  filesChanged: number;
}

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100,500' },
    report: { type: 'string', default: 'bench-results.md' },
    keep: { type: 'boolean', default: false },
    // Lists every response of the browser measurements, with its size: where a search's bytes go.
    responses: { type: 'boolean', default: false },
    'convert-only': { type: 'boolean', default: false },
    // The corpus as HTML pages captured in web archives, 500 pages to a .warc.gz.
    warc: { type: 'boolean', default: false },
    // Build in parts (npm run build:parts), as a large archive is built, and update from its cache.
    parts: { type: 'boolean', default: false },
    // The update's new documents all published in the corpus's last month, as new disclosures captured as they
    // appear are, rather than at any date of the corpus, as old pages found later are.
    'update-latest': { type: 'boolean', default: false },
    // Build as the CI matrix does, with this many search-index jobs, each job measured alone (ci-matrix.ts).
    matrix: { type: 'string' },
  },
});
const indexGroups = values.matrix === undefined ? null : Number(values.matrix);
if (indexGroups !== null && !(Number.isInteger(indexGroups) && indexGroups >= 1)) {
  console.error(`--matrix takes the number of search-index jobs, e.g. --matrix 8 (got "${values.matrix}")`);
  process.exit(2);
}
const sizes = values.docs.split(',').map((size) => Number.parseInt(size, 10));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--docs takes whole numbers separated by commas, e.g. --docs 100,1000 (got "${values.docs}")`);
  process.exit(2);
}

const rows: Row[] = [];
for (const documents of sizes) {
  const work = mkdtempSync(join(tmpdir(), `zhendang-bench-${documents}-`));
  // Every phase of this size keeps what it works out here, not in the project's node_modules/.cache: the first build
  // starts with nothing parsed, even when an earlier run of the bench made the same corpus (src/lib/cache-folder.ts).
  process.env.ZHENDANG_CACHE = join(work, 'cache');
  // A copy of the project whose seeds/ is the synthetic corpus; every phase runs in it as `npm run` would.
  const site = copySite(join(work, 'site'));
  const corpus = join(site, 'seeds');
  console.error(`[${documents}] generating the corpus in ${corpus}`);
  if (values.warc) await writeSyntheticWarcs(corpus, documents, 500);
  else writeSyntheticCorpus(corpus, documents);
  const convertArgs = [join(projectRoot, 'scripts/convert.ts'), 'seeds', '--quiet'];

  console.error(`[${documents}] converting`);
  const convert = await phase(process.execPath, convertArgs, site);
  // Add one new capture (a copy of a source with a paragraph more) and convert again: the cost of one addition.
  if (values.warc) {
    await writeAddedCapture(join(corpus, 'added.warc.gz'));
  } else {
    const [first] = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
    const added = `${decodeSource(readFileSync(join(corpus, first!))).text}\n补充说明。\n`;
    writeFileSync(join(corpus, `added-${first}`), added);
  }
  console.error(`[${documents}] converting again after adding one source`);
  const reconvertOne = await phase(process.execPath, convertArgs, site);
  const sourceMegabytes = folderSize(corpus).bytes / 1e6;
  if (values['convert-only']) {
    rows.push({ documents, sourceMegabytes, convert, reconvertOne });
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    continue;
  }
  const { build, index, matrix } = await buildSite(documents, site);

  const dist = folderSize(join(site, 'dist'));
  rows.push({
    documents,
    sourceMegabytes,
    convert,
    reconvertOne,
    site: {
      build,
      index,
      distMegabytes: dist.bytes / 1e6,
      distFiles: dist.files,
      distKinds: distKinds(join(site, 'dist')),
      indexMegabytes: folderSize(join(site, 'dist', 'pagefind')).bytes / 1e6,
      browser: await measureInBrowser(
        join(site, 'dist'),
        `reports/${medianPage(join(site, 'dist', 'reports'))}/`,
        ['高标准农田', '枇杷', RARE_PHRASE],
        values.responses,
      ),
      ...(matrix ? { matrix } : { update: await updateSite(documents, site, convertArgs) }),
    },
  });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

/** A column of the site's phases, or – when the run stopped after converting. */
const ofSite = (cell: (site: NonNullable<Row['site']>, row: Row) => string) => (row: Row) =>
  row.site ? cell(row.site, row) : '–';
const columns: [string, (row: Row) => string][] = [
  ['documents', (row) => String(row.documents)],
  ['sources MB', (row) => row.sourceMegabytes.toFixed(1)],
  ['convert s', (row) => row.convert.seconds.toFixed(1)],
  ['convert ms a document', (row) => ((1000 * row.convert.seconds) / row.documents).toFixed(2)],
  ['convert peak MB', (row) => row.convert.peakMegabytes.toFixed(0)],
  ['convert again after 1 new source s', (row) => row.reconvertOne.seconds.toFixed(1)],
  ['build s', ofSite((site) => site.build.seconds.toFixed(1))],
  ['build peak MB', ofSite((site) => site.build.peakMegabytes.toFixed(0))],
  ['index s', ofSite((site) => site.index?.seconds.toFixed(1) ?? 'in build')],
  ['index peak MB', ofSite((site) => site.index?.peakMegabytes.toFixed(0) ?? 'in build')],
  [
    'convert + build + index s',
    ofSite((site, row) => (row.convert.seconds + site.build.seconds + (site.index?.seconds ?? 0)).toFixed(0)),
  ],
  ['dist MB', ofSite((site) => site.distMegabytes.toFixed(1))],
  ['dist files', ofSite((site) => String(site.distFiles))],
  ['index MB', ofSite((site) => site.indexMegabytes.toFixed(1))],
  ['median document page: requests, KB, ms', ofSite((site) => load(site.browser.documentPage))],
  ['first search: requests, KB, ms', ofSite((site) => load(site.browser.firstSearch))],
  ['second search: requests, KB, ms', ofSite((site) => load(site.browser.secondSearch))],
  ['rare search: requests, KB, ms', ofSite((site) => load(site.browser.rareSearch))],
  ['dist files a document', ofSite((site, row) => (site.distFiles / row.documents).toFixed(2))],
  [
    `dist files a document by kind: ${Object.keys(DIST_KINDS).join(', ')}`,
    ofSite((site, row) =>
      (Object.keys(DIST_KINDS) as DistKind[])
        .map((kind) => (site.distKinds[kind] / row.documents).toFixed(2))
        .join(', '),
    ),
  ],
  ['update after 1% new documents s', ofSite((site) => site.update?.seconds.toFixed(1) ?? '–')],
  [
    'files changed by the update',
    ofSite((site) =>
      site.update
        ? `${site.update.filesChanged} (${((100 * site.update.filesChanged) / site.distFiles).toFixed(1)}%)`
        : '–',
    ),
  ],
  ...(indexGroups === null ? [] : matrixColumns()),
];
const table = [
  `| ${columns.map(([name]) => name).join(' | ')} |`,
  `| ${columns.map(() => '---:').join(' | ')} |`,
  ...rows.map((row) => `| ${columns.map(([, cell]) => cell(row)).join(' | ')} |`),
].join('\n');
const report = `# Zhendang benchmark\n\n${new Date().toISOString()} · node ${process.version} · ${process.arch} · ${cpus().length} cores · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n\n${values.warc ? 'Sources: the synthetic documents as HTML pages in .warc.gz files of 500 (--warc).' : 'Sources: the synthetic documents as .txt files.'} Browser figures: chromium at 360 px on a Fast 3G network (150 ms, 1.6 Mbit/s) over HTTP/2, bytes on the wire with gzip; searches for 高标准农田 (counted from the focus on the search box, which starts loading the index), then 枇杷, then ${RARE_PHRASE} (in one old document), from the open search page. ${indexGroups === null ? '' : `Built as the CI matrix (--matrix ${indexGroups}): each job measured alone on this machine, one after another; build s is the matrix's critical path (the plan, the longest part or search-index job, the merge), convert + build + index its end to end; installing and moving artifacts not counted; no update (CI keeps no cache). `}Update: 1% new documents (at least one${values['update-latest'] ? ", all published in the corpus's last month" : ', published at any date of the corpus'}) converted, built and indexed into the built archive${values.parts ? ' by the build in parts, from its cache' : ', in one process'}; files changed: those of dist/ added, changed or removed, and their share of dist/.\n\n${table}\n`;
writeFileSync(values.report, report);
console.log(table);
console.log(`\n(written to ${values.report})`);

/** The CI matrix's jobs (--matrix): how many, the longest of each kind, the plan and the merge. */
function matrixColumns(): [string, (row: Row) => string][] {
  const ofMatrix = (cell: (matrix: MatrixRun) => string) => ofSite((site) => (site.matrix ? cell(site.matrix) : '–'));
  const longest = (jobs: { name: string; measurement: Measurement }[]) => {
    const job = jobs.reduce((a, b) => (b.measurement.seconds > a.measurement.seconds ? b : a));
    return `${job.measurement.seconds.toFixed(1)} (${job.name})`;
  };
  return [
    ['CI matrix jobs: parts, search index', ofMatrix((matrix) => `${matrix.parts.length}, ${matrix.groups.length}`)],
    ['plan job s (after converting)', ofMatrix((matrix) => matrix.plan.seconds.toFixed(1))],
    ['longest part job s', ofMatrix((matrix) => longest(matrix.parts))],
    [
      'longest search index job s',
      ofMatrix((matrix) => longest(matrix.groups.map((measurement, at) => ({ name: `${at + 1}`, measurement })))),
    ],
    ['merge job s', ofMatrix((matrix) => matrix.merge.seconds.toFixed(1))],
    ['all jobs one after another s', ofMatrix((matrix) => jobSeconds(matrix).toFixed(0))],
  ];
}

function jobSeconds(matrix: MatrixRun): number {
  const jobs = [matrix.plan, ...matrix.parts.map(({ measurement }) => measurement), ...matrix.groups, matrix.merge];
  return jobs.reduce((total, job) => total + job.seconds, 0);
}

/**
 * The site's build and search index: in one process each, in parts (--parts), which indexes as it merges, or as
 * the CI matrix's jobs (--matrix), whose build is their critical path.
 */
async function buildSite(
  documents: number,
  site: string,
): Promise<{ build: Measurement; index?: Measurement; matrix?: MatrixRun }> {
  if (indexGroups !== null) {
    console.error(`[${documents}] building as a CI matrix of ${indexGroups} search-index jobs, a job at a time`);
    const matrix = await runMatrix(site, indexGroups, phase);
    console.error(
      `  critical path ${matrix.criticalSeconds.toFixed(1)} s, all jobs ${jobSeconds(matrix).toFixed(1)} s`,
    );
    const build = { seconds: matrix.criticalSeconds, peakMegabytes: matrix.peakMegabytes, status: 0, output: '' };
    return { build, matrix };
  }
  if (values.parts) {
    console.error(`[${documents}] building in parts`);
    return { build: await phase(process.execPath, [join(projectRoot, 'scripts/build-parts.ts')], site) };
  }
  console.error(`[${documents}] building`);
  const build = await phase(process.execPath, [astroBin, 'build'], site);
  console.error(`[${documents}] indexing`);
  return { build, index: await phase(process.execPath, [join(projectRoot, 'scripts/build-search-index.ts')], site) };
}

/**
 * 1% new documents (another seed, other names and addresses), converted, built and indexed as a daily capture
 * would be; the files that differ from the dist/ before it counted as a deploy would move them (the build in
 * parts lists them itself, in dist.changes.json).
 */
async function updateSite(documents: number, site: string, convertArgs: string[]): Promise<Update> {
  const added = Math.max(1, Math.round(documents / 100));
  writeSyntheticCorpus(join(site, 'seeds'), added, { seed: 7, prefix: 'update', latestMonth: values['update-latest'] });
  const before = join(site, 'dist.before-update');
  if (!values.parts) cpSync(join(site, 'dist'), before, { recursive: true });
  console.error(`[${documents}] updating with ${added} new documents`);
  const steps = [await phase(process.execPath, convertArgs, site)];
  const built = await buildSite(documents, site);
  steps.push(built.build, ...(built.index ? [built.index] : []));
  const changes: ChangeList = values.parts
    ? JSON.parse(readFileSync(join(site, 'dist.changes.json'), 'utf8'))
    : changeList(join(site, 'dist'), before);
  return {
    documents: added,
    seconds: steps.reduce((total, step) => total + step.seconds, 0),
    filesChanged: changes.added.length + changes.changed.length + changes.removed.length,
  };
}

async function phase(command: string, args: string[], cwd: string, env = process.env): Promise<Measurement> {
  const result = await measure(command, args, {
    cwd,
    env: { ...env, NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    console.error(result.output);
    throw new Error(`${args.join(' ')} failed with status ${result.status}`);
  }
  // As it goes: a long run stopped before its table still leaves what it measured.
  console.error(`  ${result.seconds.toFixed(1)} s, peak ${result.peakMegabytes.toFixed(0)} MB`);
  return result;
}

function folderSize(folder: string): { bytes: number; files: number } {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const bytes = files.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
  return { bytes, files: files.length };
}

function load({ requests, kilobytes, milliseconds }: Load): string {
  return `${requests}, ${kilobytes.toFixed(1)}, ${milliseconds.toFixed(0)}`;
}

/** The document whose page is the median in size (gzip): the one a typical visitor opens. */
function medianPage(reports: string): string {
  const sizes = readdirSync(reports)
    .map((id) => ({ id, size: gzipSync(readFileSync(join(reports, id, 'index.html'))).length }))
    .sort((a, b) => a.size - b.size || a.id.localeCompare(b.id));
  return sizes[Math.floor(sizes.length / 2)]!.id;
}
