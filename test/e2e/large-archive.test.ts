/**
 * An archive larger than its listings, built for real: no listing page grows
 * with the archive. A year's documents are split into pages that together
 * list each of them once; a place above a town lists its own level and only
 * the newest of the rest, which its towns list. The listings' sizes and the
 * OAI-PMH file size are lowered (ZHENDANG_LIST_PAGE_SIZE,
 * ZHENDANG_LIST_NEWEST_BELOW, ZHENDANG_OAI_RECORDS_PER_FILE), so that a
 * hundred documents overflow them as hundreds of thousands would the
 * defaults. Its outputs pass the independent validators
 * (test/helpers/validators.ts): one page of each type and a sample of
 * documents, every citation, and the split into one static repository per
 * place.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { citationDownloads } from '../helpers/citation-downloads.ts';
import { type BuiltArchive, buildArchive, temporaryFolder } from '../helpers/run.ts';
import {
  atomProblems,
  bibtexProblems,
  CSL_STYLES,
  cslSchemaProblems,
  feedparserProblems,
  htmlProblems,
  renderBibliography,
  sitemapProblems,
  staticRepositoryProblems,
} from '../helpers/validators.ts';

// The listings' sizes lowered (src/lib/site-config.ts), as the archive's would be at full size, so that a hundred
// documents prove what thousands would: a year needs more than one page, and the largest provinces hold more documents
// below them than their pages list (四川省 holds 7.5% of the towns). The build's cost grows with the documents; what
// these tests prove needs only more of them than a listing holds (400 with the listings at full size took three times
// the CPU time for the same proofs).
const DOCUMENTS = 100;
const YEARS = 2;
const DOCUMENTS_PER_PAGE = 20;
const NEWEST_BELOW = 3;
// Short texts: what grows with the archive here is the number of documents, not their length, which the bench measures.
const KILOBYTES = [1, 3] as const;
// Small enough that the records need several static repositories, as 5,000 would at full size.
const RECORDS_PER_FILE = 30;
// Every how-many-th document is validated as HTML and cited (20 of them): the Nu HTML Checker takes a while over many pages.
const SAMPLE_EVERY = 5;
let archive: BuiltArchive;

// A time limit, not a measurement: the build of 800 documents took about a minute alone, and passed five minutes on a
// loaded machine among the other tests.
beforeAll(async () => {
  const corpus = temporaryFolder();
  writeSyntheticCorpus(corpus, DOCUMENTS, { kilobytes: KILOBYTES, years: YEARS });
  archive = await buildArchive(
    readdirSync(corpus).map((name) => join(corpus, name)),
    '/',
    [],
    {
      ZHENDANG_OAI_RECORDS_PER_FILE: String(RECORDS_PER_FILE),
      ZHENDANG_LIST_PAGE_SIZE: String(DOCUMENTS_PER_PAGE),
      ZHENDANG_LIST_NEWEST_BELOW: String(NEWEST_BELOW),
    },
  );
}, 900_000);

const page = (path: string) => readFileSync(join(archive.dist, path, 'index.html'), 'utf8');
const catalogDates = () =>
  new Map(
    (
      JSON.parse(readFileSync(join(archive.dist, 'catalog.json'), 'utf8')).documents as { id: string; date: string }[]
    ).map(({ id, date }) => [id, date]),
  );
const documentLinks = (html: string) =>
  [...html.matchAll(/href="\/reports\/([0-9a-f]{12})\/"/g)].map((match) => match[1]!);

describe('an archive larger than its listings', () => {
  it('lists a year a page size of documents to a page, numbered from the oldest, each document once', () => {
    const years = readdirSync(join(archive.dist, 'years'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    const paginated = years.filter(({ name }) => readdirSync(join(archive.dist, 'years', name)).includes('1'));
    expect(paginated.length).toBeGreaterThan(0);
    const dateOf = catalogDates();
    for (const { name } of paginated) {
      const newest = page(`years/${name}`);
      const total = Number(/(\d+) 份文档/.exec(newest)![1]);
      // The year's own address holds the newest full page and what came since; the numbered pages, a page each.
      const listed = documentLinks(newest);
      expect(listed.length).toBeGreaterThanOrEqual(DOCUMENTS_PER_PAGE);
      expect(listed.length).toBeLessThan(2 * DOCUMENTS_PER_PAGE);
      const numbered = readdirSync(join(archive.dist, 'years', name)).filter((entry) => /^\d+$/.test(entry));
      for (let number = numbered.length; number >= 1; number--) {
        const html = page(`years/${name}/${number}`);
        // A numbered page never changes, so it states nothing that grows with the year.
        expect(html).not.toMatch(/\d+ 份文档/);
        const links = documentLinks(html);
        expect(links.length).toBe(DOCUMENTS_PER_PAGE);
        listed.push(...links);
      }
      expect(listed.length).toBe(total);
      expect(new Set(listed).size).toBe(total);
      // Newest first across the pages, as on each.
      const dates = listed.map((id) => dateOf.get(id));
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('lists at most the newest few documents of the places below a province', () => {
    const totals: number[] = [];
    for (const province of readdirSync(join(archive.dist, 'places'), { withFileTypes: true })) {
      if (!province.isDirectory()) continue;
      const html = page(`places/${province.name}`);
      const total = Number(/(\d+) 份文档/.exec(html)![1]);
      totals.push(total);
      expect(documentLinks(html).length).toBeLessThanOrEqual(
        Math.min(total, NEWEST_BELOW) + (html.includes('本级文档') ? total : 0),
      );
    }
    // Not only provinces whose every document fits in the list.
    expect(Math.max(...totals)).toBeGreaterThan(NEWEST_BELOW);
  });

  it('lists the provinces and their cities on the places page, and each city its counties', () => {
    const placePaths = (html: string) =>
      [...html.matchAll(/href="\/places\/([^"]+)\/"/g)].map((match) => decodeURIComponent(match[1]!).split('/'));
    const listed = placePaths(page('places'));
    const provinces = readdirSync(join(archive.dist, 'places'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect(listed.filter((names) => names.length === 1).length).toBe(provinces.length);
    expect(listed.some((names) => names.length === 2)).toBe(true);
    expect(listed.every((names) => names.length <= 2)).toBe(true);
    for (const [province, city] of listed.filter((names) => names.length === 2)) {
      const counties = placePaths(page(`places/${province}/${city}`)).filter((names) => names.length === 3);
      expect(counties.length, `${province} ${city}`).toBeGreaterThan(0);
    }
  });

  it('indexes every document for search', () => {
    const { shards } = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
    const folder = (name: string, ...path: string[]) => join(archive.dist, 'pagefind', name, ...path);
    const listed = shards.flatMap(
      ({ name }: { name: string }) => JSON.parse(readFileSync(folder(name, 'excerpt', 'directory.json'), 'utf8')).ids,
    );
    expect(listed.length).toBe(readdirSync(join(archive.root, 'content', 'reports')).length);
    // Pagefind's fragments, a file each holding a whole text, are replaced by excerpts bundled into few files.
    for (const { name } of shards) expect(readdirSync(folder(name)).includes('fragment')).toBe(false);
  });
});

describe('the outputs of an archive larger than its listings', { timeout: 300_000 }, () => {
  const ids = () => readdirSync(join(archive.root, 'content', 'reports')).map((name) => name.replace(/\.mdx$/, ''));
  const sampled = () => ids().filter((_, index) => index % SAMPLE_EVERY === 0);

  it('are valid HTML: one page of each type and a sample of documents', () => {
    const year = readdirSync(join(archive.dist, 'years')).find((name) =>
      readdirSync(join(archive.dist, 'years', name)).includes('1'),
    );
    const province = readdirSync(join(archive.dist, 'places'), { withFileTypes: true }).find((entry) =>
      entry.isDirectory(),
    )!.name;
    const pages = ['', 'search', 'places', `places/${province}`, 'years', `years/${year}`, `years/${year}/1`];
    const files = [
      ...pages.map((path) => join(archive.dist, path, 'index.html')),
      join(archive.dist, '404.html'),
      ...sampled().map((id) => join(archive.dist, 'reports', id, 'index.html')),
    ];
    expect(htmlProblems(files)).toEqual([]);
  });

  it('give every document a BibTeX download that fits biblatex’s data model', () => {
    const all = join(temporaryFolder(), 'all.bib');
    writeFileSync(
      all,
      ids()
        .map((id) => citationDownloads(archive.dist, id).bib)
        .join('\n'),
    );
    expect(bibtexProblems(all)).toEqual([]);
  });

  it('publish an Atom feed valid to RFC 4287’s grammar and to feedparser', () => {
    expect(atomProblems(join(archive.dist, 'feed.xml'))).toEqual([]);
    expect(feedparserProblems(join(archive.dist, 'feed.xml'))).toEqual([]);
  });

  describe('with the published schemas and styles (test/validators)', () => {
    it('split OAI-PMH into static repositories of at most so many records, listed by /oai.xml, each valid, every record once', () => {
      const index = readFileSync(join(archive.dist, 'oai.xml'), 'utf8');
      const files = [...index.matchAll(/href="http:\/\/localhost:4321\/([^"]+)"/g)].map(([, path]) =>
        join(archive.dist, decodeURIComponent(path!)),
      );
      expect(files.length).toBeGreaterThan(1);
      const identifiers: string[] = [];
      for (const file of files) {
        expect(staticRepositoryProblems(file), file).toEqual([]);
        const records = [...readFileSync(file, 'utf8').matchAll(/<oai:identifier>oai:[^:]+:([0-9a-f]{12})</g)];
        expect(records.length, file).toBeLessThanOrEqual(RECORDS_PER_FILE);
        identifiers.push(...records.map(([, id]) => id!));
      }
      expect(identifiers.sort()).toEqual(ids().sort());
    });

    it('list every page, and only pages, in valid sitemaps', () => {
      const sitemaps = readdirSync(archive.dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
      for (const name of sitemaps) expect(sitemapProblems(join(archive.dist, name)), name).toEqual([]);
      const listed = sitemaps.flatMap((name) =>
        [
          ...readFileSync(join(archive.dist, name), 'utf8').matchAll(/<loc>http:\/\/localhost:4321\/([^<]*)<\/loc>/g),
        ].map(([, path]) => decodeURI(path!)),
      );
      // Every page, a year's numbered pages included.
      const pages = readdirSync(archive.dist, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('index.html'))
        .map((path) => path.replace(/index\.html$/, ''));
      expect(pages.some((path) => /^years\/\d{4}\/1\/$/.test(path))).toBe(true);
      expect(new Set(listed)).toEqual(new Set(pages));
    });

    it('give every document CSL-JSON, and a sample is cited in APA, Chicago and GB/T 7714 with its creator, title and address', () => {
      type Item = { id: string; title: string; URL: string; author?: { literal: string }[] };
      const items: Item[] = ids().flatMap((id) => JSON.parse(citationDownloads(archive.dist, id).json));
      expect(cslSchemaProblems(items)).toEqual([]);
      const sample = items.filter((_, index) => index % SAMPLE_EVERY === 0);
      for (const style of CSL_STYLES) {
        const bibliography = renderBibliography(sample, style);
        for (const item of sample) {
          expect(bibliography.get(item.id), `${item.id} ${style}`).toContain(item.URL);
          if (item.author) expect(bibliography.get(item.id), `${item.id} ${style}`).toContain(item.author[0]!.literal);
        }
      }
    });
  });
});
