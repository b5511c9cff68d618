/**
 * `npm run build:merge` ends a build in parts whose parts were built
 * elsewhere (a CI job per part, .github/workflows/build.yml): it merges their
 * outputs, indexes the site for search and checks it as `npm run build:parts`
 * does, then replaces <out> whole.
 *
 *   node scripts/merge-parts.ts [--out dist] [--plan <out>.parts/plan.json] [--parts <out>.parts/parts] [--strict]
 *
 * Every build the plan names (`npm run build:parts -- --plan-only`) must have
 * its output in <parts>/<name>/, as
 * `ZHENDANG_PART=<name> ZHENDANG_PART_PLAN=<plan> astro build --outDir <parts>/<name>`
 * writes it, and no other folder may be there: a missing or stray part stops
 * the merge before anything is moved, naming it. The merged site is put
 * together in <out>.parts/site/; a failure leaves <out> as it was.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { partNames, readBuildPlan } from '../src/lib/parts/build-plan.ts';
import type { ChangeList } from './parts/change-list.ts';
import { finishSite } from './parts/finish-site.ts';
import { mergeOutputs } from './parts/merge.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    plan: { type: 'string' },
    parts: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});
const out = resolve(values.out);
const work = `${out}.parts`;
const planFile = resolve(values.plan ?? join(work, 'plan.json'));
const partsFolder = resolve(values.parts ?? join(work, 'parts'));

let names: string[];
try {
  names = partNames(readBuildPlan(planFile));
} catch (error) {
  fail((error as Error).message);
}
const there = existsSync(partsFolder)
  ? readdirSync(partsFolder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];
const missing = names.filter((name) => !there.includes(name));
const stray = there.filter((name) => !names.includes(name));
if (missing.length > 0) fail(`${partsFolder}/ lacks the output of ${missing.join(', ')}, which ${planFile} names`);
if (stray.length > 0) fail(`${partsFolder}/ holds ${stray.join(', ')}, which ${planFile} does not name`);

const site = join(work, 'site');
rmSync(site, { recursive: true, force: true });
try {
  const merged = mergeOutputs(
    names.map((name) => ({ name, dir: join(partsFolder, name) })),
    site,
  );
  console.log(`merged ${names.length} builds: ${merged.moved} files and folders moved, ${merged.shared} files alike`);
} catch (error) {
  fail((error as Error).message);
}
let changes: ChangeList;
try {
  changes = finishSite(site, out, { strict: values.strict });
} catch (error) {
  fail((error as Error).message);
}
rmSync(work, { recursive: true, force: true });
console.log(
  `${values.out}/ built from ${names.length} builds' outputs: ` +
    `${changes.added.length} files added, ${changes.changed.length} changed, ${changes.removed.length} removed (${values.out}.changes.json)`,
);

function fail(why: string): never {
  console.error(`merge FAILED: ${why}. ${values.out}/ is unchanged`);
  process.exit(1);
}
