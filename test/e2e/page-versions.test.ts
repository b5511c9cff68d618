/**
 * A page captured twice, its text changed in between: `npm run convert`
 * makes two documents, the later naming the earlier, whatever the files are
 * called; the same capture twice is still one document and a duplicate.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ReportSchema } from '../../src/shared/report-schema.ts';
import { convert, temporaryFolder } from '../helpers/run.ts';
import { ARCHIVED_PAGES, recapturedNewsPage, writePagesWarcGz, writeWarcGz } from '../helpers/web-archive.ts';

const documentsIn = (folder: string) =>
  Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
const recordOf = (mdx: string) => ReportSchema.parse(parse(mdx.split('\n---\n')[0]!.slice(4), { version: '1.1' }));

describe('two captures of one page whose text changed', () => {
  const root = temporaryFolder();
  const out = join(root, 'out');
  let documents: Record<string, string>;

  beforeAll(async () => {
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in', 'a-crawl.warc.gz'), await writeWarcGz());
    writeFileSync(join(root, 'in', 'b-recrawl.warc.gz'), await writePagesWarcGz([recapturedNewsPage()]));
    const result = convert(join(root, 'in'), '--out', out, '--quiet');
    expect(result.status, result.output).toBe(0);
    documents = documentsIn(out);
  }, 60_000);

  it('become two documents, the later naming the earlier as its previous version', () => {
    const records = Object.values(documents).map(recordOf);
    expect(records).toHaveLength(3);
    const news = records.filter((record) => record.title === records.find((r) => r.previousVersion)?.title);
    expect(news).toHaveLength(2);
    const [earlier, later] = news.sort((a, b) => a.captured!.localeCompare(b.captured!));
    expect(earlier!.sourceUrl).toBe(ARCHIVED_PAGES[1]!.url);
    expect(later!.sourceUrl).toBe(recapturedNewsPage().url);
    expect(earlier!.previousVersion).toBeUndefined();
    expect(later!.previousVersion).toBe(earlier!.id);
    expect(records.filter((record) => record.previousVersion)).toHaveLength(1);
  });

  it('are linked the same, byte for byte, when the later capture’s file comes first', () => {
    const folder = join(root, 'reordered');
    mkdirSync(folder);
    copyFileSync(join(root, 'in', 'a-crawl.warc.gz'), join(folder, 'z-crawl.warc.gz'));
    copyFileSync(join(root, 'in', 'b-recrawl.warc.gz'), join(folder, 'a-recrawl.warc.gz'));
    const reordered = join(root, 'reordered-out');
    expect(convert(folder, '--out', reordered, '--quiet').status).toBe(0);
    const strip = (mdx: string) => mdx.replace(/^ {2}file: .*$/m, '');
    const rename = (all: Record<string, string>) => Object.entries(all).map(([name, mdx]) => [name, strip(mdx)]);
    expect(rename(documentsIn(reordered))).toEqual(rename(documents));
  });

  it('are left untouched by a second run', () => {
    const again = convert(join(root, 'in'), '--out', out);
    expect(again.stdout).toContain('0 written, 3 unchanged');
    expect(documentsIn(out)).toEqual(documents);
  });

  it('are linked when the earlier capture comes in a later run, and stay so', () => {
    const later = join(root, 'later-first');
    mkdirSync(later);
    copyFileSync(join(root, 'in', 'b-recrawl.warc.gz'), join(later, 'b-recrawl.warc.gz'));
    const folder = join(root, 'arriving');
    expect(convert(later, '--out', folder, '--quiet').status).toBe(0);
    expect(Object.values(documentsIn(folder)).map(recordOf)[0]!.previousVersion).toBeUndefined();
    // The earlier capture arrives: the document already written now names it, rewritten in place.
    const both = convert(join(root, 'in'), '--out', folder);
    expect(both.stdout).toContain('3 written, 0 unchanged');
    expect(documentsIn(folder)).toEqual(documents);
    expect(convert(join(root, 'in'), '--out', folder).stdout).toContain('0 written, 3 unchanged');
  });

  it('carry the earlier capture’s correction forward to the later, flagged, until it is taken away', () => {
    const folder = join(root, 'corrected', 'reports');
    const corrections = join(root, 'corrected', 'corrections');
    mkdirSync(corrections, { recursive: true });
    const records = Object.values(documents).map(recordOf);
    const later = records.find((record) => record.previousVersion)!;
    const earlier = records.find((record) => record.id === later.previousVersion)!;
    writeFileSync(
      join(corrections, `${earlier.id}.yaml`),
      'fields:\n  publisher: 某镇人民政府\nnote: 以原件落款为准\ndate: 2026-12-04\n',
    );
    const first = convert(join(root, 'in'), '--out', folder);
    expect(first.status, first.output).toBe(0);
    const carried = recordOf(documentsIn(folder)[`${later.id}.mdx`]!);
    expect(carried.publisher).toBe('某镇人民政府');
    expect(carried.correction).toEqual({
      read: { publisher: later.publisher },
      note: '以原件落款为准',
      date: '2026-12-04',
      carriedFrom: earlier.id,
    });
    expect(recordOf(documentsIn(folder)[`${earlier.id}.mdx`]!).correction?.carriedFrom).toBeUndefined();
    expect(convert(join(root, 'in'), '--out', folder).stdout).toContain('0 written, 3 unchanged');

    rmSync(join(corrections, `${earlier.id}.yaml`));
    expect(convert(join(root, 'in'), '--out', folder).stdout).toContain('2 written, 1 unchanged');
    expect(documentsIn(folder)).toEqual(documents);
  });
});

it('takes the same capture twice as one document and a duplicate, not a version', async () => {
  const root = temporaryFolder();
  const bytes = await writeWarcGz();
  writeFileSync(join(root, 'crawl.warc.gz'), bytes);
  writeFileSync(join(root, 'copy.warc.gz'), bytes);
  const out = join(root, 'out');
  const result = convert(root, '--out', out);
  expect(result.stdout).toContain('2 of 4 documents converted');
  expect(result.stdout).toContain('2 duplicates');
  const records = Object.values(documentsIn(out)).map(recordOf);
  expect(records).toHaveLength(2);
  expect(records.filter((record) => record.previousVersion)).toEqual([]);
}, 60_000);
