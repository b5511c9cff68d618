/** The CI workflow of a build in parts (.github/workflows/build.yml) and the README's GitLab pipeline, read for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../scripts/store/project-root.ts';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  env?: Record<string, string>;
  steps: Step[];
}

export interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

export const WORKFLOW = join(projectRoot, '.github/workflows/build.yml');

export const workflowText = () => readFileSync(WORKFLOW, 'utf8');

export const readWorkflow = (): Workflow => parse(workflowText()) as Workflow;

/** The step of a job with this id; throws if there is none. */
export function stepById(job: Job, id: string): Step {
  const step = job.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step with id "${id}"`);
  return step;
}

/** The npm scripts a shell script runs: `npm run --silent build:parts -- …` → build:parts. */
export function npmScriptsRun(script: string): string[] {
  return [...script.matchAll(/\bnpm run(?:\s+--?[a-z-]+)*\s+([\w:.-]+)/g)].map((match) => match[1]!);
}

/** The programs a shell script runs through npx: `npx astro build` → astro. */
export function npxProgramsRun(script: string): string[] {
  return [...script.matchAll(/\bnpx\s+([\w@/.-]+)/g)].map((match) => match[1]!);
}

/** A YAML code block of the README, named by the comment on its first line: `# .gitlab-ci.yml`. */
export function readmeYaml(file: string): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const block = blocks.find((text) => text.startsWith(`# ${file}`));
  if (!block) throw new Error(`README.md has no yaml block starting "# ${file}"`);
  return block;
}
