/**
 * The build as the CI matrix runs it (.github/workflows/build.yml), each job
 * measured alone on this machine, one after another, as if each had a
 * machine of its own: the plan (the parts' and the index's), a job per
 * part, a job per group of the search index's shards (beside the parts:
 * both read content/ alone), then the merge. Each job starts with an empty cache folder (ZHENDANG_CACHE:
 * nothing parsed or read before), as a runner does. The matrix's wall time
 * is its critical path: the plan, the longest of the part and index jobs,
 * the merge. Installing, downloading and uploading artifacts are not
 * counted (they depend on the CI's network).
 *
 *   await runMatrix('/tmp/zhendang-bench-10000-x/site', 8, phase)
 *   → { plan, parts: [{ name: '四川省', measurement }, …], groups: [...], merge, criticalSeconds: 412.3, … }
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { partNames, readBuildPlan } from '../../src/lib/parts/build-plan.ts';
import { projectRoot } from '../store/project-root.ts';
import type { Measurement } from './measure.ts';
import { astroBin } from './site-copy.ts';

export type Phase = (command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv) => Promise<Measurement>;

export interface MatrixRun {
  plan: Measurement;
  parts: { name: string; measurement: Measurement }[];
  /** The index jobs, group 1 first. */
  groups: Measurement[];
  merge: Measurement;
  /** The plan, the longest part or index job, and the merge. */
  criticalSeconds: number;
  /** The most any one job took. */
  peakMegabytes: number;
}

export async function runMatrix(site: string, groups: number, phase: Phase): Promise<MatrixRun> {
  const script = (name: string) => join(projectRoot, 'scripts', name);
  let jobs = 0;
  // A job's environment: its own empty cache folder, as on a runner of its own.
  const fresh = (env: NodeJS.ProcessEnv = {}) => {
    const folder = join(site, 'job-caches', String(++jobs));
    mkdirSync(folder, { recursive: true });
    return { ...process.env, ...env, ZHENDANG_CACHE: folder };
  };
  // The plan job: the parts' plan, then each document's id and date for the index jobs.
  const planEnv = fresh();
  const partsPlan = await phase(process.execPath, [script('build-parts.ts'), '--plan-only'], site, planEnv);
  const planCache = join(site, 'index-jobs', 'plan', 'dist.search-cache');
  const indexPlan = await phase(
    process.execPath,
    [script('build-search-index.ts'), '--plan-only', '--cache', planCache],
    site,
    planEnv,
  );
  const plan = {
    ...indexPlan,
    seconds: partsPlan.seconds + indexPlan.seconds,
    peakMegabytes: Math.max(partsPlan.peakMegabytes, indexPlan.peakMegabytes),
  };
  const planFile = join(site, 'dist.parts', 'plan.json');
  const parts = [];
  for (const name of partNames(readBuildPlan(planFile))) {
    console.error(`  part ${name}`);
    const outDir = join(site, 'dist.parts', 'parts', name);
    const env = fresh({ ZHENDANG_PART: name, ZHENDANG_PART_PLAN: planFile });
    parts.push({
      name,
      measurement: await phase(process.execPath, [astroBin, 'build', '--outDir', outDir], site, env),
    });
  }
  const indexJobs = [];
  for (let group = 1; group <= groups; group++) {
    console.error(`  search index, group ${group} of ${groups}`);
    // Each job starts with no shards' cache but the ids and dates plan.tar brings it, as on a machine of its own.
    const job = join(site, 'index-jobs', String(group));
    mkdirSync(join(job, 'dist.search-cache'), { recursive: true });
    copyFileSync(join(planCache, 'documents.json'), join(job, 'dist.search-cache', 'documents.json'));
    const args = [
      script('build-search-index.ts'),
      '--group',
      `${group}/${groups}`,
      '--cache',
      join(job, 'dist.search-cache'),
    ];
    indexJobs.push(await phase(process.execPath, args, site, fresh()));
    // As the workflow hands the cache on: a pax tar file, unpacked in the merge job's folder.
    tar(['--format=posix', '-cf', join(job, 'index.tar'), '-C', job, 'dist.search-cache']);
    tar(['-xf', join(job, 'index.tar'), '-C', site]);
  }
  console.error('  merge');
  const merge = await phase(process.execPath, [script('merge-parts.ts')], site, fresh());
  const longest = Math.max(
    ...parts.map(({ measurement }) => measurement.seconds),
    ...indexJobs.map((job) => job.seconds),
  );
  const all = [plan, ...parts.map(({ measurement }) => measurement), ...indexJobs, merge];
  return {
    plan,
    parts,
    groups: indexJobs,
    merge,
    criticalSeconds: plan.seconds + longest + merge.seconds,
    peakMegabytes: Math.max(...all.map((job) => job.peakMegabytes)),
  };
}

function tar(args: string[]): void {
  const result = spawnSync('tar', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar ${args.join(' ')} failed: ${result.stderr}`);
}
