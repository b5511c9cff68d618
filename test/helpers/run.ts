/** Run the project's own commands as a user would, on this project's Node. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { astroBin, copySite } from '../../scripts/bench/site-copy.ts';
import { projectRoot } from '../../scripts/store/project-root.ts';
import { fixtureInput } from './fixture-input.ts';

export { copySite, projectRoot };

// Vitest puts Vite's own variables into the environment; a build started from a
// test must not inherit them (BASE_URL=/ would override the site's base path).
// Nor CI's: a test's build is a local build, not a deployment (which must name
// its origin under CI); a test of that rule sets CI itself.
const INHERITED_NOT = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'CI'];

interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
}

function environment(options: RunOptions): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INHERITED_NOT) delete inherited[name];
  return { ...inherited, ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' };
}

export function run(args: string[], options: RunOptions = {}) {
  const env = environment(options);
  const result = spawnSync(process.execPath, args, { cwd: options.cwd ?? projectRoot, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** `run`, without blocking: so that several builds can run side by side. */
export function runInBackground(args: string[], options: RunOptions = {}): Promise<ReturnType<typeof run>> {
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? projectRoot, env: environment(options) });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, output: stdout + stderr }));
  });
}

export const convert = (...args: string[]) => run(['scripts/convert.ts', ...args]);

export const temporaryFolder = () => mkdtempSync(join(tmpdir(), 'zhendang-'));

/** A new temporary folder holding these files: `{ "data/a.csv": "text" }` maps a relative path to its text. */
export function folderWith(files: Record<string, string>): string {
  const root = temporaryFolder();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** `astro build` (or another astro command) in a copy of the site. */
export const astroIn = (root: string, ...args: string[]) => run([astroBin, ...args], { cwd: root });

export interface BuiltArchive {
  root: string;
  dist: string;
  base: string;
  /** Further settings the archive is built with (ZHENDANG_OAI_RECORDS_PER_FILE…). */
  env?: Record<string, string>;
}

/**
 * Build a small archive for real, as `npm run convert` and `npm run build`
 * do: the given source files become the copy's seeds/, are converted, built
 * and indexed. `base` is the sub-path to build for ("/" or "/zhendang/");
 * `indexArgs` go to the search indexer (`--shard-megabytes 0.02`); `files`
 * are written into the copy before converting, by path relative to it
 * (`{ "content/corrections/c8fa513d48a0.yaml": "fields: …" }`).
 */
export async function buildArchive(
  sources: string[],
  base = '/',
  indexArgs: string[] = [],
  env: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<BuiltArchive> {
  const root = copySite();
  shareCitations(root);
  mkdirSync(join(root, 'seeds'));
  for (const source of sources) copyFileSync(source, join(root, 'seeds', basename(source)));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const archive = { root, dist: join(root, 'dist'), base, env };
  await rebuildArchive(archive, indexArgs);
  return archive;
}

/**
 * Every archive a run builds keeps its citations in one file of the run's
 * (src/lib/cite-strings.ts keeps them in .astro/cache/citations.ndjson):
 * citeproc-js renders a record once a run, not once a build, and a build
 * that finds every record there compiles no style (2.5 s of CPU a build).
 * The strings are citeproc's all the same: the validator tests cite the
 * downloads with citeproc-js themselves and compare.
 */
function shareCitations(root: string): void {
  const runFolder = process.env.ZHENDANG_TEST_RUN_TMPDIR;
  if (!runFolder) return;
  mkdirSync(join(root, '.astro', 'cache'), { recursive: true });
  symlinkSync(join(runFolder, 'citations.ndjson'), join(root, '.astro', 'cache', 'citations.ndjson'));
}

/** Convert, build and index an archive's copy again, as `npm run convert && npm run build` would. */
export async function rebuildArchive(
  archive: BuiltArchive,
  indexArgs: string[] = [],
  moreEnv: Record<string, string> = {},
): Promise<void> {
  await runSteps(
    archive,
    [
      [join(projectRoot, 'scripts/convert.ts'), 'seeds', '--quiet'],
      [astroBin, 'build'],
    ],
    moreEnv,
  );
  await reindexArchive(archive, indexArgs, moreEnv);
}

/** Index an archive's documents for search again, into its dist/pagefind, as the last step of `npm run build` does. */
export function reindexArchive(
  archive: BuiltArchive,
  indexArgs: string[] = [],
  moreEnv: Record<string, string> = {},
): Promise<void> {
  return runSteps(archive, [[join(projectRoot, 'scripts/build-search-index.ts'), ...indexArgs]], moreEnv);
}

async function runSteps({ root, base, env }: BuiltArchive, steps: string[][], moreEnv: Record<string, string>) {
  for (const step of steps) {
    const result = await runInBackground(step, { cwd: root, env: { ...env, ...moreEnv, ZHENDANG_BASE: base } });
    if (result.status !== 0) throw new Error(`${step.join(' ')} failed:\n${result.output}`);
  }
}

/** A copy of a built archive (sources, documents, dist) in a folder of its own, for a test that changes it. */
export function copyArchive(archive: BuiltArchive): BuiltArchive {
  const root = mkdtempSync(join(tmpdir(), 'zhendang-site-'));
  // node_modules stays a link to the project's (cpSync copies a link as a link).
  cpSync(archive.root, root, { recursive: true });
  return { ...archive, root, dist: join(root, 'dist') };
}

/** The seeds, and each fixture's input under the fixture's name. */
export function archiveSources(): string[] {
  const folder = temporaryFolder();
  const seeds = join(projectRoot, 'seeds');
  const fixtures = join(projectRoot, 'test', 'fixtures');
  const sources = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(seeds, name));
  for (const name of readdirSync(fixtures)) {
    const input = fixtureInput(join(fixtures, name));
    const copy = join(folder, `${name}${extname(input)}`);
    copyFileSync(join(fixtures, name, input), copy);
    sources.push(copy);
  }
  return sources;
}
