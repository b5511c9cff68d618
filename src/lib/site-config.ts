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

/** The public origin, for canonical links and the sitemap. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  return env.ZHENDANG_SITE || 'http://localhost:4321';
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
