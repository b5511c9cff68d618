/**
 * What follows the merge of a build in parts, the same for `npm run
 * build:parts` and `npm run build:merge`: the search index and the address
 * check over the merged site, as `npm run build` runs them; the list of
 * files added, changed and removed against the current <out> (written to
 * <out>.changes.json, for a deploy to move only those); then <out> replaced
 * whole, and what the old one was built from forgotten (site-state.ts). A step that fails throws, naming it, and <out> is left as it was.
 *
 *   finishSite("dist.parts/site", "/repo/dist", { strict: false })
 *   → { added: [...], changed: [...], removed: [...] }, and dist/ is the new site
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../store/project-root.ts';
import { type ChangeList, changeList, writeChangeList } from './change-list.ts';
import { forgetSiteState } from './site-state.ts';
import { switchFolder } from './switch-folder.ts';

export function finishSite(site: string, out: string, options: { strict: boolean }): ChangeList {
  // The shards' cache beside <out>, as the parts' is: the work folder is removed after each run.
  runStep(site, 'build-search-index.ts', '--out', join(site, 'pagefind'), '--cache', `${out}.search-cache`);
  runStep(site, 'check-urls.ts', '--dist', site, ...(options.strict ? ['--strict'] : []));
  const changes = changeList(site, out);
  // What the old site was built from is not what the new one is: the run that built it writes its own.
  forgetSiteState(out);
  switchFolder(site, out);
  writeChangeList(`${out}.changes.json`, changes);
  return changes;
}

function runStep(site: string, script: string, ...args: string[]): void {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} failed; the merged site is in ${site}`);
}
