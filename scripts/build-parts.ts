/**
 * `npm run build:parts` builds the same site as `npm run build`, in parts:
 * an `astro build` per province (per city in a province above
 * --split-above documents; documents without a place a part of their own),
 * each over that part's records only, and one more for the archive-wide
 * pages, --jobs of them at a time; provinces of fewer than --join-below
 * documents are joined, a part a region (华北, 东北, 华东, 中南, 西南, 西北). Their outputs are merged, indexed for
 * search and checked as `npm run build` does; then dist/ is replaced whole.
 *
 *   node scripts/build-parts.ts [--jobs 4] [--split-above 10000] [--join-below 1500] [--out dist] [--strict] [--plan-only]
 *
 * Everything is built aside in <out>.parts/ (plan.json, logs/, parts/<name>/,
 * site/): a part that fails is named with the end of its log, and <out> is
 * left as it was. --plan-only writes <out>.parts/plan.json and prints the
 * builds' names, one a line: the matrix of a CI job per part, each running
 * `ZHENDANG_PART=<name> ZHENDANG_PART_PLAN=plan.json astro build --outDir <dir>`.
 *
 * A run does only the work its changes need: each build's last output is
 * kept in <out>.parts-cache/<name>/ with its key (the files its pages read
 * and the site's own code and settings, scripts/parts/part-cache.ts) and
 * reused while the key is the same; the archive build runs whenever any
 * part changed. A file of the new site whose bytes equal dist/'s is dist/'s
 * file itself, not rewritten; <out>.changes.json lists the files added,
 * changed and removed (scripts/parts/change-list.ts).
 *
 * An update of fewer than --one-build-below percent of the documents, with
 * the site's code and settings those <out> was built with, is one build
 * (UPDATE_BUILD, src/lib/parts/part-pages.ts): every record loaded, and
 * only the pages whose key changed written; every other file is <out>'s own
 * (scripts/parts/update-build.ts). What it starts from is kept beside <out>
 * (scripts/parts/site-state.ts); without it, a run builds in parts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_PART, partNames, UPDATE_BUILD } from '../src/lib/parts/build-plan.ts';
import { readPageList } from '../src/lib/parts/page-list.ts';
import { BUILD_HEAP } from './parts/build-heap.ts';
import { type ChangeList, type KnownPaths, keepUnchangedFiles } from './parts/change-list.ts';
import { filesIn } from './parts/file-tree.ts';
import { finishSite, searchIndexArgs } from './parts/finish-site.ts';
import { mergeOutputs } from './parts/merge.ts';
import { buildKeys, PartCache } from './parts/part-cache.ts';
import { planParts } from './parts/plan.ts';
import { readPlanRecords } from './parts/plan-records.ts';
import { provinceRegions } from './parts/regions.ts';
import { type PartJob, runParts } from './parts/run-parts.ts';
import { siteDigest } from './parts/site-digest.ts';
import { changedDocuments, readSiteState, writeSiteState } from './parts/site-state.ts';
import { summaryLines } from './parts/summary.ts';
import { assembleUpdate, type KeptFiles, linkKeptFiles } from './parts/update-build.ts';
import { projectRoot } from './store/project-root.ts';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: String(availableParallelism()) },
    // About 60 MB of records a 10,000 documents: a part's build stays far below a gigabyte.
    'split-above': { type: 'string', default: '10000' },
    // Each build pays about 5 s before its first page: at 10,000 documents, 30 provinces of about 300 made an
    // update of 1% spend most of its time starting builds (docs/scaling.md). 1 joins none.
    'join-below': { type: 'string', default: '1500' },
    out: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    'plan-only': { type: 'boolean', default: false },
    // An update is one build while it changes fewer documents than this percent of them: starting a build per part
    // costs more than loading every record once (docs/scaling.md). 0 always builds in parts.
    'one-build-below': { type: 'string', default: '5' },
  },
});
const jobs = wholeNumber('jobs', '4');
const splitAbove = wholeNumber('split-above', '10000');
const joinBelow = wholeNumber('join-below', '1500');
const oneBuildBelow = percent('one-build-below');
const out = resolve(values.out);
const work = `${out}.parts`;
const started = performance.now();
const seconds = (since: number) => (performance.now() - since) / 1000;

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'logs'), { recursive: true });
const regions = provinceRegions();
/** The name the update's search index runs under, beside its build (no part is named so: parts are places and regions). */
const SEARCH_INDEX = 'search-index';
const records = readPlanRecords('content/reports', 'seeds');
const plan = planParts(records, splitAbove, {
  below: joinBelow,
  regionOf: (province) => regions.get(province),
});
const planFile = join(work, 'plan.json');
writeFileSync(planFile, `${JSON.stringify(plan, null, 1)}\n`);
if (values['plan-only']) {
  console.log(partNames(plan).join('\n'));
  process.exit(0);
}

