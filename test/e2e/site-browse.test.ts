/**
 * The built site as visitors and crawlers meet it, at the domain root and
 * under a sub-path: no broken link or asset, no horizontal scrolling on a
 * 360 px phone, no console error, no request to another origin, and no
 * serious or critical accessibility violation (axe-core).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticSite, serveSite } from '../../scripts/bench/static-site.ts';
import type { BuiltArchive } from '../helpers/run.ts';
import { sharedArchive } from '../helpers/shared-archives.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every address reachable from the home page by links and asset references, with its status. */
async function crawl(site: StaticSite, base: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const queue = [site.home];
  while (queue.length > 0) {
    const address = queue.shift()!;
    if (seen.has(address)) continue;
    const response = await fetch(address);
    seen.set(address, response.status);
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    for (const [, reference] of html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
      const target = new URL(reference!.replaceAll('&amp;', '&'), address);
      if (target.origin !== site.origin) continue;
      target.search = '';
      if (!target.pathname.startsWith(base))
        throw new Error(`${address} links outside the site's base ${base}: ${reference}`);
      if (!seen.has(target.href)) queue.push(target.href);
    }
  }
  return seen;
}

describe.each([
  ['/', 'seeds'],
  ['/zhendang/', 'seedsWithProvenanceAtSubPath'],
] as const)('the site built for %s', (base, name) => {
  let archive: BuiltArchive;
  let site: StaticSite;

  beforeAll(async () => {
    archive = sharedArchive(name);
    expect(archive.base).toBe(base);
    site = await serveSite(archive.dist, base);
  }, 180_000);

  afterAll(async () => {
    await site?.close();
  });

  it('has no broken internal link or asset', async () => {
    const statuses = await crawl(site, base);
    const broken = [...statuses].filter(([, status]) => status !== 200);
    expect(broken).toEqual([]);
    expect(statuses.size).toBeGreaterThan(20);
  });

  it('loads search from under its base', async () => {
    const response = await fetch(`${site.home}pagefind/runtime/pagefind.js`);
    expect(response.status).toBe(200);
    const { shards } = await (await fetch(`${site.home}pagefind/shards.json`)).json();
    expect((await fetch(`${site.home}pagefind/${shards[0].name}/pagefind-entry.json`)).status).toBe(200);
  });
});

