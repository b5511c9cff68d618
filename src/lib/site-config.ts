import { existsSync, readFileSync } from 'node:fs';

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
