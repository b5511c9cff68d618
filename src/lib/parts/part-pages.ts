/**
 * The Astro integration of a build in parts: the build writes only the
 * pages its part owns (src/lib/parts/page-owner.ts), however many paths the
 * routes' getStaticPaths() give. Every build keeps every route, so the
 * browser bundles under _astro/ come out the same in all of them.
 *
 * The update build (UPDATE_BUILD) owns every path, and writes only those
 * whose key differs from the list of the last complete site (`before`, read
 * from ZHENDANG_PAGES_BEFORE): a path without a key is always written.
 *
 * Each build writes the list of the paths it owns, with their files and
 * keys, to ZHENDANG_PAGES_OUT (page-list.ts), for the next update. The
 * archive build collects the addresses of the pages it leaves to the parts,
 * and the update build those it leaves as they are, into `notWritten`, the
 * array passed to @astrojs/sitemap as its `customPages` (read when the build
 * is done), so that its sitemap lists every page of the site, as a
 * one-process build's does:
 *
 *   partPages({ name: 'archive', plan }, urls)  →  urls: ['http://localhost:4321/reports/18ac4b943fd2/', …]
 *
 * Astro's prerenderer hook (`setPrerenderer` of astro:build:start, which
 * receives the default prerenderer) is where the paths are chosen.
 */
import { renameSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { ARCHIVE_PART, type SitePart, UPDATE_BUILD } from './build-plan.ts';
import { outputFile, type PageList, pageListText, readPageList, unchangedSince } from './page-list.ts';
import { pageOwners } from './page-owner.ts';

export function partPages(
  part: SitePart,
  notWritten: string[],
  env: Record<string, string | undefined> = process.env,
): AstroIntegration {
  const ownerOf = pageOwners(part.plan);
  const owns = (component: string, pathname: string) =>
    part.name === UPDATE_BUILD || ownerOf(component, pathname) === part.name;
  const before = part.name === UPDATE_BUILD ? readPageList(requiredSetting(env, 'ZHENDANG_PAGES_BEFORE')) : null;
  let pageUrl = (pathname: string) => pathname;
  return {
    name: 'zhendang-part-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        // As @astrojs/sitemap makes a built page's address: base, then the path with a trailing slash.
        const site = new URL(config.base, config.site);
        pageUrl = (pathname) => new URL(site.pathname + pathname.replace(/^\//, '').replace(/\/?$/, '/'), site).href;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: 'zhendang-part-pages',
          async getStaticPaths() {
            const paths = await prerenderer.getStaticPaths();
            const list: PageList = {};
            const written = paths.filter(({ route, pathname, cacheKey }) => {
              if (!owns(route.component, pathname)) {
                if (part.name === ARCHIVE_PART && route.type === 'page') notWritten.push(pageUrl(pathname));
                return false;
              }
              list[pathname] = { file: outputFile(route.type, pathname), key: cacheKey ?? null };
              const unchanged = before !== null && unchangedSince(before, pathname, cacheKey);
              if (unchanged && route.type === 'page') notWritten.push(pageUrl(pathname));
              return !unchanged;
            });
            notWritten.sort(sitemapOrder);
            // Whole or not at all: an update links the files it keeps as soon as the list is there (update-build.ts).
            if (env.ZHENDANG_PAGES_OUT) {
              writeFileSync(`${env.ZHENDANG_PAGES_OUT}.partial`, pageListText(list));
              renameSync(`${env.ZHENDANG_PAGES_OUT}.partial`, env.ZHENDANG_PAGES_OUT);
            }
            const owned = Object.keys(list).length;
            logger.info(
              before
                ? `update: ${written.length} of ${paths.length} paths changed or without a key`
                : `part ${part.name}: ${owned} of ${paths.length} paths`,
            );
            return written;
          },
        }));
      },
    },
  };
}

/**
 * The order @astrojs/sitemap sorts its addresses in (`localeCompare(b, 'en', { numeric: true })`), by one collator:
 * given them already sorted, its sort of about 225,000 addresses at 100,000 documents runs through them once
 * instead of comparing each about 17 times, a locale looked up at every comparison (7.4 s of every update build).
 */
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;

function requiredSetting(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  if (!value)
    throw new Error(`ZHENDANG_PART=${UPDATE_BUILD} needs ${name}, the list of the last complete site's pages`);
  return value;
}
