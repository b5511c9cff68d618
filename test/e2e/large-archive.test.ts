/**
 * An archive of a few hundred documents, built for real: no listing page
 * grows with the archive. A year's documents are split into pages of a
 * hundred that together list each of them once; a place above a town lists
 * its own level and only the newest of the rest, which its towns list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { type BuiltArchive, buildArchive, temporaryFolder } from '../helpers/run.ts';

// About 115 a year over seven years: more than one page for each year.
const DOCUMENTS = 800;
let archive: BuiltArchive;

beforeAll(() => {
  const corpus = temporaryFolder();
  writeSyntheticCorpus(corpus, DOCUMENTS);
  archive = buildArchive(readdirSync(corpus).map((name) => join(corpus, name)));
}, 300_000);

const page = (path: string) => readFileSync(join(archive.dist, path, 'index.html'), 'utf8');
const documentLinks = (html: string) =>
  [...html.matchAll(/href="\/reports\/([0-9a-f]{12})\/"/g)].map((match) => match[1]!);

describe('an archive of hundreds of documents', () => {
  it('lists a year a hundred documents to a page, each document once across its pages', () => {
    const years = readdirSync(join(archive.dist, 'years'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    const paginated = years.filter(({ name }) => readdirSync(join(archive.dist, 'years', name)).includes('2'));
    expect(paginated.length).toBeGreaterThan(0);
    for (const { name } of paginated) {
      const first = page(`years/${name}`);
      const total = Number(/(\d+) 份文档/.exec(first)![1]);
      const listed: string[] = [];
      for (let number = 1; ; number++) {
        const path = number === 1 ? `years/${name}` : `years/${name}/${number}`;
        let html: string;
        try {
          html = page(path);
        } catch {
          break;
        }
        const links = documentLinks(html);
        expect(links.length).toBeLessThanOrEqual(100);
        listed.push(...links);
      }
      expect(listed.length).toBe(total);
      expect(new Set(listed).size).toBe(total);
    }
  });

  it('lists at most the twenty newest documents of the places below a province', () => {
    for (const province of readdirSync(join(archive.dist, 'places'), { withFileTypes: true })) {
      if (!province.isDirectory()) continue;
      const html = page(`places/${province.name}`);
      const total = Number(/(\d+) 份文档/.exec(html)![1]);
      expect(documentLinks(html).length).toBeLessThanOrEqual(
        Math.min(total, 20) + (html.includes('本级文档') ? total : 0),
      );
    }
  });

  it('indexes every document for search', () => {
    const { shards } = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
    const fragments = shards.flatMap((shard: string) => readdirSync(join(archive.dist, 'pagefind', shard, 'fragment')));
    expect(fragments.length).toBe(readdirSync(join(archive.root, 'content', 'reports')).length);
  });
});