describe('pages in a browser', () => {
  let archive: BuiltArchive;
  let site: StaticSite;
  let browser: Browser;
  let pages: Record<string, string>;

  beforeAll(async () => {
    archive = sharedArchive('seeds');
    site = await serveSite(archive.dist, '/');
    browser = await launchChromium();
    const home = await (await fetch(site.home)).text();
    const firstDocument = /href="(\/reports\/[0-9a-f]{12}\/)"/.exec(home)![1]!;
    pages = {
      home: site.home,
      document: `${site.origin}${firstDocument}`,
      longDocument: `${site.origin}/reports/74b6c62981c4/`,
      places: `${site.home}places/`,
      town: `${site.home}places/${['浙江省', '杭州市', '临安区', '天目山镇'].map(encodeURIComponent).join('/')}/`,
      county: `${site.home}places/${['浙江省', '温州市', '永嘉县'].map(encodeURIComponent).join('/')}/`,
      years: `${site.home}years/`,
      year: `${site.home}years/2024/`,
      search: `${site.home}search/?q=${encodeURIComponent('高标准农田')}`,
      notFound: `${site.home}no-such-page/`,
    };
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const visitors = new Map<string, Promise<Page>>();
  async function visit(
    address: string,
    width = 360,
    bypassCSP = false,
  ): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
    // One page for each width (and CSP), going from address to address: a new page costs chromium a renderer
    // process, three times a visit's CPU. A visit starts the document afresh; only its own listeners hear it.
    const key = `${width} ${bypassCSP}`;
    if (!visitors.has(key)) visitors.set(key, browser.newPage({ viewport: { width, height: 800 }, bypassCSP }));
    const page = await visitors.get(key)!;
    for (const event of ['console', 'pageerror', 'request'] as const) page.removeAllListeners(event);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => {
      // The 404 page is served with status 404, which the browser reports as an error by design.
      if (message.type() === 'error' && !(address === pages.notFound && message.text().includes('404')))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== site.origin && !request.url().startsWith('data:'))
        foreign.push(request.url());
    });
    await page.goto(address, { waitUntil: 'networkidle' });
    return { page, errors, foreign };
  }

  it.each(['home', 'document', 'longDocument', 'places', 'town', 'county', 'years', 'year', 'search', 'notFound'])(
    'the %s page fits a 360 px phone, logs no error and asks no other origin',
    async (name) => {
      const { page, errors, foreign } = await visit(pages[name]!);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    },
  );

  it.each(['home', 'document', 'town', 'year', 'search'])(
    'the %s page has no serious or critical axe violation',
    async (name) => {
      // axe is injected as an inline script, which the site's CSP rightly refuses: let it through for the audit only.
      const { page } = await visit(pages[name]!, 1024, true);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
        const result = await (window as any).axe.run(document);
        return result.violations
          .filter((violation: { impact: string }) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation: { id: string; nodes: { target: string[] }[] }) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
    },
  );

  it('cites a paragraph in GB/T 7714 form with one click, and the link lands on it', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/7c88cf9a948c/`);
    const pin = page.locator('a.pin', { hasText: '¶10' });
    const anchor = (await pin.getAttribute('href'))!;
    await pin.click();
    expect(new URL(page.url()).hash).toBe(anchor);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('P');
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    const citation = await page.locator('pre[data-format="gbt7714"]').textContent();
    // The organisation, not the town; the paragraph by its number, as GB/T 7714's 引文页码, and by its address.
    expect(citation).toBe(
      `天目山镇人民政府. 天目山镇政府工作报告[EB/OL]. 临安区: 天目山镇人民政府, 2022: 第10段[${today}]. http://localhost:4321/reports/7c88cf9a948c/${anchor}.`,
    );
    await page.locator('button[data-copy="gbt7714"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    // A reader who follows the copied link lands on the paragraph.
    const reader = await context.newPage();
    await reader.goto(`${site.origin}/reports/7c88cf9a948c/${anchor}`);
    expect(await reader.evaluate(() => document.querySelector(':target')?.textContent?.slice(0, 10))).toBe(
      await page.evaluate((id) => document.getElementById(id.slice(1))?.textContent?.slice(0, 10), anchor),
    );
    await context.close();
  });

  it('reaches every pinpoint link from the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/reports/7c88cf9a948c/`);
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll('a.pin')].every((pin) => (pin as HTMLElement).tabIndex === 0),
    );
    expect(focusable).toBe(true);
    await page.close();
  });

  it('publishes well-formed XML: sitemaps, Atom feed and OAI-PMH repository', async () => {
    const page = await browser.newPage();
    await page.goto(site.home);
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml', 'feed.xml', 'oai.xml']) {
      const xml = await (await fetch(`${site.home}${file}`)).text();
      const error = await page.evaluate(
        (text) =>
          new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
        xml,
      );
      expect(error, file).toBeNull();
    }
    await page.close();
  });

  it('shows a hostile document as text: no dialog, no injected element, no navigation', async () => {
    const home = await (await fetch(`${site.home}catalog.json`)).json();
    const hostile = home.documents.find((entry: { title: string }) => entry.title.includes('<script>'));
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const address = `${site.home}${hostile.path}`;
    await page.goto(address, { waitUntil: 'networkidle' });
    const found = await page.evaluate(() => ({
      // The JSON-LD block quotes the title as data; only scripts a browser runs count.
      scripts: [...document.querySelectorAll('script:not([type="application/ld+json"])')].filter((script) =>
        script.textContent?.includes('alert'),
      ).length,
      handlers: document.querySelectorAll('[onclick], [onerror]').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      title: document.querySelector('h1')?.textContent,
      text: document.querySelector('.body')?.textContent ?? '',
    }));
    for (const link of await page.locator('.body a').all()) await link.click();
    expect(dialogs).toEqual([]);
    // The heading shows the title literally, as the citations give it.
    expect(found).toMatchObject({ scripts: 0, handlers: 0, javascriptLinks: 0, title: hostile.title });
    expect(found.text).toContain('<div onclick="alert(1)">点击</div>');
    expect(found.text).toContain('[链接](javascript:alert(1))');
    expect(new URL(page.url()).pathname).toBe(new URL(address).pathname);
    await page.close();
  });

  it('serves the 404 page for an unknown address', async () => {
    const response = await fetch(pages.notFound!);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到此页');
  });
});
