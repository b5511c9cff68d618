/**
 * What `npm run build:parts` keeps beside the site it built, so that the
 * next run can update it in one build (scripts/parts/update-build.ts):
 * <out>.pages.json, the list of its pages with their files and keys
 * (src/lib/parts/page-list.ts), and <out>.built-from.json, the site's
 * digest (site-digest.ts) and each document's (plan-records.ts) it was
 * built from.
 *
 *   writeSiteState('dist', { site: 'c0ffee…', documents: { '18ac4b943fd2': '…' } }, pages)
 *   readSiteState('dist')   → { site, documents, pagesFile: 'dist.pages.json' }, or null
 *
 * Both are removed before <out> is replaced (finish-site.ts) and written
 * after: a site replaced by another run (`npm run build:merge`) or an
 * interrupted one has no state, and the next run builds in parts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { type PageList, pageListText } from '../../src/lib/parts/page-list.ts';
import { writeFileAtomic } from '../store/write-atomic.ts';

export interface BuiltFrom {
  site: string;
  documents: Record<string, string>;
}

const pagesFile = (out: string) => `${out}.pages.json`;
const builtFromFile = (out: string) => `${out}.built-from.json`;

export function readSiteState(out: string): (BuiltFrom & { pagesFile: string }) | null {
  if (!existsSync(out) || !existsSync(pagesFile(out))) return null;
  try {
    const builtFrom = JSON.parse(readFileSync(builtFromFile(out), 'utf8')) as BuiltFrom;
    if (typeof builtFrom.site !== 'string' || typeof builtFrom.documents !== 'object') return null;
    return { ...builtFrom, pagesFile: pagesFile(out) };
  } catch {
    return null; // Absent or not whole: the next run builds in parts.
  }
}

export function writeSiteState(out: string, builtFrom: BuiltFrom, pages: PageList): void {
  writeFileAtomic(pagesFile(out), pageListText(pages));
  writeFileAtomic(builtFromFile(out), `${JSON.stringify(builtFrom)}\n`);
}

export function forgetSiteState(out: string): void {
  rmSync(builtFromFile(out), { force: true });
  rmSync(pagesFile(out), { force: true });
}

/** How many documents were added, changed or removed since the site was built: `documents` as they are now. */
export function changedDocuments(before: Record<string, string>, documents: Record<string, string>): number {
  let changed = 0;
  for (const [id, digest] of Object.entries(documents)) if (before[id] !== digest) changed++;
  for (const id of Object.keys(before)) if (!(id in documents)) changed++;
  return changed;
}
