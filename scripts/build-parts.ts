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
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_PART, partNames } from '../src/lib/parts/build-plan.ts';
import { type ChangeList, keepUnchangedFiles } from './parts/change-list.ts';
import { finishSite } from './parts/finish-site.ts';
import { mergeOutputs } from './parts/merge.ts';
import { buildKeys, PartCache } from './parts/part-cache.ts';
import { planParts } from './parts/plan.ts';
import { readPlanRecords } from './parts/plan-records.ts';
import { provinceRegions } from './parts/regions.ts';
import { type PartJob, runParts } from './parts/run-parts.ts';
import { siteDigest } from './parts/site-digest.ts';
import { summaryLines } from './parts/summary.ts';
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
  },
});
const jobs = wholeNumber('jobs', '4');
const splitAbove = wholeNumber('split-above', '10000');
const joinBelow = wholeNumber('join-below', '1500');
const out = resolve(values.out);
const work = `${out}.parts`;
const started = performance.now();
const seconds = (since: number) => (performance.now() - since) / 1000;

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'logs'), { recursive: true });
const regions = provinceRegions();
const plan = planParts(readPlanRecords('content/reports', 'seeds'), splitAbove, {
  below: joinBelow,
  regionOf: (province) => regions.get(province),
});
const planFile = join(work, 'plan.json');
writeFileSync(planFile, `${JSON.stringify(plan, null, 1)}\n`);
if (values['plan-only']) {
  console.log(partNames(plan).join('\n'));
  process.exit(0);
}

const documents = new Map(plan.parts.map((part) => [part.name, part.ids.length]));
const total = plan.parts.reduce((sum, part) => sum + part.ids.length, 0);
const keys = buildKeys(plan, siteDigest(process.cwd()));
const cache = new PartCache(`${out}.parts-cache`, join(work, 'staging'));
// The largest first, so that none starts last and keeps the others waiting; the archive build reads every record.
const order = partNames(plan).sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : 1));
const reused = order.filter((name) => cache.holds(name, keys.get(name)!));
const toBuild = order.filter((name) => !reused.includes(name));
console.log(
  `build in parts: ${total} documents, ${plan.parts.length} parts and the archive build; ${toBuild.length} to build, ${jobs} at a time`,
);
console.log(`reused, unchanged since their last build: ${reused.length > 0 ? reused.join(', ') : 'none'}`);
const buildJob = (name: string): PartJob => ({
  name,
  args: [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'parts', name)],
  env: { ZHENDANG_PART: name, ZHENDANG_PART_PLAN: planFile, FORCE_COLOR: '0' },
  log: join(work, 'logs', `${name}.log`),
});
const partsStarted = performance.now();
const results = await runParts(toBuild.map(buildJob), jobs, (line) => console.log(line));
// Kept as soon as it built, even when another part failed: the next run need not build it again.
for (const { name, status } of results) {
  if (status !== 'built') continue;
  keepUnchangedFiles(join(work, 'parts', name), out);
  cache.store(name, keys.get(name)!, join(work, 'parts', name));
}
const failed = results.filter(({ status }) => status !== 'built');
if (failed.length > 0) {
  const list = failed.map(({ name, status }) => `${name} (${status})`).join(', ');
  console.error(`build in parts FAILED: ${list}. ${values.out}/ is unchanged; the logs are in ${work}/logs/`);
  process.exit(1);
}
const partsSeconds = seconds(partsStarted);
for (const name of reused) cache.linkOutput(name, join(work, 'parts', name));

const site = join(work, 'site');
const merged = mergeOutputs(
  order.map((name) => ({ name, dir: join(work, 'parts', name) })),
  site,
);
console.log(`merged: ${merged.moved} files and folders moved, ${merged.shared} files that every build writes alike`);
let changes: ChangeList;
try {
  changes = finishSite(site, out, { strict: values.strict });
} catch (error) {
  console.error(`build in parts FAILED: ${(error as Error).message}. ${values.out}/ is unchanged`);
  process.exit(1);
}
cache.keepOnly(partNames(plan));
rmSync(work, { recursive: true, force: true });

const secondsOf = new Map(results.map((result) => [result.name, result.seconds]));
const builds = order.map((name) => ({ name, documents: size(name), seconds: secondsOf.get(name) ?? null }));
const facts = { out: values.out, seconds: seconds(started), partsSeconds, jobs };
for (const line of summaryLines(builds, changes, facts)) console.log(line);

function size(name: string): number {
  return name === ARCHIVE_PART ? total : (documents.get(name) ?? 0);
}

function rank(name: string): number {
  return name === ARCHIVE_PART ? Number.POSITIVE_INFINITY : size(name);
}

function wholeNumber(option: 'jobs' | 'split-above' | 'join-below', example: string): number {
  const value = values[option]!;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  console.error(`--${option} takes a whole number above 0, such as ${example} (got "${value}")`);
  process.exit(2);
}
