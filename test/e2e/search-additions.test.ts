/**
 * Search over an index updated with new documents of many dates, held in
 * shards of their own beside the shards planned before
 * (scripts/search-index/additions.ts): in a real browser, every query finds
 * the same documents, in the same date order, as over the archive indexed
 * whole. On a copy of the seeds' sharded archive: every seventh document is
 * held back while the shards are planned, then returned.
 */
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticSite, serveSite } from '../../scripts/bench/static-site.ts';
import { readDocument } from '../../scripts/store/read-document.ts';
import { sortDate } from '../../src/shared/search/filters.ts';
import { isAddedShard, type ShardListFile } from '../../src/shared/search/shards.ts';
import { simplifiedText } from '../../src/shared/simplified-characters.ts';
import { pageKeepingErrors } from '../helpers/browser-page.ts';
import { type BuiltArchive, copyArchive, reindexArchive, temporaryFolder } from '../helpers/run.ts';
import { SHARD_MEGABYTES, sharedArchive } from '../helpers/shared-archives.ts';

const shardArgs = ['--shard-megabytes', String(SHARD_MEGABYTES)];

let archive: BuiltArchive;
let site: StaticSite;
let browser: Browser;
let page: Page;
let errors: string[];
/** Each document's searchable text, lower-cased and simplified as the index is, and its sort date, by its address. */
let documents: Map<string, { text: string; date: string }>;
let heldBack: string[];

beforeAll(async () => {
  archive = copyArchive(sharedArchive('seedsInShards'));
  const reports = join(archive.root, 'content', 'reports');
  const names = readdirSync(reports).sort();
  documents = new Map(
    names.map((name) => {
      const { record, blocks } = readDocument(readFileSync(join(reports, name), 'utf8'));
      const text = simplifiedText([record.title, ...blocks.map((b) => b.text)].join('\n').toLowerCase());
      return [`/reports/${record.id}/`, { text, date: sortDate(record) }];
    }),
  );
  const aside = temporaryFolder();
  heldBack = names.filter((_, at) => at % 7 === 3);
  for (const name of heldBack) renameSync(join(reports, name), join(aside, name));
  await reindexArchive(archive, shardArgs);
  for (const name of heldBack) renameSync(join(aside, name), join(reports, name));
  await reindexArchive(archive, shardArgs);
  site = await serveSite(archive.dist, archive.base);
  browser = await launchChromium();
  ({ page, errors } = await pageKeepingErrors(browser));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every result of a query, in the order the page lists them (by date unless asked otherwise). */
async function searchFor(query: string): Promise<string[]> {
  await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  while (await page.isVisible('#search-more')) {
    await page.click('#search-more');
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  }
  return page.$$eval('#search-results li a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

function containing(query: string): string[] {
  const term = simplifiedText(query.toLowerCase());
  return [...documents].filter(([, { text }]) => text.includes(term)).map(([url]) => url);
}

const dateOf = (url: string) => documents.get(url)!.date;

describe('search over an index with added documents', { timeout: 30_000 }, () => {
  it('lists the shards of added documents last in shards.json, with their dates, newest first', () => {
    const { shards }: ShardListFile = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
    const first = shards.findIndex(({ name }) => isAddedShard(name));
    const added = shards.slice(first);
    expect(added.length).toBeGreaterThan(1);
    expect(added.every(({ name }) => isAddedShard(name))).toBe(true);
    expect(added.reduce((sum, { documents }) => sum + documents, 0)).toBe(heldBack.length);
    const dates = added.flatMap(({ dates }) => dates!.map(([date]) => date));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it.each(['镇', '枇杷', '高标准农田', '工作总结'])(
    'finds exactly the documents containing %s, newest first across the added and the planned shards',
    async (query) => {
      const urls = await searchFor(query);
      expect([...urls].sort()).toEqual(containing(query).sort());
      const dates = urls.map(dateOf);
      expect(dates).toEqual([...dates].sort().reverse());
    },
  );

  it('shows a first page of the newest results, added ones among them, before walking on', async () => {
    await page.goto(`${site.home}search/?q=${encodeURIComponent('镇')}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    const shown = await page.$$eval('#search-results li a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    const newest = containing('镇').map(dateOf).sort().reverse().slice(0, 10);
    expect(shown.map(dateOf)).toEqual(newest);
    expect(errors).toEqual([]);
  });
});
