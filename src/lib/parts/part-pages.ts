/**
 * The Astro integration of a build in parts: the build writes only the
 * pages its part owns (src/lib/parts/page-owner.ts), however many paths the
 * routes' getStaticPaths() give. Every build keeps every route, so the
 * browser bundles under _astro/ come out the same in all of them.
 *
 * The archive build collects the addresses of the pages it leaves to the
 * parts into `leftToParts`, the array passed to @astrojs/sitemap as its
 * `customPages` (read when the build is done), so that its sitemap lists
 * every page of the merged site, as a one-process build's does:
 *
 *   partPages({ name: 'archive', plan }, urls)  →  urls: ['http://localhost:4321/reports/18ac4b943fd2/', …]
 *
 * Astro's prerenderer hook (`setPrerenderer` of astro:build:start, which
 * receives the default prerenderer) is where the paths are chosen.
 */
import type { AstroIntegration } from 'astro';
import { ARCHIVE_PART, type SitePart } from './build-plan.ts';
import { pageOwners } from './page-owner.ts';

export function partPages(part: SitePart, leftToParts: string[]): AstroIntegration {
  const ownerOf = pageOwners(part.plan);
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
            const owned = paths.filter(({ route, pathname }) => {
              if (ownerOf(route.component, pathname) === part.name) return true;
              if (part.name === ARCHIVE_PART && route.type === 'page') leftToParts.push(pageUrl(pathname));
              return false;
            });
            logger.info(`part ${part.name}: ${owned.length} of ${paths.length} paths`);
            return owned;
          },
        }));
      },
    },
  };
}
