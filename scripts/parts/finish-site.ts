/**
 * What follows the merge of a build in parts, the same for `npm run
 * build:parts` and `npm run build:merge`: the search index (or one made
 * beside the build, `prebuiltIndex`, moved in) and the address check over
 * the merged site, as `npm run build` runs them; the list of
 * files added, changed and removed against the current <out> (written to
 * <out>.changes.json, for a deploy to move only those); then <out> replaced
 * whole, and what the old one was built from forgotten (site-state.ts). A step that fails throws, naming it, and <out> is left as it was.
 *
 *   finishSite("dist.parts/site", "/repo/dist", { strict: false })
 *   → { added: [...], changed: [...], removed: [...] }, and dist/ is the new site
 */
import { spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../store/project-root.ts';
import { type ChangeList, changeList, type KnownPaths, writeChangeList } from './change-list.ts';
import { forgetSiteState } from './site-state.ts';
import { switchFolder } from './switch-folder.ts';

export function finishSite(
  site: string,
  out: string,
  options: { strict: boolean; prebuiltIndex?: string; known?: KnownPaths },
): ChangeList {
  if (options.prebuiltIndex) renameSync(options.prebuiltIndex, join(site, 'pagefind'));
  else runStep(site, searchIndexArgs(join(site, 'pagefind'), out));
  runStep(site, [
    join(projectRoot, 'scripts', 'check-urls.ts'),
    '--dist',
    site,
    ...(options.strict ? ['--strict'] : []),
  ]);
  const changes = changeList(site, out, options.known);
  // What the old site was built from is not what the new one is: the run that built it writes its own.
  forgetSiteState(out);
  switchFolder(site, out);
  writeChangeList(`${out}.changes.json`, changes);
  return changes;
}

/**
 * The search index's script and arguments, for the site <out> is to be: the shards' cache beside <out>, as the
 * parts' is (the work folder is removed after each run).
 */
export function searchIndexArgs(folder: string, out: string): string[] {
  return [join(projectRoot, 'scripts', 'build-search-index.ts'), '--out', folder, '--cache', `${out}.search-cache`];
}

/** A script of this project run to its end (`args`: the script, then its arguments), or an error naming it. */
function runStep(site: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${basename(args[0]!)} failed; the merged site is in ${site}`);
}
