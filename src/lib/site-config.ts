import { existsSync, readFileSync } from 'node:fs';
import { readBuildPlan, type SitePart } from './parts/build-plan.ts';

/**
 * Deployment settings, read from the environment by astro.config.mjs and by
 * the search index builder alike, so that both agree on where the site lives.
 */

/** The sub-path the site is served under: "/" at a domain root, "/zhendang/" on a project page. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const base = env.ZHENDANG_BASE || '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The origin a build without ZHENDANG_SITE uses: right for `npm run preview`, wrong anywhere else. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** The public origin, for canonical links, citations and the sitemap. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  return env.ZHENDANG_SITE || LOCAL_ORIGIN;
}

/**
 * What is wrong with a production build's origin, or null: without
 * ZHENDANG_SITE every citation, canonical link and sitemap entry points at
 * the builder's own machine.
 */
export function siteOriginProblem(env: Record<string, string | undefined> = process.env): string | null {
  if (env.ZHENDANG_SITE) return null;
  return (
    `ZHENDANG_SITE is not set: every citation, canonical link and sitemap entry of this build points at ${LOCAL_ORIGIN}. ` +
    'Set it to the public origin, e.g. ZHENDANG_SITE=https://archive.example.org npm run build'
  );
}

/** Whether a missing origin must fail the build, not just warn: under CI, or when asked (--strict). */
export function siteOriginRequired(env: Record<string, string | undefined>, argv: readonly string[]): boolean {
  return argv.includes('--strict') || env.CI === 'true' || env.CI === '1';
}

/** What OAI-PMH harvesters are told about the repository (src/lib/oai/). */
export interface OaiSettings {
  /** The repositoryIdentifier of oai-identifier (a domain name you control): identifiers are oai:<it>:<document id>. */
  repositoryIdentifier: string;
  /** Who answers for the repository. */
  adminEmail: string;
  /** The base URL of the static repository gateway that serves the file to harvesters. */
  gateway: string;
  /** The most records one static repository file holds (ZHENDANG_OAI_RECORDS_PER_FILE): 5,000, the static repository guidelines' figure, unless a gateway wants fewer. */
  recordsPerFile: number;
}

const OAI_VARIABLES = {
  repositoryIdentifier: 'ZHENDANG_OAI_ID',
  adminEmail: 'ZHENDANG_OAI_EMAIL',
  gateway: 'ZHENDANG_OAI_GATEWAY',
} as const;

// A local build has no owner to name: reserved .invalid names (RFC 2606) that pass the schemas and can never be mistaken for real ones.
const LOCAL_OAI = {
  repositoryIdentifier: 'zhendang.invalid',
  adminEmail: 'archive@zhendang.invalid',
  gateway: 'http://gateway.invalid/oai/',
};

const RECORDS_PER_FILE = 5000;

/** A setting that must be a positive whole number, or its default when unset. */
function positiveWholeNumber(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = env[name];
  if (!value) return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return Number(value);
}

const recordsPerFile = (env: Record<string, string | undefined>) =>
  positiveWholeNumber(env, 'ZHENDANG_OAI_RECORDS_PER_FILE', RECORDS_PER_FILE);

/** How long the listings grow: a year's or a type's pages, and a place's list of what lies below it. */
export interface ListSettings {
  /** Documents on one page of a year or a type (ZHENDANG_LIST_PAGE_SIZE): 100 unless a deployer wants lighter pages. */
  documentsPerPage: number;
  /** The newest documents of the places below a province, city or county that its page lists (ZHENDANG_LIST_NEWEST_BELOW): 20. */
  newestBelow: number;
  /**
   * The documents from which a town has a page of its own (ZHENDANG_LIST_TOWN_PAGE_FROM): 5. A town with fewer is a
   * section of its county's page, its documents listed there under its name (src/lib/place-pages.ts).
   */
  townPageFrom: number;
}

