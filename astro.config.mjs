// @ts-check

import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentStoreFromFile } from './src/lib/content-store-file.ts';
import { MARKDOWN_FEATURES } from './src/lib/document-body.ts';
import { ARCHIVE_PART, UPDATE_BUILD } from './src/lib/parts/build-plan.ts';
import { partPages } from './src/lib/parts/part-pages.ts';
import {
  astroCacheDir,
  basePath,
  buildPart,
  oaiSettings,
  readRedirects,
  siteOrigin,
  siteOriginProblem,
  siteOriginRequired,
} from './src/lib/site-config.ts';

const redirects = readRedirects();

// A build of one part of the archive (scripts/build-parts.ts), or null: the whole site.
const part = buildPart();
// The sitemap of the archive build lists the pages the parts write too, and that of an update the pages it leaves
// as they are (src/lib/parts/part-pages.ts fills it).
/** @type {string[]} */
const pagesNotWritten = [];

// A site built for a host must know its origin: say so loudly, and fail under CI (scripts/check-urls.ts fails on --strict).
const originProblem = process.argv.includes('build') ? siteOriginProblem() : null;
if (originProblem && siteOriginRequired(process.env, process.argv)) throw new Error(originProblem);
if (originProblem) console.warn(`\n\u001b[1;33mWARNING: ${originProblem}\u001b[0m\n`);

// A build for a host stops here, before any page is built, when the OAI-PMH settings are missing.
oaiSettings();

// Deployment: ZHENDANG_SITE is the public origin (for canonical links), and
// ZHENDANG_BASE the sub-path the site is served under ("/" at a domain root,
// "/zhendang/" on a project page).
export default defineConfig({
  site: siteOrigin(),
  base: basePath(),
  trailingSlash: 'always',
  // Documents are compiled by src/lib/document-body.ts when their pages are
  // written (see src/lib/reports-loader.ts for why); any Markdown or MDX page
  // compiles with the same features, which leave archived text unaltered.
  markdown: {
    processor: satteri({ features: MARKDOWN_FEATURES }),
  },
  integrations: [
    mdx(),
    // The records read from the content store's file, not compiled into the bundle: 75 s at 100,000 documents.
    contentStoreFromFile(),
    ...(part ? [partPages(part, pagesNotWritten)] : []),
    // Every page, in sitemap-0.xml, sitemap-1.xml… of at most 50,000 addresses (the protocol's limit), listed by sitemap-index.xml.
    // Redirect pages are not pages of their own, and the files (feed, sources, citations) are not pages for search engines.
    ...(part && part.name !== ARCHIVE_PART && part.name !== UPDATE_BUILD
      ? []
      : [
          sitemap({
            entryLimit: 50_000,
            filter: (page) => page.endsWith('/') && !Object.keys(redirects).some((from) => page.endsWith(`/${from}`)),
            namespaces: { news: false, xhtml: false, image: false, video: false },
            customPages: pagesNotWritten,
          }),
        ]),
  ],
  // Only the site's own origin: Astro adds the hashes of its inline styles and
  // scripts; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // A document that had to move keeps its old address as a redirect page (content/redirects.json).
  redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [`/${from}`, `${basePath()}${to}`])),
  // A document page is one request on a weak connection: its styles and its
  // small script travel inside it. (A script with a dynamic import, such as
  // the search page's, is never inlined, so it stays a cached file.)
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A page whose data (its cacheKey: src/lib/page-keys.ts) and code are unchanged since the last build in the same
  // cache folder is copied from it, not rendered: a part rebuilt after new documents renders the pages they touch.
  experimental: { incrementalBuild: true },
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? true : undefined) } },
  cacheDir: astroCacheDir(part),
});
