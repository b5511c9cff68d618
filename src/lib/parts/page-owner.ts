/**
 * Which build of a plan (src/lib/parts/build-plan.ts) writes a page, from
 * the page's route and path alone. A document's page, raw
 * source and kept attachments belong to the part holding the document; a
 * place page to the part whose place it is under; a province's figures CSVs
 * (one a year) to the part that holds the whole province (alone or joined with its
 * region's other small ones), which loads every document the file holds; every other page, and a
 * place or a CSV above every part's (a province split by city), to the
 * archive build, so that a new document builds its province's CSV again
 * in its own part, not in the build that every update runs.
 *
 *   const ownerOf = pageOwners(plan);   // 浙江省 split into 浙江省-杭州市 and 浙江省-温州市
 *   ownerOf('src/pages/reports/[id].astro', '/reports/18ac4b943fd2/')      → '浙江省-杭州市'
 *   ownerOf('src/pages/sources/[source].ts', '/sources/18ac4b943fd2.txt')  → '浙江省-杭州市'
 *   ownerOf('src/pages/places/[...path].astro', '/places/浙江省/杭州市/')   → '浙江省-杭州市'
 *   ownerOf('src/pages/places/[...path].astro', '/places/浙江省/')          → 'archive'
 *   ownerOf('src/pages/figures/[table].csv.ts', '/figures/湖南省-2024.csv')  → '湖南省'
 *   ownerOf('src/pages/figures/[table].csv.ts', '/figures/浙江省-2024.csv')  → 'archive'
 *   ownerOf('src/pages/places/[...path].astro', '/places/北京市/')           → '华北' (joined)
 *   ownerOf('src/pages/index.astro', '/')                                  → 'archive'
 */
import { figuresFileProvince } from '../../shared/figure-files.ts';
import { ARCHIVE_PART, type BuildPlan } from './build-plan.ts';

/** The routes of a document's own files: the id opens the path's second segment (/reports/<id>/…, /sources/<id>.txt). */
const DOCUMENT_ROUTES = new Set([
  'src/pages/reports/[id].astro',
  'src/pages/sources/[source].ts',
  'src/pages/sources/[id]/attachments/[name].ts',
]);
const PLACE_ROUTE = 'src/pages/places/[...path].astro';
const FIGURES_ROUTE = 'src/pages/figures/[table].csv.ts';

export type PageOwner = (component: string, pathname: string) => string;

export function pageOwners(plan: BuildPlan): PageOwner {
  const partOfId = new Map(plan.parts.flatMap((part) => part.ids.map((id) => [id, part.name] as const)));
  const places = plan.parts.flatMap((part) => part.places.map((place) => ({ name: part.name, place })));
  return (component, pathname) => {
    const segments = pathname.split('/').filter(Boolean);
    if (DOCUMENT_ROUTES.has(component)) {
      const id = segments[1]?.slice(0, 12) ?? '';
      const owner = partOfId.get(id);
      if (!owner) throw new Error(`${pathname}: document ${id} is in no part of the build plan; plan again`);
      return owner;
    }
    if (component === PLACE_ROUTE) {
      // As getStaticPaths gave it, not percent-encoded: /places/浙江省/杭州市/.
      const names = segments.slice(1);
      const part = places.find(({ place }) => place.every((name, at) => names[at] === name));
      return part?.name ?? ARCHIVE_PART;
    }
    if (component === FIGURES_ROUTE) {
      const province = figuresFileProvince(segments[1] ?? '');
      return places.find(({ place }) => place.length === 1 && place[0] === province)?.name ?? ARCHIVE_PART;
    }
    return ARCHIVE_PART;
  };
}
