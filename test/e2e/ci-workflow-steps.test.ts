/**
 * The shell steps of the CI workflow (.github/workflows/build.yml) and of the
 * README's GitLab pipeline, run as the runner runs them (bash -eo pipefail)
 * in a folder of their own: the matrix is the builds --plan-only names, a
 * matrix above the cap stops the run, a part packed by its job lands
 * where `npm run build:merge` looks for it, and the search index's groups,
 * indexed a job each, leave the merge nothing to index again.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{ … }} is a GitHub Actions expression, not a template
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { partNames, readBuildPlan } from '../../src/lib/parts/build-plan.ts';
import { readmeYaml, readWorkflow, stepById } from '../helpers/ci-workflow.ts';
import { projectRoot, temporaryFolder } from '../helpers/run.ts';

const workflow = readWorkflow();

/** A folder that runs the project's commands on its documents, writing only into itself. */
function checkout(): string {
  const folder = temporaryFolder();
  for (const name of [
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'astro.config.mjs',
    'scripts',
    'src',
    'public',
    'node_modules',
    'content',
  ])
    symlinkSync(join(projectRoot, name), join(folder, name));
  return folder;
}

function shell(script: string, cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The plan step as the plan job runs it: what it wrote to $GITHUB_OUTPUT. */
function planStep(cwd: string, env: Record<string, string> = {}) {
  const outputs = join(cwd, 'github-output');
  writeFileSync(outputs, '');
  const script = stepById(workflow.jobs.plan!, 'plan').run!;
  const result = shell(script, cwd, { SPLIT_ABOVE: '10000', INDEX_GROUPS: '8', GITHUB_OUTPUT: outputs, ...env });
  return { ...result, outputs: readFileSync(outputs, 'utf8') };
}

describe("the workflow's plan step", () => {
  it('gives the part job a matrix of the builds --plan-only names', () => {
    const folder = checkout();
    const { status, output, outputs } = planStep(folder);
    expect(status, output).toBe(0);
    const line = /^parts=(.*)$/m.exec(outputs)!;
    const names = partNames(readBuildPlan(join(folder, 'dist.parts', 'plan.json')));
    expect(names.length).toBeGreaterThan(2);
    expect(JSON.parse(line[1]!)).toEqual(names);
  });

  it.each([
    [256, 0],
    [257, 1],
  ])('with %i builds, exits %i (a matrix runs at most 256 jobs)', (count, status) => {
    const folder = temporaryFolder();
    const bin = join(folder, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nseq ${count} | sed 's/^/part-/'\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    const result = planStep(folder, { PATH: `${bin}:${process.env.PATH}` });
    expect(result.status, result.output).toBe(status);
    if (status === 0) expect(JSON.parse(/^parts=(.*)$/m.exec(result.outputs)![1]!)).toHaveLength(count);
    else expect(result.output).toContain('::error::257 builds: a matrix runs at most 256 jobs');
  });
});

describe("the workflow's handing of a part to the merge job", () => {
  it('unpacks each part packed by its job into dist.parts/parts/<name>/', () => {
    const part = workflow.jobs.part!;
    const upload = part.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    const unpack = stepById(workflow.jobs.merge!, 'unpack-parts').run!;
    const downloaded = String(workflow.jobs.merge!.steps.find((step) => step.with?.pattern)!.with!.path);
    const folder = temporaryFolder();
    const names = ['浙江省-杭州市', 'archive'];
    for (const name of names) {
      mkdirSync(join(folder, 'dist.parts', 'parts', name, 'reports'), { recursive: true });
      writeFileSync(join(folder, 'dist.parts', 'parts', name, 'reports', 'index.html'), name);
      const packed = shell(stepById(part, 'pack-part').run!, folder, { ZHENDANG_PART: name });
      expect(packed.status, packed.output).toBe(0);
      // Each job's artifact, downloaded with merge-multiple: its file in one folder with the others.
      const file = String(upload.with!.path).replace('${{ matrix.part }}', name);
      mkdirSync(join(folder, downloaded), { recursive: true });
      renameSync(join(folder, file), join(folder, downloaded, file));
    }
    rmSync(join(folder, 'dist.parts'), { recursive: true });
    const unpacked = shell(unpack, folder);
    expect(unpacked.status, unpacked.output).toBe(0);
    for (const name of names)
      expect(readFileSync(join(folder, 'dist.parts', 'parts', name, 'reports', 'index.html'), 'utf8')).toBe(name);
  });
});

describe("the workflow's search index in groups", () => {
  // The seeds in several shards, as a large archive is: the step's own command with the shard sizes of the tests.
  const smallShards = ' --shard-megabytes 0.02 --first-shard-megabytes 0.02';
  const indexJob = workflow.jobs.index!;

  it('gives the index job a matrix of 1 to ZHENDANG_INDEX_GROUPS, and stops at a number that is not one', () => {
    expect(planStep(checkout(), { INDEX_GROUPS: '3' }).outputs).toMatch(/^index-groups=\[1,2,3\]$/m);
    for (const bad of ['0', 'eight', '257']) {
      const result = planStep(checkout(), { INDEX_GROUPS: bad });
      expect(result.status, result.output).toBe(1);
      expect(result.output).toContain(`::error::ZHENDANG_INDEX_GROUPS is ${bad}`);
    }
  });

  it('leaves the merge job nothing to index: its index is that of one process, file for file', () => {
    const groups = 3;
    const merge = checkout();
    const downloaded = String(workflow.jobs.merge!.steps.find((step) => step.with?.pattern === 'index-*')!.with!.path);
    mkdirSync(join(merge, downloaded));
    for (let group = 1; group <= groups; group++) {
      // Each job on a machine of its own: no cache but the one it writes.
      const job = checkout();
      const env = { GROUP: String(group), INDEX_GROUPS: String(groups) };
      const indexed = shell(stepById(indexJob, 'index-group').run! + smallShards, job, env);
      expect(indexed.status, indexed.output).toBe(0);
      expect(indexed.output).toContain(`search index, group ${group} of ${groups}:`);
      const packed = shell(stepById(indexJob, 'pack-index').run!, job, env);
      expect(packed.status, packed.output).toBe(0);
      renameSync(join(job, `index-${group}.tar`), join(merge, downloaded, `index-${group}.tar`));
    }
    const unpacked = shell(stepById(workflow.jobs.merge!, 'unpack-index').run!, merge);
    expect(unpacked.status, unpacked.output).toBe(0);
    expectNothingIndexedAgain(merge, groups);
  });

  it("does the same in the README's GitLab pipeline, a job for each of `parallel`'s nodes", () => {
    const child = parse(readmeYaml('.gitlab/parts.yml')) as Record<string, { script: string[]; parallel: number }>;
    const groups = 3;
    const merge = checkout();
    for (let node = 1; node <= groups; node++) {
      const job = checkout();
      const script = child
        .index!.script.join('\n')
        .replace('--cache dist.search-cache', `--cache dist.search-cache${smallShards}`);
      const indexed = shell(script, job, { CI_NODE_INDEX: String(node), CI_NODE_TOTAL: String(groups) });
      expect(indexed.status, indexed.output).toBe(0);
      // GitLab brings each job's artifacts into the merge job's folder.
      renameSync(join(job, `index-${node}.tar`), join(merge, `index-${node}.tar`));
    }
    const unpacked = shell(child.merge!.script.filter((line) => line.includes('tar -xf')).join('\n'), merge);
    expect(unpacked.status, unpacked.output).toBe(0);
    expectNothingIndexedAgain(merge, groups);
  });

  /** What the merge's index runs (scripts/parts/finish-site.ts, the cache beside dist/): nothing indexed again, and one process's index. */
  function expectNothingIndexedAgain(merge: string, groups: number): void {
    const merged = shell(
      `node scripts/build-search-index.ts --out dist/pagefind --cache dist.search-cache${smallShards}`,
      merge,
    );
    expect(merged.status, merged.output).toBe(0);
    const shards = JSON.parse(readFileSync(join(merge, 'dist/pagefind/shards.json'), 'utf8')).shards.length;
    expect(shards).toBeGreaterThan(groups);
    expect(merged.output).toContain(`0 indexed again and ${shards} unchanged`);
    const alone = checkout();
    const whole = shell(`node scripts/build-search-index.ts --out dist/pagefind${smallShards}`, alone);
    expect(whole.status, whole.output).toBe(0);
    expect(filesOf(join(merge, 'dist/pagefind'))).toEqual(filesOf(join(alone, 'dist/pagefind')));
  }
});

/** Every file under `folder`, by its path there, as its SHA-256. */
function filesOf(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(folder.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

describe("the workflow's deploy step", () => {
  const deploy = workflow.jobs.deploy!.steps.find((step) => step.run?.includes('npm run deploy'))!;
  /** The arguments the deploy step gives npm, under these settings. */
  const argumentsWith = (env: Record<string, string>) => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'npm'), '#!/bin/sh\nprintf "%s\\n" "$@"\n');
    chmodSync(join(folder, 'npm'), 0o755);
    const settings = { BUCKET: '', ENDPOINT: '', PREFIX: '', PATH_STYLE: '', ...env };
    const result = shell(deploy.run!, folder, { ...settings, PATH: `${folder}:${process.env.PATH}` });
    expect(result.status, result.output).toBe(0);
    return result.output.trim().split('\n');
  };

  it('names the bucket, and the endpoint, prefix and path style only where they are set', () => {
    const always = ['run', 'deploy', '--', '--bucket', 'zhendang', '--quiet'];
    expect(argumentsWith({ BUCKET: 'zhendang' })).toEqual(always);
    expect(
      argumentsWith({ BUCKET: 'zhendang', ENDPOINT: 'https://oss.example', PREFIX: '镇档/', PATH_STYLE: 'true' }),
    ).toEqual([...always, '--endpoint', 'https://oss.example', '--prefix', '镇档/', '--path-style']);
  });
});

describe("the README's GitLab plan job", () => {
  it('writes a child pipeline whose matrix is the builds --plan-only names', () => {
    const folder = checkout();
    mkdirSync(join(folder, '.gitlab'));
    writeFileSync(join(folder, '.gitlab', 'parts.yml'), readmeYaml('.gitlab/parts.yml'));
    const plan = (parse(readmeYaml('.gitlab-ci.yml')) as { plan: { script: string[] } }).plan;
    // Installing and converting are the project's own commands, tested elsewhere.
    const script = plan.script.filter((line) => !/^npm (install|run convert)\b/.test(line)).join('\n');
    const result = shell(script, folder);
    expect(result.status, result.output).toBe(0);
    const child = parse(readFileSync(join(folder, 'parts-pipeline.yml'), 'utf8')) as {
      part: { parallel: { matrix: { ZHENDANG_PART: string[] }[] } };
    };
    const names = partNames(readBuildPlan(join(folder, 'dist.parts', 'plan.json')));
    expect(child.part.parallel.matrix).toEqual([{ ZHENDANG_PART: names }]);
    expect(existsSync(join(folder, 'parts.txt'))).toBe(true);
  });
});
