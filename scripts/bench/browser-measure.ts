/**
 * What a visitor's browser fetches: a document page on a phone, and a first
 * and a second search, in Debian's chromium, on a network shaped like a
 * phone's (Chrome's "Fast 3G": 150 ms round trip, 1.6 Mbit/s down, shaped
 * by the server, so that Pagefind's web worker is shaped too), over HTTP/2
 * as GitHub Pages, Cloudflare Pages, Netlify and CDNs serve. Bytes are the
 * response bodies as sent (gzip, as a static host sends text), counted by
 * the server. Times run until the page's load event, or until a search's
 * results are on the page. A first search is counted from the moment the
 * search box gets focus (which starts loading the index), then a second
 * search, then a rare query (a phrase one old document holds), each from
 * the page as the one before left it.
 */
import type { Page } from 'playwright-core';
import { launchChromium, serveSite } from './static-site.ts';

export interface Load {
  requests: number;
  kilobytes: number;
  milliseconds: number;
}

export interface BrowserMeasurement {
  documentPage: Load;
  firstSearch: Load;
  secondSearch: Load;
  rareSearch: Load;
}

/** Chrome's "Fast 3G" preset, imitated by the server for the worker's fetches too, over HTTP/2 as static hosts serve. */
const FAST_3G = { latencyMilliseconds: 150, bitsPerSecond: 1.6e6 * 0.9, http2: true };

export async function measureInBrowser(
  dist: string,
  documentPath: string,
  queries: [first: string, second: string, rare: string],
  showResponses = false,
): Promise<BrowserMeasurement> {
  const site = await serveSite(dist, '/', FAST_3G);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const load = async (action: () => Promise<unknown>): Promise<Load> => {
      site.responses.length = 0;
      const started = performance.now();
      await action();
      const milliseconds = performance.now() - started;
      // Anything still arriving (a fragment fetched late) counts as bytes, not as waiting.
      await page.waitForTimeout(1000);
      if (showResponses) for (const [path, bytes] of site.responses) console.error(`  ${bytes}\t${path}`);
      const bytes = site.responses.reduce((total, [, size]) => total + size, 0);
      return { requests: site.responses.length, kilobytes: bytes / 1024, milliseconds };
    };

    const documentPage = await load(() => page.goto(`${site.home}${documentPath}`, { waitUntil: 'load' }));
    // The search page itself is not counted: the searches are measured from a page already open.
    await page.goto(`${site.home}search/`, { waitUntil: 'networkidle' });
    const firstSearch = await load(async () => {
      await page.focus('#q');
      await searchFor(page, queries[0]);
    });
    const secondSearch = await load(() => searchFor(page, queries[1]));
    const rareSearch = await load(() => searchFor(page, queries[2]));
    return { documentPage, firstSearch, secondSearch, rareSearch };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Types the query and waits for its first page of results (or for "none found"). */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      (document.querySelector('#search-status')?.textContent ?? '').includes(wanted),
    query,
  );
}