mkdirSync(join(work, 'pages'));
const pagesOf = (name: string) => join(work, 'pages', `${name}.json`);
const buildJob = (name: string, env: Record<string, string> = {}): PartJob => ({
  name,
  args: [
    BUILD_HEAP,
    join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--outDir',
    join(work, 'parts', name),
  ],
  env: {
    ZHENDANG_PART: name,
    ZHENDANG_PART_PLAN: planFile,
    ZHENDANG_PAGES_OUT: pagesOf(name),
    FORCE_COLOR: '0',
    ...env,
  },
  log: join(work, 'logs', `${name}.log`),
});
const documents = new Map(plan.parts.map((part) => [part.name, part.ids.length]));
const total = plan.parts.reduce((sum, part) => sum + part.ids.length, 0);
const site = siteDigest(process.cwd());
const builtFrom = { site, documents: Object.fromEntries(records.map((record) => [record.id, record.digest])) };
const before = readSiteState(out);
const changed = before?.site === site ? changedDocuments(before.documents, builtFrom.documents) : null;
if (before && changed !== null && changed < (total * oneBuildBelow) / 100) {
  await updateInOneBuild(before.pagesFile, changed);
  process.exit(0);
}
const keys = buildKeys(plan, site);
const cache = new PartCache(`${out}.parts-cache`, join(work, 'staging'));
// The largest first, so that none starts last and keeps the others waiting; the archive build reads every record.
const order = partNames(plan).sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : 1));
const reused = order.filter((name) => cache.holds(name, keys.get(name)!));
const toBuild = order.filter((name) => !reused.includes(name));
console.log(
  `build in parts: ${total} documents, ${plan.parts.length} parts and the archive build; ${toBuild.length} to build, ${jobs} at a time`,
);
console.log(`reused, unchanged since their last build: ${reused.length > 0 ? reused.join(', ') : 'none'}`);
const partsStarted = performance.now();
const results = await runParts(
  toBuild.map((name) => buildJob(name)),
  jobs,
  (line) => console.log(line),
);
// Kept as soon as it built, even when another part failed: the next run need not build it again.
for (const { name, status } of results) {
  if (status !== 'built') continue;
  keepUnchangedFiles(join(work, 'parts', name), out);
  cache.store(name, keys.get(name)!, join(work, 'parts', name), pagesOf(name));
}
const failed = results.filter(({ status }) => status !== 'built');
if (failed.length > 0) {
  const list = failed.map(({ name, status }) => `${name} (${status})`).join(', ');
  console.error(`build in parts FAILED: ${list}. ${values.out}/ is unchanged; the logs are in ${work}/logs/`);
  process.exit(1);
}
const partsSeconds = seconds(partsStarted);
for (const name of reused) cache.linkOutput(name, join(work, 'parts', name));

const merged = mergeOutputs(
  order.map((name) => ({ name, dir: join(work, 'parts', name) })),
  join(work, 'site'),
);
console.log(`merged: ${merged.moved} files and folders moved, ${merged.shared} files that every build writes alike`);
const changes = finish();
// The site's list of pages, for the next update: each build's, or the one kept with its reused output.
const lists = order.map((name) => (reused.includes(name) ? cache.pageList(name) : readPageList(pagesOf(name))));
if (lists.every((list) => list !== null)) writeSiteState(out, builtFrom, Object.assign({}, ...lists));
cache.keepOnly(partNames(plan));
rmSync(work, { recursive: true, force: true });

const secondsOf = new Map(results.map((result) => [result.name, result.seconds]));
const builds = order.map((name) => ({ name, documents: size(name), seconds: secondsOf.get(name) ?? null }));
const facts = { out: values.out, seconds: seconds(started), partsSeconds, jobs };
for (const line of summaryLines(builds, changes, facts)) console.log(line);

