/**
 * Search in a real browser: each query returns exactly the documents whose
 * text contains every term, checked against a plain substring scan of the
 * same documents, plus the cases that motivated the design.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticSite, serveSite } from '../../scripts/bench/static-site.ts';
import { readDocument } from '../../scripts/store/read-document.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import { decodeRow } from '../../src/shared/search/excerpt-format.ts';
import { searchFilters, sortDate } from '../../src/shared/search/filters.ts';
import { RUNTIME } from '../../src/shared/search/shards.ts';
import { simplifiedText } from '../../src/shared/simplified-characters.ts';
import { pageKeepingErrors } from '../helpers/browser-page.ts';
import type { BuiltArchive } from '../helpers/run.ts';
import { sharedArchive } from '../helpers/shared-archives.ts';

let archive: BuiltArchive;
let site: StaticSite;
let browser: Browser;
let page: Page;
let errors: string[];
/** Each document's searchable text (title and body), lower-cased and in simplified characters as the index is, with its record. */
let texts: Map<string, { title: string; text: string; record: Report }>;

beforeAll(async () => {
  // Indexed in small shards (SHARD_MEGABYTES in shared-archives.ts): every search runs over several merged indexes,
  // as a large archive's does.
  archive = sharedArchive('seedsInShards');
  site = await serveSite(archive.dist, archive.base);
  browser = await launchChromium();
  ({ page, errors } = await pageKeepingErrors(browser));
  const folder = join(archive.root, 'content', 'reports');
  texts = new Map(
    readdirSync(folder).map((name) => {
      const { record, blocks } = readDocument(readFileSync(join(folder, name), 'utf8'));
      return [
        `/reports/${record.id}/`,
        {
          title: record.title,
          text: simplifiedText([record.title, ...blocks.map((b) => b.text)].join('\n').toLowerCase()),
          record,
        },
      ];
    }),
  );
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function searchFor(query: string, extra = ''): Promise<{ urls: string[]; titles: string[]; excerpts: string[] }> {
  await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}${extra}`);
  // The list is aria-busy until the results asked for are on the page; ask for more until all are.
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  while (await page.isVisible('#search-more')) {
    await page.click('#search-more');
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  }
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('#search-results li')];
    return {
      urls: items.map((item) => new URL(item.querySelector('a')!.href).pathname),
      titles: items.map((item) => item.querySelector('a')!.textContent ?? ''),
      excerpts: items.map((item) => item.querySelector('.excerpt')!.innerHTML),
    };
  });
}

/** The shard each document is indexed in, read from the shards' excerpt bundles (src/shared/search/excerpt-format.ts). */
function documentShards(): Map<string, string> {
  const shardOf = new Map<string, string>();
  const { shards } = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
  for (const { name } of shards as { name: string }[]) {
    const folder = join(archive.dist, 'pagefind', name, 'excerpt');
    const { bundleSize, ends } = JSON.parse(readFileSync(join(folder, 'directory.json'), 'utf8'));
    for (const [at, end] of (ends as number[]).entries()) {
      const bundle = readFileSync(join(folder, `${Math.floor(at / bundleSize) + 1}.bin`));
      const start = at % bundleSize === 0 ? 0 : ends[at - 1];
      const row = decodeRow(new Uint8Array(bundle.subarray(start, end)));
      if ('needBytes' in row) throw new Error(`${folder}: excerpt ${at} has no row`);
      shardOf.set(row.url, name);
    }
  }
  return shardOf;
}

/** The index shards the page asks for files of while `action` runs. */
async function shardsRequestedWhile(action: () => Promise<unknown>): Promise<Set<string>> {
  const requested = new Set<string>();
  const listen = (request: { url: () => string }) => {
    // A shard's folder, by its dates; not Pagefind's own (runtime/) nor the route table's.
    const shard = /\/pagefind\/([^/]+)\//.exec(request.url())?.[1];
    if (shard && shard !== RUNTIME && shard !== 'routes') requested.add(shard);
  };
  page.on('request', listen);
  try {
    await action();
  } finally {
    page.off('request', listen);
  }
  return requested;
}

/** What a precise search must return: documents containing every space-separated term. */
function expected(query: string): string[] {
  const terms = simplifiedText(query.toLowerCase()).split(/\s+/).filter(Boolean);
  return [...texts.entries()].filter(([, { text }]) => terms.every((term) => text.includes(term))).map(([url]) => url);
}

// A search walks shards one after another in a real browser: on a busy machine, more than Vitest's 5 s.
describe('search', { timeout: 30_000 }, () => {
  // Each test fails on an error the page logged while it ran, and leaves the list empty for the next.
  afterEach(() => {
    expect(errors.splice(0), 'errors in the console').toEqual([]);
  });

  it.each([
    '枇杷',
    '河长制',
    '垃圾分类',
    '比亚迪',
    '高标准农田',
    '镇',
    '工作总结',
    '2023年',
    '枇杷 高标准农田',
    '河长制 比亚迪',
    '不存在的词语',
    'ICP',
  ])('finds exactly the documents containing %s', async (query) => {
    const { urls } = await searchFor(query);
    expect(urls.sort()).toEqual(expected(query).sort());
  });

  it('finds 金溪镇 by 枇杷, and only it', async () => {
    const { titles } = await searchFor('枇杷');
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('金溪')]));
    expect(titles.every((title) => title.includes('金溪') || title.includes('界坑'))).toBe(true);
  });

  it('does not return 天目山镇 for 河长制, whose report has only 长效 and 遏制', async () => {
    const { titles } = await searchFor('河长制');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain('政府工作报告');
  });

  it('highlights the phrase itself in readable excerpts', async () => {
    const { excerpts } = await searchFor('垃圾分类');
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).toContain('<mark>垃圾分类</mark>');
  });

  it('searches an index split into shards', () => {
    const { shards } = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
    expect(shards.length).toBeGreaterThan(2);
  });

  it('narrows results by a filter given in the address: a town by its whole path', async () => {
    const townOf = (url: string) => searchFilters(texts.get(url)!.record).town?.[0];
    const all = expected('高标准农田');
    const town = townOf(all[0]!)!;
    const { urls } = await searchFor('高标准农田', `&town=${encodeURIComponent(town)}`);
    expect(urls.length).toBeLessThan(all.length);
    expect(urls.sort()).toEqual(all.filter((url) => townOf(url) === town).sort());
    expect(await page.inputValue('select[name="town"]')).toBe(town);
  });

  it('still reads an address that names a town without its path (?town=天目山镇), when the name is unambiguous', async () => {
    const townOf = (url: string) => searchFilters(texts.get(url)!.record).town?.[0];
    const all = expected('镇');
    const paths = (name: string) => new Set(all.filter((url) => texts.get(url)!.record.town === name).map(townOf));
    const name = [...texts.values()].map(({ record }) => record.town).find((town) => town && paths(town).size === 1)!;
    const town = [...paths(name)][0]!;
    const { urls } = await searchFor('镇', `&town=${encodeURIComponent(name)}`);
    expect(urls.sort()).toEqual(all.filter((url) => townOf(url) === town).sort());
    expect(await page.inputValue('select[name="town"]')).toBe(town);
  });

  it('lists newest first across all shards when sorting by date', async () => {
    const { urls } = await searchFor('镇', '&sort=date');
    expect(urls.sort()).toEqual(expected('镇').sort());
    const { urls: ordered } = await searchFor('镇', '&sort=date');
    const dates = ordered.map((url) => sortDate(texts.get(url)!.record));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('walks the shards newest first: a first page in exact date order from the shards it needs, then "at least"', async () => {
    const { shards } = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
    const requested = await shardsRequestedWhile(async () => {
      await page.goto(`${site.home}search/?q=${encodeURIComponent('镇')}`);
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    });
    const shown = await page.$$eval('#search-results li a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    // 镇 is in nearly every document: ten of them are found before the oldest shards are opened.
    const all = expected('镇');
    expect(shown).toHaveLength(10);
    expect(requested.size).toBeLessThan(shards.length);
    expect([...requested].sort()).toEqual(
      shards
        .slice(0, requested.size)
        .map(({ name }: { name: string }) => name)
        .sort(),
    );
    const dateOf = (url: string) => sortDate(texts.get(url)!.record);
    const newestDates = all.map(dateOf).sort().reverse();
    expect(shown.map(dateOf)).toEqual(newestDates.slice(0, 10));
    expect(await page.textContent('#search-status')).toContain('至少');
    await page.click('#search-count-all');
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.textContent('#search-status')).toContain(`共 ${all.length} 个结果`);
    expect(await page.isVisible('#search-count-all')).toBe(false);
  });

  it('opens only the shards the route table says hold the query', async () => {
    const shardOf = documentShards();
    const holding = new Set(expected('枇杷').map((url) => shardOf.get(url)!));
    const requested = await shardsRequestedWhile(() => searchFor('枇杷'));
    // The newest shard is opened with Pagefind, before any query is known.
    const { shards } = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
    expect([...requested].sort()).toEqual([...new Set([shards[0].name, ...holding])].sort());
    expect(shardOf.size).toBe(texts.size);
  });

  it('shows a traditional document’s excerpt as printed, its match marked for a simplified query', async () => {
    const { urls, excerpts } = await searchFor('金溪镇');
    const traditional = urls.findIndex((url) => texts.get(url)!.record.title.includes('金溪鎮'));
    expect(traditional).toBeGreaterThanOrEqual(0);
    expect(excerpts[traditional]).toContain('<mark>金溪鎮</mark>');
  });

  it('ranks by relevance the results found, when asked, and finds the same documents', async () => {
    const { urls } = await searchFor('工作总结', '&sort=relevance');
    expect(urls.sort()).toEqual(expected('工作总结').sort());
    expect(await page.inputValue('select[name="sort"]')).toBe('relevance');
  });

  it('offers only the cities of the chosen province', async () => {
    await page.goto(`${site.home}search/`);
    await page.click('#search-filters summary');
    await page.waitForSelector('select[name="province"] option:nth-child(2)', { state: 'attached' });
    const province = await page.locator('select[name="province"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="province"]', province!);
    // The lists are filled again once the province's counties and towns have come.
    await page.waitForFunction(
      (chosen) =>
        [...document.querySelectorAll<HTMLOptionElement>('select[name="city"] option')]
          .filter((option) => option.value)
          .every((option) => option.value.startsWith(`${chosen} / `)),
      province,
    );
    const cities = await page
      .locator('select[name="city"] option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(cities.length).toBeGreaterThan(0);
    for (const city of cities) expect(city.startsWith(`${province} / `)).toBe(true);
  });

  it("loads a province's counties and towns only once the province is chosen, and offers only those", async () => {
    const provinceFiles: string[] = [];
    const listen = (request: { url(): string }) => {
      const match = /\/search-filters\/([^/]+)\.json$/.exec(new URL(request.url()).pathname);
      if (match) provinceFiles.push(decodeURIComponent(match[1]!));
    };
    page.on('request', listen);
    try {
      await page.goto(`${site.home}search/`);
      await page.click('#search-filters summary');
      await page.waitForSelector('select[name="province"] option:nth-child(2)', { state: 'attached' });
      expect(provinceFiles).toEqual([]);
      expect(await page.locator('select[name="town"] option').count()).toBe(1);
      const province = await page.locator('select[name="province"] option').nth(1).getAttribute('value');
      await page.selectOption('select[name="province"]', province!);
      await page.waitForSelector('select[name="town"] option:nth-child(2)', { state: 'attached' });
      expect(provinceFiles).toEqual([province]);
      const towns = await page
        .locator('select[name="town"] option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
      for (const town of towns) expect(town.startsWith(`${province} / `)).toBe(true);
    } finally {
      page.off('request', listen);
    }
  });

  it('finds with traditional characters what simplified ones find, and the reverse', async () => {
    const simplified = await searchFor('垃圾分类');
    expect(simplified.urls.length).toBeGreaterThan(0);
    expect((await searchFor('垃圾分類')).urls.sort()).toEqual(simplified.urls.sort());
    // A document printed in traditional characters (金溪鎮) is found by the simplified name.
    const traditionalDocument = [...texts].find(([, { record }]) => record.title.includes('金溪鎮'));
    expect(traditionalDocument).toBeDefined();
    expect((await searchFor('金溪镇')).urls).toContain(traditionalDocument![0]);
  });

  it('links each result to its document with the query to highlight there', async () => {
    await searchFor('垃圾分類');
    const link = new URL((await page.locator('#search-results li a').first().getAttribute('href'))!, site.home);
    expect(link.searchParams.get('hl')).toBe('垃圾分类');
  });

  it('counts each filter choice among the results of the current query', async () => {
    const found = expected('高标准农田');
    await searchFor('高标准农田');
    await page.click('#search-filters summary');
    // Opening the filters loads their data and searches again, to count: the choices are counted once it is done.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('select[name="province"] option')].some((option) =>
        /（\d+）$/.test(option.textContent ?? ''),
      ),
    );
    const offered = await page
      .locator('select[name="province"] option')
      .evaluateAll((options) =>
        options
          .filter((option) => (option as HTMLOptionElement).value)
          .map((option) => [(option as HTMLOptionElement).value, option.textContent]),
      );
    const counts = new Map<string, number>();
    for (const url of found) {
      const province = searchFilters(texts.get(url)!.record).province?.[0];
      if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
    }
    expect(offered).toEqual(
      [...counts]
        .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
        .map(([value, count]) => [value, `${value}（${count}）`]),
    );
  });

  it('offers filter choices without counts for several terms, which no index counts together', async () => {
    await searchFor('枇杷 高标准农田');
    await page.click('#search-filters summary');
    await page.waitForSelector('select[name="province"] option:nth-child(2)', { state: 'attached' });
    const labels = await page
      .locator('select[name="province"] option')
      .evaluateAll((options) => options.slice(1).map((option) => option.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).not.toMatch(/（\d+）$/);
  });

  // Four searches, not one: twice the time limit of one.
  it('logs no errors in the console: searching across the shards, sorting, filtering, finding nothing', async () => {
    expect((await searchFor('镇')).urls.sort()).toEqual(expected('镇').sort());
    await searchFor('垃圾分類', '&sort=date');
    await searchFor('高标准农田');
    await page.click('#search-filters summary');
    await page.waitForSelector('select[name="province"] option:nth-child(2)', { state: 'attached' });
    expect((await searchFor('不存在的词语')).urls).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
