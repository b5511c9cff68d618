/**
 * The house's shape, as dependency-cruiser reads it from the imports of
 * scripts/ and src/ (README "How it fits together"): no circle between files
 * or between folders, and imports running one way, from the command-line
 * entries down to the code the converter and the site share.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cruise, type IForbiddenRuleType, type IModule } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/store/project-root.ts';

/** Each rule forbids imports `from` files matching a path `to` files matching another. */
const RULES: IForbiddenRuleType[] = [
  { name: 'no circle between files', from: {}, to: { circular: true } },
  { name: 'the site never imports the scripts', from: { path: '^src/' }, to: { path: '^scripts/' } },
  {
    name: 'shared code runs anywhere: no Node or Astro modules',
    from: { path: '^src/shared/' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'shared code imports only shared code and packages',
    from: { path: '^src/shared/' },
    to: { path: '^src/', pathNot: '^src/shared/' },
  },
  { name: 'shared code imports no astro: module', from: { path: '^src/shared/' }, to: { path: '^astro:' } },
  {
    name: 'browser code imports only browser, shared and catalogue code',
    from: { path: '^src/browser/' },
    to: { path: '^src/', pathNot: '^src/(browser|shared|i18n)/' },
  },
  { name: 'browser code imports no Node module', from: { path: '^src/browser/' }, to: { dependencyTypes: ['core'] } },
  { name: 'nothing imports a command-line entry', from: {}, to: { path: '^scripts/[^/]+[.]ts$' } },
  {
    name: 'the converter never reaches the store, the search index or the bench',
    from: { path: '^scripts/converter/' },
    to: { path: '^scripts/(store|search-index|bench)/' },
  },
  {
    name: 'helpers import only helpers',
    from: { path: '^scripts/converter/helpers/' },
    to: { path: '^scripts/', pathNot: '^scripts/converter/helpers/' },
  },
  {
    name: 'layouts import only helpers and layouts',
    from: { path: '^scripts/converter/layouts/' },
    to: { path: '^scripts/', pathNot: '^scripts/converter/(helpers|layouts)/' },
  },
  {
    name: 'reading bytes comes before the tree: read/ imports no plugin or layout',
    from: { path: '^scripts/converter/read/' },
    to: { path: '^scripts/converter/(plugins|layouts)/' },
  },
  {
    name: 'a plugin imports no other plugin (only the data they share)',
    from: { path: '^scripts/converter/plugins/' },
    to: { path: '^scripts/converter/plugins/', pathNot: '^scripts/converter/plugins/vfile-data[.]ts$' },
  },
];

let modules: IModule[];
let violations: { rule: string; from: string; to: string }[];

beforeAll(async () => {
  const previous = process.cwd();
  process.chdir(projectRoot);
  try {
    const { output } = await cruise(['scripts', 'src'], {
      validate: true,
      ruleSet: { forbidden: RULES.map((rule) => ({ severity: 'error', ...rule })) },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      tsConfig: { fileName: join(projectRoot, 'tsconfig.json') },
    });
    if (typeof output === 'string') throw new Error('dependency-cruiser gave text, not a result');
    modules = output.modules;
    violations = output.summary.violations.map(({ rule, from, to }) => ({ rule: rule.name, from, to }));
  } finally {
    process.chdir(previous);
  }
}, 60_000);

describe('the imports of scripts/ and src/', () => {
  it('are read from every TypeScript file there', () => {
    const files = ['scripts', 'src'].flatMap((folder) =>
      readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map((name) => `${folder}/${name}`),
    );
    const read = modules.map(({ source }) => source).filter((source) => files.includes(source));
    expect(read.sort()).toEqual(files.sort());
  });

  it.each(RULES.map(({ name }) => name!))('keep the rule: %s', (rule) => {
    expect(violations.filter((violation) => violation.rule === rule)).toEqual([]);
  });

  it('form no circle between folders', () => {
    expect(folderCircles(modules)).toEqual([]);
  });
});

/** Circles in the graph of folders (a folder imports another when one of its files does), as `a → b → a`. */
function folderCircles(graph: IModule[]): string[] {
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
  const edges = new Map<string, Set<string>>();
  for (const { source, dependencies } of graph) {
    if (!/^(scripts|src)\//.test(source)) continue;
    for (const { resolved } of dependencies) {
      if (!/^(scripts|src)\//.test(resolved) || folderOf(resolved) === folderOf(source)) continue;
      const targets = edges.get(folderOf(source)) ?? new Set<string>();
      edges.set(folderOf(source), targets.add(folderOf(resolved)));
    }
  }
  const circles: string[] = [];
  const walk = (folder: string, path: string[]) => {
    for (const next of edges.get(folder) ?? []) {
      if (next === path[0]) circles.push([...path, next].join(' → '));
      else if (!path.includes(next) && next > path[0]!) walk(next, [...path, next]);
    }
  };
  for (const folder of [...edges.keys()].sort()) walk(folder, [folder]);
  return circles;
}