/** The merged site indexed, checked and put in <out>'s place, or the run stopped, naming the step that failed. */
function finish(prebuiltIndex?: string, known?: KnownPaths): ChangeList {
  try {
    return finishSite(join(work, 'site'), out, { strict: values.strict, prebuiltIndex, known });
  } catch (error) {
    console.error(`build in parts FAILED: ${(error as Error).message}. ${values.out}/ is unchanged`);
    process.exit(1);
  }
}

/** An update in one build over every record, writing the pages whose key changed; <out>'s other files kept. */
async function updateInOneBuild(pagesBefore: string, changed: number): Promise<void> {
  console.log(
    `update in one build: ${changed} of ${total} documents new, changed or removed (below --one-build-below ${oneBuildBelow}%)`,
  );
  const job = buildJob(UPDATE_BUILD, { ZHENDANG_PAGES_BEFORE: pagesBefore });
  // The search index is made from the records alone, never from a page, so it is made beside the build, on the
  // cores the one build leaves idle, rather than after it.
  const index: PartJob = {
    name: SEARCH_INDEX,
    // One shard at a time: the build has the other core.
    args: [...searchIndexArgs(join(work, 'pagefind'), out), '--jobs', '1'],
    env: { FORCE_COLOR: '0' },
    log: join(work, 'logs', `${SEARCH_INDEX}.log`),
  };
  // The files it leaves as they were, linked aside while the build runs rather than after it (update-build.ts).
  const linking = linkKeptFiles({
    pagesFile: pagesOf(UPDATE_BUILD),
    previous: out,
    before: pagesBefore,
    folder: join(work, 'kept'),
  });
  const [result, indexed] = await runParts([job, index], 2, (line) => console.log(line));
  const failed = [result!, indexed!].filter(({ status }) => status !== 'built');
  if (failed.length > 0) {
    await linking.stop();
    const list = failed.map(({ name, status, log }) => `${name} (${status}; its log is ${log})`).join(', ');
    console.error(`build in parts FAILED: ${list}. ${values.out}/ is unchanged`);
    process.exit(1);
  }
  let kept: KeptFiles;
  try {
    kept = await linking.done;
  } catch (error) {
    console.error(`build in parts FAILED: the files kept from ${values.out}/: ${(error as Error).message}`);
    process.exit(1);
  }
  const pages = readPageList(pagesOf(UPDATE_BUILD));
  const written = assembleUpdate(join(work, 'parts', UPDATE_BUILD), join(work, 'kept'), join(work, 'site'));
  console.log(
    `update: ${kept.kept.length} files of ${values.out}/ kept as they were (hard links), beside the files it wrote`,
  );
  // Every path of the new site is known without a walk: the kept, the written and the index's.
  const indexFiles = filesIn(join(work, 'pagefind')).map((path) => `pagefind/${path}`);
  const changes = finish(join(work, 'pagefind'), {
    site: [...kept.kept, ...written, ...indexFiles],
    linked: new Set(kept.kept),
    previous: kept.previous,
  });
  writeSiteState(out, builtFrom, pages);
  rmSync(work, { recursive: true, force: true });
  const builds = [{ name: UPDATE_BUILD, documents: changed, seconds: result!.seconds }];
  const facts = { out: values.out, seconds: seconds(started), partsSeconds: result!.seconds, jobs: 1 };
  for (const line of summaryLines(builds, changes, facts)) console.log(line);
}

function size(name: string): number {
  return name === ARCHIVE_PART ? total : (documents.get(name) ?? 0);
}

function rank(name: string): number {
  return name === ARCHIVE_PART ? Number.POSITIVE_INFINITY : size(name);
}

function percent(option: 'one-build-below'): number {
  const value = values[option]!;
  if (/^\d+(\.\d+)?$/.test(value) && Number(value) <= 100) return Number(value);
  console.error(`--${option} takes a percent from 0 to 100, such as 5 (got "${value}")`);
  process.exit(2);
}

function wholeNumber(option: 'jobs' | 'split-above' | 'join-below', example: string): number {
  const value = values[option]!;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  console.error(`--${option} takes a whole number above 0, such as ${example} (got "${value}")`);
  process.exit(2);
}
