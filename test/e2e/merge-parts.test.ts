/**
 * A build in parts as CI runs it (.github/workflows/build.yml): the plan from
 * `npm run build:parts -- --plan-only`, each build it names run alone as a
 * job per part runs it, then `npm run build:merge` merges, indexes and checks
 * them. The site is the one a build in one process writes, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBin } from '../../scripts/bench/site-copy.ts';
import { type BuiltArchive, copyArchive, projectRoot, run, runInBackground } from '../helpers/run.ts';
import { sharedArchive } from '../helpers/shared-archives.ts';

const env = { ZHENDANG_BASE: '/' };

describe('a build in parts merged from builds run apart', () => {
  let archive: BuiltArchive;
  let oneProcess: string;
  let names: string[];
  const work = () => join(archive.root, 'dist.parts');
  const merge = () => run([join(projectRoot, 'scripts/merge-parts.ts')], { cwd: archive.root, env });

  beforeAll(() => {
    // The archive of the seeds and fixtures, built in one process for this run: a copy of it is built again in parts.
    const shared = sharedArchive('seeds');
    oneProcess = shared.dist;
    archive = copyArchive(shared);
    rmSync(archive.dist, { recursive: true, force: true });
    const plan = run([join(projectRoot, 'scripts/build-parts.ts'), '--plan-only', '--split-above', '4'], {
      cwd: archive.root,
      env,
    });
    if (plan.status !== 0) throw new Error(`--plan-only failed:\n${plan.output}`);
    names = plan.stdout.trim().split('\n');
  }, 600_000);

  it('takes the builds --plan-only names, one a line', () => {
    expect(names).toContain('archive');
    expect(names).toContain('浙江省-杭州市');
    expect(existsSync(join(work(), 'plan.json'))).toBe(true);
  });

  it('stops before merging when a build of the plan is missing, or one it does not name is there', () => {
    mkdirSync(archive.dist);
    writeFileSync(join(archive.dist, 'left-alone'), '');
    for (const name of names.slice(1)) mkdirSync(join(work(), 'parts', name), { recursive: true });
    const missing = merge();
    expect(missing.status).toBe(1);
    expect(missing.output).toContain(`lacks the output of ${names[0]}, which`);
    mkdirSync(join(work(), 'parts', names[0]!));
    mkdirSync(join(work(), 'parts', '湖北省'));
    const stray = merge();
    expect(stray.status).toBe(1);
    expect(stray.output).toMatch(/holds 湖北省, which .* does not name\. dist\/ is unchanged/);
    expect(existsSync(join(archive.dist, 'left-alone'))).toBe(true);
    rmSync(join(work(), 'parts'), { recursive: true });
    rmSync(archive.dist, { recursive: true });
  });

  it('writes exactly the files of a build in one process from the builds run one by one', async () => {
    const buildPart = (name: string) =>
      runInBackground([astroBin, 'build', '--outDir', join(work(), 'parts', name)], {
        cwd: archive.root,
        env: { ...env, ZHENDANG_PART: name, ZHENDANG_PART_PLAN: join(work(), 'plan.json') },
      });
    // Two at a time, as two CI runners would.
    for (let at = 0; at < names.length; at += 2) {
      for (const built of await Promise.all(names.slice(at, at + 2).map(buildPart)))
        expect(built.status, built.output).toBe(0);
    }
    const merged = merge();
    expect(merged.status, merged.output).toBe(0);
    expect(merged.output).toContain(`merged ${names.length} builds`);
    const diff = spawnSync('diff', ['-r', oneProcess, archive.dist], { encoding: 'utf8' });
    expect(diff.stdout + diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    expect(existsSync(join(archive.dist, 'pagefind', 'shards.json'))).toBe(true);
    expect(existsSync(work())).toBe(false);
  }, 900_000);
});
