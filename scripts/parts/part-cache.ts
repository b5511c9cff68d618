/**
 * The last output of each build of a plan, kept in `<cache>/<name>/`
 * (`output/`, `entry.json` with its key, and `pages.json`, the list of its
 * pages: src/lib/parts/page-list.ts) and reused while its key is the same. A part's key is its digest (the files its pages read, plan.ts) with
 * the site's (site-digest.ts); the archive build reads every record, so its
 * key holds every part's digest: any change anywhere builds it again.
 *
 *   const cache = new PartCache('dist.parts-cache', 'dist.parts/staging');
 *   const keys = buildKeys(plan, siteDigest('.'));
 *   cache.holds('湖南省', keys.get('湖南省')!)          → true: reuse it
 *   cache.linkOutput('湖南省', 'dist.parts/parts/湖南省')   its files, as hard links
 *   cache.store('湖南省', key, 'dist.parts/parts/湖南省', 'dist.parts/pages/湖南省.json')   once it built: the old output replaced whole
 *   cache.pageList('湖南省')   → its list of pages, or null
 *
 * An entry is complete or absent: it is assembled aside and renamed into
 * place. Its files are hard links (file-tree.ts) that dist/ shares; an
 * entry whose files were written in place since (their sizes or times
 * differ from those it recorded) is not reused.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_PART, type BuildPlan } from '../../src/lib/parts/build-plan.ts';
import { type PageList, readPageList } from '../../src/lib/parts/page-list.ts';
import { filesIn, linkTree } from './file-tree.ts';

/** The key of each build of the plan, its parts' and the archive build's, by name. */
export function buildKeys(plan: BuildPlan, site: string): Map<string, string> {
  const key = (text: string) => createHash('sha256').update(`site ${site}\n${text}`).digest('hex');
  const keys = new Map(plan.parts.map((part) => [part.name, key(`part ${part.name} ${part.digest}\n`)]));
  keys.set(ARCHIVE_PART, key(plan.parts.map((part) => `part ${part.name} ${part.digest}\n`).join('')));
  return keys;
}

interface Entry {
  key: string;
  /** SHA-256 of the output's paths, sizes and modification times when it was stored. */
  stamp: string;
}

export class PartCache {
  private readonly folder: string;
  /** Where entries are assembled: on the same file system, and never read as the cache. */
  private readonly staging: string;

  constructor(folder: string, staging: string) {
    this.folder = folder;
    this.staging = staging;
  }

  /** Whether the cache holds an output of `name` built with `key`, unaltered since. */
  holds(name: string, key: string): boolean {
    const entry = this.entry(name);
    return entry?.key === key && entry.stamp === stamp(join(this.folder, name, 'output'));
  }

  /** Bring the kept output of `name` to `to` (which must not exist), as hard links. */
  linkOutput(name: string, to: string): void {
    linkTree(join(this.folder, name, 'output'), to);
  }

  /** Keep `output`, built with `key` (and the list of its pages), as those of `name`, in the place of the ones kept before. */
  store(name: string, key: string, output: string, pages?: string): void {
    const assembled = join(this.staging, name);
    rmSync(assembled, { recursive: true, force: true });
    linkTree(output, join(assembled, 'output'));
    if (pages) copyFileSync(pages, join(assembled, 'pages.json'));
    const entry: Entry = { key, stamp: stamp(join(assembled, 'output')) };
    writeFileSync(join(assembled, 'entry.json'), `${JSON.stringify(entry)}\n`);
    mkdirSync(this.folder, { recursive: true });
    rmSync(join(this.folder, name), { recursive: true, force: true });
    renameSync(assembled, join(this.folder, name));
  }

  /** The list of the pages of the output kept for `name`; null when there is none, or it was kept without one. */
  pageList(name: string): PageList | null {
    const path = join(this.folder, name, 'pages.json');
    return existsSync(path) ? readPageList(path) : null;
  }

  /** Remove the outputs of builds the plan no longer has (a place split by city, a place emptied). */
  keepOnly(names: string[]): void {
    if (!existsSync(this.folder)) return;
    const kept = new Set(names);
    for (const name of readdirSync(this.folder))
      if (!kept.has(name)) rmSync(join(this.folder, name), { recursive: true, force: true });
  }

  private entry(name: string): Entry | null {
    try {
      return JSON.parse(readFileSync(join(this.folder, name, 'entry.json'), 'utf8')) as Entry;
    } catch {
      return null; // Never stored, or not whole: built again.
    }
  }
}

function stamp(folder: string): string {
  const hash = createHash('sha256');
  for (const path of filesIn(folder)) {
    const { size, mtimeMs } = statSync(join(folder, path));
    hash.update(`${path}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}
