/**
 * The build plan: how the archive is cut into parts, each written by an
 * `astro build` of its own (scripts/build-parts.ts computes it with
 * scripts/parts/plan.ts; each build reads it, named by ZHENDANG_PART_PLAN).
 *
 *   {
 *     "splitAbove": 10000,
 *     "parts": [
 *       { "name": "浙江省-杭州市", "places": [["浙江省", "杭州市"]], "ids": ["18ac4b943fd2", …], "guests": [], "digest": "…" },
 *       { "name": "华北", "places": [["北京市"], ["天津市"]], "ids": [ … ], "guests": [], "digest": "…" },
 *       { "name": "未定位", "places": [["未定位"]], "ids": ["7c88cf9a948c", …], "guests": [], "digest": "…" }
 *     ]
 *   }
 *
 * A part writes the pages of its documents (`ids`) and the place pages under
 * its `places` (one, or a region's small provinces joined); one more build, ARCHIVE_PART, writes every other page from all
 * the records. `guests` are other parts' documents a part loads without
 * writing their pages (the other versions of its documents' pages). `digest`
 * changes whenever a file its pages read does (one of its documents or
 * guests, or their sources): with a hash of the site's code, it says whether
 * the part's last output can be reused (scripts/parts/part-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

/** The build that writes the archive-wide pages (home, years, feeds, catalog, OAI, sitemap, search, 404…). */
export const ARCHIVE_PART = 'archive';

/**
 * The build of an update in one process: every record loaded, and of every page of the site only those whose key
 * changed since the list of the last complete site (src/lib/parts/page-list.ts) written; the others are the site's.
 */
export const UPDATE_BUILD = 'update';

const IdSchema = z.string().regex(/^[0-9a-f]{12}$/);

export const PartSchema = z.object({
  /**
   * Its place names joined by "-" ("浙江省", "浙江省-杭州市", "未定位"), or the region of the small provinces it
   * joins ("华北"): the same for the same places in every plan.
   */
  name: z.string().regex(/^[^/\\]+$/, 'a part name is a folder name'),
  /** The places it covers, each from the province down; its place pages are those under them. */
  places: z.array(z.array(z.string()).min(1)).min(1),
  /** Its documents, sorted. */
  ids: z.array(IdSchema).min(1),
  /** Documents of other parts it loads for their links (versions of the same page), sorted. */
  guests: z.array(IdSchema),
  /** SHA-256 of its documents' and guests' files and the sources they serve, for reusing an unchanged part's output. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

export const BuildPlanSchema = z.object({
  /** A province with more documents than this is split by city. */
  splitAbove: z.number().int().positive(),
  /** Provinces with fewer documents than this are joined, a part a region. */
  joinBelow: z.number().int().nonnegative(),
  parts: z.array(PartSchema),
});

export type Part = z.infer<typeof PartSchema>;
export type BuildPlan = z.infer<typeof BuildPlanSchema>;

/** What one build of a plan writes: a part (by name), or ARCHIVE_PART. */
export interface SitePart {
  name: string;
  plan: BuildPlan;
}

/** The plan in a file, checked; the error names the file and the field. */
export function readBuildPlan(path: string): BuildPlan {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the build plan: ${(error as Error).message}`);
  }
  const parsed = BuildPlanSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** The documents a build loads: a part's own and its guests; null for the archive and update builds, which load them all. */
export function loadedIds(plan: BuildPlan, name: string): Set<string> | null {
  if (name === ARCHIVE_PART || name === UPDATE_BUILD) return null;
  const part = plan.parts.find((candidate) => candidate.name === name);
  if (!part) throw new Error(`the build plan has no part "${name}" (its parts: ${partNames(plan).join(', ')})`);
  return new Set([...part.ids, ...part.guests]);
}

/** Every build the plan asks for: its parts, then the archive build. */
export function partNames(plan: BuildPlan): string[] {
  return [...plan.parts.map((part) => part.name), ARCHIVE_PART];
}
