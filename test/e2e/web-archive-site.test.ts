/**
 * A web archive fed to the archive as it is: `npm run convert` reads the
 * .warc.gz in seeds/, says what it passed over, and the built site serves
 * each page's record byte for byte at /sources/<id>.warc, listed in the
 * sources manifest with its payload digest. A second crawl holds one of the
 * pages again, its text changed: each version's page links the other, and
 * the later carries the earlier's correction, saying so.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../scripts/converter/read/inputs.ts';
import { expandWarcInputs, type LoadedInput } from '../../scripts/converter/read/warc-inputs.ts';
import { type BuiltArchive, buildArchive, convert, projectRoot, run, temporaryFolder } from '../helpers/run.ts';
import { ARCHIVED_PAGES, recapturedNewsPage, writePagesWarcGz, writeWarcGz } from '../helpers/web-archive.ts';

describe('a site built from a web archive', () => {
  let archive: BuiltArchive;
  let records: LoadedInput[];
  let warc: string;

  beforeAll(async () => {
    const folder = temporaryFolder();
    warc = join(folder, 'crawl.warc.gz');
    writeFileSync(warc, await writeWarcGz());
    records = (await expandWarcInputs(collectInputs([warc]).files)).files;
    const recrawl = join(folder, 'recrawl.warc.gz');
    writeFileSync(recrawl, await writePagesWarcGz([recapturedNewsPage()]));
    // A person corrected the news page's first capture (the id is its WARC record's SHA-256).
    const firstNews = records.find((record) =>
      /^WARC-Target-URI: .*t20240105_1001\.html/m.test(Buffer.from(record.bytes!).toString('latin1')),
    )!;
    const id = createHash('sha256').update(firstNews.bytes!).digest('hex').slice(0, 12);
    const correction = 'fields:\n  publisher: 某县融媒体中心\nnote: 以原件署名为准\ndate: 2026-12-04\n';
    archive = await buildArchive([warc, recrawl], '/', [], {}, { [`content/corrections/${id}.yaml`]: correction });
  }, 180_000);

  it('tells the archivist what the conversion took and what it passed over', () => {
    const result = convert(warc, '--check');
    expect(result.stdout).toContain(
      'crawl.warc.gz: 2 HTML pages in 5 records; passed over 1 request, 1 response text/css, 1 response image/png',
    );
    expect(result.stdout).toContain('2 of 2 documents converted');
    expect(result.status).toBe(0);
  });

  it('serves every page’s WARC record byte for byte, listed with its payload digest', () => {
    const manifest = JSON.parse(readFileSync(join(archive.dist, 'sources', 'manifest.json'), 'utf8'));
    expect(manifest.sources).toHaveLength(3);
    for (const record of records) {
      const entry = manifest.sources.find(
        (source: { file: string }) => source.file === `crawl.warc.gz#${record.name.split('#')[1]}`,
      );
      expect(entry.path).toBe(`sources/${entry.id}.warc`);
      expect(entry.payloadDigest).toMatch(/^sha256:/);
      expect(ARCHIVED_PAGES.map((page) => page.url)).toContain(entry.sourceUrl);
      expect(readFileSync(join(archive.dist, entry.path))).toEqual(Buffer.from(record.bytes!));
    }
    expect(readdirSync(join(archive.dist, 'reports')).filter((name) => /^[0-9a-f]{12}$/.test(name))).toHaveLength(3);
  });

  it('shows on each page when it was captured, its payload digest, and a download named as a WARC record', () => {
    const entry = JSON.parse(readFileSync(join(archive.dist, 'sources', 'manifest.json'), 'utf8')).sources[0];
    const page = readFileSync(join(archive.dist, 'reports', entry.id, 'index.html'), 'utf8');
    expect(page).toMatch(/网页采集时间（UTC）<\/dt>\s*<dd>20\d\d-\d\d-\d\d \d\d:\d\d:\d\d<\/dd>/);
    expect(page).toContain(entry.payloadDigest);
    expect(page).toContain(`download="${entry.id}.warc"`);
  });

  it('shows every character of each archived page not recorded as stripped (npm run verify)', () => {
    const verify = run([join(projectRoot, 'scripts/verify.ts')], { cwd: archive.root });
    expect(verify.stdout, verify.output).toContain('3 documents verified against their sources: 0 with differences');
  });

  it('exports a bag that holds the web archive once, as captured', () => {
    const bag = join(temporaryFolder(), 'bag');
    const content = join(archive.root, 'content', 'reports');
    const seeds = join(archive.root, 'seeds');
    const result = run(['scripts/export-bag.ts', '--out', bag, '--content', content, '--seeds', seeds]);
    // Three documents, the catalog, each web archive once, and the one correction.
    expect(result.output).toContain('a valid bag of 3 documents (7 payload files)');
    expect(readdirSync(join(bag, 'data', 'corrections'))).toHaveLength(1);
    expect(readFileSync(join(bag, 'data', 'sources', 'crawl.warc.gz'))).toEqual(readFileSync(warc));
  });

  it('links each version of the recaptured page to the other, with the date of each capture', () => {
    const { sources } = JSON.parse(readFileSync(join(archive.dist, 'sources', 'manifest.json'), 'utf8'));
    const news = sources.filter((source: { sourceUrl: string }) => source.sourceUrl.endsWith('t20240105_1001.html'));
    const pages = news.map((source: { id: string }) =>
      readFileSync(join(archive.dist, 'reports', source.id, 'index.html'), 'utf8'),
    );
    expect(news).toHaveLength(2);
    const [first, second] = news[0].file.startsWith('crawl') ? [0, 1] : [1, 0];
    const link = (to: number) => `href="/reports/${news[to].id}/"`;
    // Each version's links to the others, as the reader sees them: where to, and the text.
    const versionLinks = (page: string) =>
      [...page.matchAll(/<a href="([^"]+)">(第 \d 版.*?)<\/a>/g)].map(([, href, text]) => [
        href,
        text!.replace(/<[^>]+>/g, ''),
      ]);
    expect(pages[first]).toContain('此页面另有 1 个存档版本');
    expect(pages[second]).toContain('此页面另有 1 个存档版本');
    expect(versionLinks(pages[first])).toEqual([
      [`/reports/${news[second].id}/`, '第 2 版（共 2 版） 2024-02-06 08:00 UTC 采集'],
    ]);
    expect(versionLinks(pages[second])).toEqual([
      [`/reports/${news[first].id}/`, '第 1 版（共 2 版） 2024-01-06 01:02 UTC 采集'],
    ]);
    expect(pages[first]).toContain(`<link rel="successor-version" ${link(second)}>`);
    expect(pages[second]).toContain(`<link rel="predecessor-version" ${link(first)}>`);
    const jsonLd = (page: string) => JSON.parse(/application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
    expect([jsonLd(pages[first]).version, jsonLd(pages[second]).version]).toEqual([1, 2]);
    const oai = readFileSync(join(archive.dist, 'oai.xml'), 'utf8');
    expect(oai.match(/<dc:relation>.*?<\/dc:relation>/g)).toEqual([
      `<dc:relation>http://localhost:4321/reports/${news[first].id}/</dc:relation>`,
    ]);
    // The correction of the first capture, carried to the second and said to be.
    for (const page of pages) expect(page).toContain('理由：以原件署名为准');
    expect(pages[first]).not.toContain('已沿用上一版本的更正');
    expect(pages[second]).toContain(`<a href="/reports/${news[first].id}/">已沿用上一版本的更正</a>`);
    const other = sources.find((source: { id: string }) => !news.includes(source));
    const alone = readFileSync(join(archive.dist, 'reports', other.id, 'index.html'), 'utf8');
    expect(alone).not.toContain('存档版本');
    expect(jsonLd(alone).version).toBeUndefined();
  });
});
