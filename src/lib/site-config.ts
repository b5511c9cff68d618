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
