/**
 * The CI workflow of a build in parts (.github/workflows/build.yml), read
 * without running it: valid against GitHub's workflow schema (SchemaStore's,
 * as @action-validator/core ships it), every command it names is the
 * project's, and its jobs hand on what the next one needs. The README's
 * GitLab pipeline is held to the same commands.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{ … }} is a GitHub Actions expression, not a template
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILD_HEAP } from '../../scripts/parts/build-heap.ts';
import { projectRoot } from '../../scripts/store/project-root.ts';
import {
  type Job,
  npmScriptsRun,
  npxProgramsRun,
  readmeYaml,
  readWorkflow,
  stepById,
  workflowText,
} from '../helpers/ci-workflow.ts';

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const workflow = readWorkflow();
const job = (name: string): Job => workflow.jobs[name]!;
const runs = (of: Job) => of.steps.flatMap((step) => (step.run ? [step.run] : []));

describe('.github/workflows/build.yml', () => {
  it("is valid against GitHub's workflow schema", () => {
    expect(validateWorkflow(workflowText()).errors).toEqual([]);
  });

  it('is checked by a validator that rejects a broken workflow', () => {
    const broken = workflowText().replace('    outputs:\n', '    output:\n');
    expect(broken).not.toBe(workflowText());
    expect(JSON.stringify(validateWorkflow(broken).errors)).toContain("Additional property 'output' is not allowed");
  });

  it('runs only npm scripts package.json has, and programs the project installs', () => {
    const all = Object.values(workflow.jobs).flatMap(runs).join('\n');
    expect([...new Set(npmScriptsRun(all))].sort()).toEqual([
      'build:index',
      'build:merge',
      'build:parts',
      'convert',
      'deploy',
    ]);
    for (const name of npmScriptsRun(all)) expect(scripts).toContain(name);
    for (const name of npxProgramsRun(all)) expect(existsSync(join(projectRoot, 'node_modules/.bin', name))).toBe(true);
  });

  it('builds a job per name that --plan-only prints, stopping all at the first to fail', () => {
    expect(stepById(job('plan'), 'plan').run).toMatch(/npm run --silent build:parts -- --plan-only .*> parts\.txt/);
    expect(job('plan').outputs).toEqual({
      parts: '${{ steps.plan.outputs.parts }}',
      'index-groups': '${{ steps.plan.outputs.index-groups }}',
    });
    expect(job('part').needs).toBe('plan');
    expect(job('part').strategy).toEqual({
      'fail-fast': true,
      matrix: { part: '${{ fromJSON(needs.plan.outputs.parts) }}' },
    });
    expect(job('part').env).toEqual({
      ZHENDANG_PART: '${{ matrix.part }}',
      ZHENDANG_PART_PLAN: 'dist.parts/plan.json',
      NODE_OPTIONS: BUILD_HEAP,
    });
    expect(runs(job('part'))).toContain('npx astro build --outDir "dist.parts/parts/$ZHENDANG_PART"');
  });

  it('uploads each part as one tar file named by the part, and merges every one of them', () => {
    const uploads = job('part').steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step.with)).toEqual([
      { name: 'part-${{ matrix.part }}', path: '${{ matrix.part }}.tar', 'retention-days': 1 },
    ]);
    const downloads = job('merge').steps.filter((step) => step.with?.pattern);
    for (const download of downloads) expect(download.uses).toMatch(/^actions\/download-artifact@/);
    expect(downloads.map((download) => download.with)).toEqual([
      { pattern: 'part-*', path: 'part-tars', 'merge-multiple': true },
      { pattern: 'index-*', path: 'index-tars', 'merge-multiple': true },
    ]);
    // Each pattern takes its jobs' artifacts, and neither the plan, the site nor the other's.
    const names = Object.values(workflow.jobs).flatMap((each) =>
      each.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@')).map((step) => step.with!.name),
    );
    expect(names.filter((name) => String(name).startsWith('part-'))).toEqual(['part-${{ matrix.part }}']);
    expect(names.filter((name) => String(name).startsWith('index-'))).toEqual(['index-${{ matrix.group }}']);
    expect(names.sort()).toEqual(['index-${{ matrix.group }}', 'part-${{ matrix.part }}', 'plan', 'site']);
    expect(runs(job('merge'))).toContain('npm run build:merge');
  });

  it('indexes the shards for search a group a job, beside the parts, and merges once both are done', () => {
    expect(job('index').needs).toBe('plan');
    expect(job('index').strategy).toEqual({
      'fail-fast': true,
      matrix: { group: '${{ fromJSON(needs.plan.outputs.index-groups) }}' },
    });
    expect(stepById(job('index'), 'index-group').run).toBe(
      'npm run build:index -- --group "$GROUP/$INDEX_GROUPS" --cache dist.search-cache',
    );
    expect(job('merge').needs).toEqual(['part', 'index']);
    // A ZHENDANG_ setting is part of every build's and shard's key (scripts/parts/site-digest.ts): not this one.
    expect(Object.keys(workflow.env!)).toContain('INDEX_GROUPS');
  });

  it('deploys only from main, and only the deploy job sees the secrets', () => {
    expect(job('deploy').if).toBe("github.ref == 'refs/heads/main'");
    expect(job('deploy').needs).toBe('merge');
    expect(runs(job('deploy')).join('\n')).toMatch(/^npm run deploy -- --bucket "\$BUCKET"/m);
    const { deploy, ...others } = workflow.jobs;
    expect(JSON.stringify(others)).not.toContain('secrets.');
    expect(JSON.stringify(workflow.env)).not.toContain('secrets.');
  });
});

describe("the README's GitLab pipeline", () => {
  const parent = parse(readmeYaml('.gitlab-ci.yml')) as Record<string, { script?: string[] }>;
  const child = parse(readmeYaml('.gitlab/parts.yml')) as Record<string, { script?: string[]; parallel?: unknown }>;
  const commands = [...Object.values(parent), ...Object.values(child)].flatMap((each) => each.script ?? []).join('\n');

  it('runs only npm scripts package.json has, and programs the project installs', () => {
    expect([...new Set(npmScriptsRun(commands))].sort()).toEqual([
      'build:index',
      'build:merge',
      'build:parts',
      'convert',
      'deploy',
    ]);
    for (const name of npmScriptsRun(commands)) expect(scripts).toContain(name);
    for (const name of npxProgramsRun(commands))
      expect(existsSync(join(projectRoot, 'node_modules/.bin', name))).toBe(true);
  });

  it("makes the child pipeline's matrix of --plan-only's names", () => {
    expect(commands).toMatch(/npm run --silent build:parts -- --plan-only .*> parts\.txt/);
    expect(child.part!.parallel).toEqual({ matrix: [{ ZHENDANG_PART: ['__PARTS__'] }] });
  });

  it('gives each part the heap build:parts gives its builds', () => {
    expect((child.part as { variables?: Record<string, string> }).variables?.NODE_OPTIONS).toBe(BUILD_HEAP);
  });
});