/** The listings' sizes from ZHENDANG_LIST_PAGE_SIZE, ZHENDANG_LIST_NEWEST_BELOW and ZHENDANG_LIST_TOWN_PAGE_FROM. */
export function listSettings(env: Record<string, string | undefined> = process.env): ListSettings {
  return {
    documentsPerPage: positiveWholeNumber(env, 'ZHENDANG_LIST_PAGE_SIZE', 100),
    newestBelow: positiveWholeNumber(env, 'ZHENDANG_LIST_NEWEST_BELOW', 20),
    townPageFrom: positiveWholeNumber(env, 'ZHENDANG_LIST_TOWN_PAGE_FROM', 5),
  };
}

/**
 * The OAI-PMH settings from ZHENDANG_OAI_ID, ZHENDANG_OAI_EMAIL and
 * ZHENDANG_OAI_GATEWAY. A build for a host (ZHENDANG_SITE set) must set all
 * three, or it stops with an error naming what is missing; a local build
 * uses placeholders under .invalid.
 */
export function oaiSettings(env: Record<string, string | undefined> = process.env): OaiSettings {
  if (!env.ZHENDANG_SITE) return { ...LOCAL_OAI, recordsPerFile: recordsPerFile(env) };
  const missing = Object.values(OAI_VARIABLES).filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `building for ${env.ZHENDANG_SITE} needs ${missing.join(', ')}: the OAI-PMH repository identifier (a domain you control), the administrator's e-mail and the static repository gateway's base URL`,
    );
  }
  const settings = {
    ...(Object.fromEntries(Object.entries(OAI_VARIABLES).map(([key, name]) => [key, env[name]!])) as Omit<
      OaiSettings,
      'recordsPerFile'
    >),
    recordsPerFile: recordsPerFile(env),
  };
  if (!/^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/.test(settings.repositoryIdentifier))
    throw new Error(`ZHENDANG_OAI_ID must be a domain name (oai-identifier), not "${settings.repositoryIdentifier}"`);
  if (!/^\S+@(\S+\.)+\S+$/.test(settings.adminEmail))
    throw new Error(`ZHENDANG_OAI_EMAIL must be an e-mail address, not "${settings.adminEmail}"`);
  return settings;
}

/**
 * The day of the build, YYYY-MM-DD, only where SOURCE_DATE_EPOCH gives it
 * (reproducible-builds.org): a clock read during the build would make every
 * build of the same content differ. null: the pages state no build date.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (!epoch) return null;
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

/**
 * Redirects from old addresses to new ones, relative to the base, from
 * content/redirects.json: { "redirects": { "reports/old/": "reports/new/" } }.
 * A document that had to move keeps its old address this way.
 */
export function readRedirects(path = 'content/redirects.json'): Record<string, string> {
  if (!existsSync(path)) return {};
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { redirects?: Record<string, string> };
  return parsed.redirects ?? {};
}

/**
 * Astro's cache folder (its content store, and what build-memo.ts keeps):
 * beside the project's other Astro state rather than in node_modules, so a
 * copy of the site that links node_modules (as the tests make) keeps its own.
 * A part's build keeps its own (its content store holds only its records),
 * so parts can build side by side.
 */
export function astroCacheDir(part: SitePart | null): string {
  return part ? `./.astro/cache/parts/${part.name}/` : './.astro/cache/';
}

/**
 * The part of the archive this build writes, for a build in parts
 * (scripts/build-parts.ts): ZHENDANG_PART names one of the parts of the plan
 * in ZHENDANG_PART_PLAN, or "archive" for the archive-wide pages. null (no
 * ZHENDANG_PART): the whole site in one build.
 *
 *   ZHENDANG_PART=浙江省 ZHENDANG_PART_PLAN=dist.parts/plan.json astro build --outDir dist.parts/parts/浙江省
 */
export function buildPart(env: Record<string, string | undefined> = process.env): SitePart | null {
  const name = env.ZHENDANG_PART;
  if (!name) return null;
  const planFile = env.ZHENDANG_PART_PLAN;
  if (!planFile) throw new Error(`ZHENDANG_PART=${name} needs ZHENDANG_PART_PLAN, the build plan's file`);
  return { name, plan: readBuildPlan(planFile) };
}
