/**
 * Every converted document compiles in a real build, and hostile text
 * reaches the page as text. Reads the shared archive of the seeds and the
 * fixtures (test/helpers/shared-archives.ts); what it damages, it damages
 * in a copy.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument, readRecord } from '../../scripts/store/read-document.ts';
import { FEED_SIZE } from '../../src/lib/atom-feed.ts';
import { citationTitle } from '../../src/shared/citations.ts';
import { issuingOrganisation } from '../../src/shared/credits.ts';
import { sourcePath } from '../../src/shared/source-path.ts';
import { citationDownloads } from '../helpers/citation-downloads.ts';
import {
  archiveSources,
  astroIn,
  type BuiltArchive,
  copySite,
  projectRoot,
  run,
  temporaryFolder,
} from '../helpers/run.ts';
import { CORRECTED, sharedArchive } from '../helpers/shared-archives.ts';

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the built site', () => {
  let archive: BuiltArchive;
  let ids: string[];
  const page = (path: string) => readFileSync(join(archive.dist, path, 'index.html'), 'utf8');

  beforeAll(() => {
    archive = sharedArchive('seeds');
    ids = readdirSync(join(archive.root, 'content', 'reports')).map((name) => name.replace(/\.mdx$/, ''));
  });

  it('has a page for every document, in Chinese', () => {
    expect(ids.length).toBe(archiveSources().length);
    for (const id of ids) expect(page(`reports/${id}`), id).toContain('<html lang="zh-CN"');
  });

  it('heads every document page with the title its citations give (citation_title), 政府工作报告 with its town', () => {
    for (const id of ids) {
      const html = page(`reports/${id}`);
      const heading = unescapeHtml(/<h1>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, ''));
      const cited = unescapeHtml(/<meta name="citation_title" content="([^"]*)">/.exec(html)![1]!);
      expect(heading, id).toBe(cited);
    }
    expect(unescapeHtml(/<h1>([\s\S]*?)<\/h1>/.exec(page('reports/7c88cf9a948c'))![1]!.replace(/<[^>]+>/g, ''))).toBe(
      '天目山镇政府工作报告',
    );
  });

  it('names among the key facts above the text only a publisher the page prints; one inferred waits in the full facts, marked 推断', () => {
    const textOf = (fragment: string) => unescapeHtml(fragment.replace(/<[^>]+>/g, '').replace(/\s+/g, ''));
    const records = ids.map((id) => ({
      id,
      record: readDocument(readFileSync(join(archive.root, 'content', 'reports', `${id}.mdx`), 'utf8')).record,
    }));
    const inferred = records.filter(({ record }) => record.publisher && record.inferred.includes('publisher'));
    const printed = records.filter(({ record }) => record.publisher && !record.inferred.includes('publisher'));
    expect(inferred.length).toBeGreaterThan(0);
    expect(printed.length).toBeGreaterThan(0);
    for (const { id, record } of [...inferred, ...printed]) {
      const html = page(`reports/${id}`);
      const keyFacts = textOf(/<p class="key-facts">[\s\S]*?<\/p>/.exec(html)![0]);
      const facts = textOf(/<section class="metadata"[\s\S]*?<\/section>/.exec(html)![0]);
      const publisher = textOf(record.publisher!);
      if (record.inferred.includes('publisher')) {
        expect(keyFacts, id).not.toContain('发布机构');
        expect(facts, id).toContain(`发布机构${publisher}（推断）`);
      } else {
        expect(keyFacts, id).toContain(`发布机构${publisher}`);
      }
    }
  });

  it('serves every raw source byte for byte', () => {
    for (const name of readdirSync(join(archive.root, 'seeds'))) {
      const id = ids.find((candidate) =>
        readFileSync(join(archive.root, 'content', 'reports', `${candidate}.mdx`), 'utf8').includes(`file: ${name}`),
      );
      expect(readFileSync(join(archive.dist, sourcePath(id!, name))), name).toEqual(
        readFileSync(join(archive.root, 'seeds', name)),
      );
    }
  });

  it('shows hostile text literally and injects nothing', () => {
    const id = ids.find((candidate) =>
      readFileSync(join(archive.root, 'content', 'reports', `${candidate}.mdx`), 'utf8').includes('不是标题'),
    )!;
    const html = page(`reports/${id}`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick="alert(1)">点击&lt;/div>');
    expect(html).toContain('import fs from "fs"');
    expect(html).toContain('{A}');
    expect(html).toContain('~~删除线~~ 和 www.example.com 以及 "引号" -- 破折号 ... 省略号');
    // Inside quoted attribute values (meta tags, data-citable) a < is inert text; everywhere else there must be no such markup.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script>alert|<div onclick|href="javascript:/);
    expect(html).not.toMatch(/href="javascript:/);
  });

  it('writes a search index, a sitemap, robots.txt and a 404 page', () => {
    const { shards } = JSON.parse(readFileSync(join(archive.dist, 'pagefind', 'shards.json'), 'utf8'));
    // A small archive fits one shard: the range of every date.
    expect(shards.map(({ name }: { name: string }) => name)).toEqual(['xxxx']);
    expect(existsSync(join(archive.dist, 'pagefind', 'runtime', 'pagefind.js'))).toBe(true);
    const index = readFileSync(join(archive.dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('/sitemap-0.xml</loc>');
    const sitemap = readFileSync(join(archive.dist, 'sitemap-0.xml'), 'utf8');
    for (const id of ids) expect(sitemap).toContain(`/reports/${id}/</loc>`);
    // Every listing page too, the second page of a year included where there is one.
    const pages = readdirSync(archive.dist, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('index.html') && !path.startsWith('search'))
      .map((path) => `http://localhost:4321/${path.replace(/index\.html$/, '')}`);
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, address]) => decodeURI(address!));
    expect(listed.sort()).toEqual(expect.arrayContaining(pages.sort()));
    expect(readFileSync(join(archive.dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: http.*\/sitemap-index\.xml/);
    expect(existsSync(join(archive.dist, '404.html'))).toBe(true);
  });

  it('gives reference managers the record: citation_*, Dublin Core and JSON-LD match the frontmatter', () => {
    for (const id of ids) {
      const { record } = readDocument(readFileSync(join(archive.root, 'content', 'reports', `${id}.mdx`), 'utf8'));
      const html = page(`reports/${id}`);
      const meta = (name: string) =>
        [...html.matchAll(/<meta name="([^"]+)" content="([^"]*)"/g)]
          .filter(([, key]) => key === name)
          .map(([, , value]) => unescapeHtml(value!));
      const url = `http://localhost:4321/reports/${id}/`;
      // What Zotero's Embedded Metadata translator and Google Scholar read.
      const title = citationTitle(record.title, record.town ?? record.county);
      const news = record.docType === '新闻报道';
      expect(meta('citation_title')).toEqual([title]);
      expect(meta('citation_publication_date')).toEqual(record.date ? [record.date.replaceAll('-', '/')] : []);
      // A government document's organisation (src/shared/credits.ts); a news item has none.
      if (news) expect(meta('citation_technical_report_institution')).toEqual([]);
      else if (record.publisher)
        expect(meta('citation_technical_report_institution')).toEqual([issuingOrganisation(record)]);
      expect(meta('z.itemType')).toEqual([news ? 'newspaperArticle' : 'report']);
      expect(meta('citation_abstract')).toHaveLength(1);
      if (record.summary) expect(meta('citation_abstract')).toEqual([record.summary]);
      expect(meta('citation_public_url')).toEqual([url]);
      expect(meta('DC.title')).toEqual([title]);
      expect(meta('DC.identifier')).toEqual([url]);
      expect(meta('DC.source')).toEqual([]);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
      expect(jsonLd).toMatchObject({ '@type': news ? 'NewsArticle' : 'Report', name: title, url });
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
    }
  });

  it('gives Zotero every government document complete: its organisation as author, never a bare place, and a place', () => {
    const meta = (html: string, name: string) =>
      [...html.matchAll(/<meta name="([^"]+)" content="([^"]*)"/g)]
        .filter(([, key]) => key === name)
        .map(([, , value]) => unescapeHtml(value!));
    for (const id of ids) {
      const { record } = readDocument(readFileSync(join(archive.root, 'content', 'reports', `${id}.mdx`), 'utf8'));
      if (record.docType === '新闻报道') continue;
      const html = page(`reports/${id}`);
      const [author, ...more] = meta(html, 'citation_author');
      expect(more, id).toEqual([]);
      // 人民政府, or a printed short form such as 镇安县政府.
      expect(author, id).toMatch(/(政府|办事处|办公室|主席团|委员会)$/);
      expect(meta(html, 'eprints.place_of_pub'), id).toHaveLength(1);
    }
    // Made-up pages that print no publisher: the organisation their title opens with, the place in its name.
    const issuedBy = (id: string) => {
      const html = page(`reports/${id}`);
      return [meta(html, 'citation_author')[0], meta(html, 'eprints.place_of_pub')[0]];
    };
    expect(issuedBy('ab1f9fac0a08')).toEqual(['某县人民政府', '某县']);
    expect(issuedBy('d726f8978c1c')).toEqual(['某某镇人民政府', '某某镇']);
    expect(issuedBy('759db3eb63e1')).toEqual(['岚溪县人民政府', '岚溪县']);
    // A congress's communiqué is its presidium's, and the presidium is no 报告人.
    const communique = page('reports/09dca81d526a');
    expect(meta(communique, 'citation_author')).toEqual(['石门乡人大主席团']);
    expect(meta(communique, 'z.extra').join('')).not.toContain('报告人');
  });

  it('gives Zotero every news item a creator: each person of its byline, else its outlet, never a bare place', () => {
    const meta = (html: string, name: string) =>
      [...html.matchAll(/<meta name="([^"]+)" content="([^"]*)"/g)]
        .filter(([, key]) => key === name)
        .map(([, , value]) => unescapeHtml(value!));
    const creditedTo = (id: string) => {
      const html = page(`reports/${id}`);
      return {
        author: meta(html, 'citation_author'),
        creator: meta(html, 'DC.creator'),
        outlet: meta(html, 'prism.publicationName'),
      };
    };
    let news = 0;
    for (const id of ids) {
      const { record } = readDocument(readFileSync(join(archive.root, 'content', 'reports', `${id}.mdx`), 'utf8'));
      if (record.docType !== '新闻报道') continue;
      news += 1;
      const { author, creator, outlet } = creditedTo(id);
      expect(author.length, id).toBeGreaterThan(0);
      expect(creator, id).toEqual(author);
      if (record.author) expect(author, id).toEqual(record.author.split('、'));
      else expect(author, id).toEqual(outlet);
      for (const name of author) expect(name, id).not.toMatch(/(镇|乡|街道|县|区|市)$/);
    }
    expect(news).toBeGreaterThanOrEqual(9);
    // Unsigned, the county media centre printed as its source: the centre, author and publication.
    expect(creditedTo('fa023b252ee8')).toEqual({
      author: ['镇康县融媒体中心'],
      creator: ['镇康县融媒体中心'],
      outlet: ['镇康县融媒体中心'],
    });
    // Signed by two correspondents, in an e-paper nobody in the site table runs: the two, and no outlet invented.
    expect(creditedTo('425ed4d5e3a1')).toEqual({ author: ['王某某', '刘某'], creator: ['王某某', '刘某'], outlet: [] });
    // No outlet printed, no site: the town's government, inferred (推断 on the page).
    expect(creditedTo('465ceab0bbf6').author).toEqual(['下各镇人民政府']);
    expect(page('reports/465ceab0bbf6')).toMatch(/下各镇人民政府[\s\S]{0,200}推断/);
  });

  it('publishes a catalog, a source manifest, SHA256SUMS, citation files, a feed and an OAI-PMH file', () => {
    const catalog = JSON.parse(readFileSync(join(archive.dist, 'catalog.json'), 'utf8'));
    expect(catalog.documents.map((entry: { id: string }) => entry.id).sort()).toEqual([...ids].sort());
    const sums = readFileSync(join(archive.dist, 'sources', 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n');
    expect(sums).toHaveLength(ids.length);
    for (const line of sums) {
      const [sum, name] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(join(archive.dist, 'sources', name!)))
          .digest('hex'),
      ).toBe(sum);
    }
    // The citation files are downloads in the page itself: a document adds no file but its page (and its source).
    for (const id of ids) {
      expect(readdirSync(join(archive.dist, 'reports', id))).toEqual(['index.html']);
      expect(Object.keys(citationDownloads(archive.dist, id)).sort()).toEqual(['bib', 'json', 'ris']);
    }
    expect(readFileSync(join(archive.dist, 'feed.xml'), 'utf8')).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const oai = readFileSync(join(archive.dist, 'oai.xml'), 'utf8');
    expect(oai.match(/<oai:record>/g)).toHaveLength(ids.length);
  });

  it('keeps every permanent address of the seeds, and says which one went missing', () => {
    const check = (dist: string) =>
      run([join(projectRoot, 'scripts/check-urls.ts'), '--dist', dist], { cwd: projectRoot });
    expect(check(archive.dist).status).toBe(0);
    const moved = join(temporaryFolder(), 'moved');
    cpSync(archive.dist, moved, { recursive: true });
    rmSync(join(moved, 'reports', '7c88cf9a948c'), { recursive: true });
    const failed = check(moved);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('reports/7c88cf9a948c/ was published but is not in');
  });

  it('shows every character of every source not recorded as stripped (npm run verify)', () => {
    const verify = (dist: string) =>
      run([join(projectRoot, 'scripts/verify.ts'), '--dist', dist], { cwd: archive.root });
    const clean = verify('dist');
    expect(clean.status, clean.output).toBe(0);
    expect(clean.stdout).toContain(`${ids.length} documents verified against their sources: 0 with differences`);

    const damaged = join(temporaryFolder(), 'damaged');
    cpSync(archive.dist, damaged, { recursive: true });
    const page = join(damaged, 'reports', '7c88cf9a948c', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('各位代表:', '各位代表'));
    const other = join(damaged, 'reports', '18ac4b943fd2', 'index.html');
    writeFileSync(other, readFileSync(other, 'utf8').replace('枇杷特色产业', '琵琶特色产业'));
    const failed = verify(damaged);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      'seeds/003_f33962c4148b52b6.txt:8:5: reports/7c88cf9a948c/ differs from its source: the source has ":现在,',
    );
    expect(failed.stderr).toMatch(
      /seeds\/002_5cf0343bf343ebbe\.txt:\d+:\d+: reports\/18ac4b943fd2\/ differs from its source: the source has "枇杷特色产业/,
    );
  });

  it('sends a Content-Security-Policy that allows only the site’s own origin on every page', () => {
    const pages = readdirSync(archive.dist, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.name.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(ids.length);
    for (const entry of pages) {
      const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      if (html.startsWith('<!doctype html><title>Redirecting')) continue;
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(policy, entry.name).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(policy).not.toContain('unsafe-inline');
    }
  });

  it('fails loudly, naming the file and the field, when a frontmatter is wrong', () => {
    const broken = copySite();
    const [first] = ids;
    const wrong = readFileSync(join(archive.root, 'content', 'reports', `${first}.mdx`), 'utf8').replace(
      /^date: .*$/m,
      'date: "2024-02-30"',
    );
    writeFileSync(join(broken, 'content', 'reports', `${first}.mdx`), wrong);
    const failed = astroIn(broken, 'build');
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain(first);
    expect(failed.output).toContain('date: not a real calendar date');
  }, 120_000);
});

describe('the places: a town of fewer than five documents is a section of its county’s page', () => {
  let archive: BuiltArchive;
  const page = (names: string[]) => readFileSync(join(archive.dist, 'places', ...names, 'index.html'), 'utf8');
  const href = (names: string[], section?: string) =>
    `/places/${names.map(encodeURIComponent).join('/')}/${section ? `#${encodeURIComponent(section)}` : ''}`;
  /** Each town's documents by its whole place (names repeat across counties), from the frontmatter. */
  let towns: Map<string, string[]>;
  const documentPage = (id: string) => readFileSync(join(archive.dist, 'reports', id, 'index.html'), 'utf8');

  beforeAll(() => {
    archive = sharedArchive('seeds');
    const folder = join(archive.root, 'content', 'reports');
    towns = new Map();
    for (const name of readdirSync(folder)) {
      const record = readRecord(readFileSync(join(folder, name), 'utf8'));
      const place = [record.province, record.city, record.county, record.town];
      if (!place.every(Boolean)) continue;
      const key = place.join('/');
      towns.set(key, [...(towns.get(key) ?? []), record.id]);
    }
  });

  it('lists each such town’s documents under its name on the county’s page, once, and gives it no page', () => {
    const small = [...towns].filter(([, ids]) => ids.length < 5);
    expect(small.some(([, ids]) => ids.length > 1)).toBe(true);
    for (const [key, ids] of small) {
      const names = key.split('/');
      expect(existsSync(join(archive.dist, 'places', ...names)), key).toBe(false);
      const county = page(names.slice(0, 3));
      const start = county.indexOf(`<li id="town-${names[3]}" class="town-section"><h3>${names[3]}</h3>`);
      expect(start, key).toBeGreaterThan(0);
      const section = county.slice(start, county.indexOf('</ul></li>', start));
      for (const id of ids) {
        expect(section, key).toContain(`href="/reports/${id}/"`);
        // Not again in the newest below.
        expect(county.split(`href="/reports/${id}/"`).length - 1, key).toBe(1);
      }
    }
  });

  it('links each of their documents to that section, from its breadcrumb and its facts', () => {
    for (const [key, ids] of towns) {
      if (ids.length >= 5) continue;
      const names = key.split('/');
      for (const id of ids) {
        expect(documentPage(id).split(`href="${href(names.slice(0, 3), `town-${names[3]}`)}"`).length - 1, id).toBe(2);
        expect(documentPage(id), id).not.toContain(`href="${href(names)}"`);
      }
    }
  });

  it('gives a town of five or more a page of its own, linked from its county’s page and from its documents', () => {
    const large = [...towns].filter(([, ids]) => ids.length >= 5);
    expect(large.map(([key]) => key)).toContain('浙江省/杭州市/临安区/天目山镇');
    for (const [key, ids] of large) {
      const names = key.split('/');
      expect(page(names), key).toContain(`<h1>${names[3]}</h1>`);
      expect(page(names.slice(0, 3)), key).toContain(`<a href="${href(names)}">${names[3]}</a>`);
      for (const id of ids) expect(documentPage(id), id).toContain(`href="${href(names)}"`);
    }
  });
});

describe('a document a person corrected (content/corrections/<id>.yaml)', () => {
  let archive: BuiltArchive;
  const file = (path: string) => readFileSync(join(archive.dist, path), 'utf8');
  const { id, fields } = CORRECTED;
  const place = [fields.province, fields.city, fields.county, '城关镇'];

  beforeAll(() => {
    archive = sharedArchive('seeds');
  });

  it('keeps the converter’s own reading beside the corrected values, with who, when and why', () => {
    const { record } = readDocument(readFileSync(join(archive.root, 'content', 'reports', `${id}.mdx`), 'utf8'));
    expect(record).toMatchObject(fields);
    expect(record.correction).toMatchObject({ read: CORRECTED.read, note: CORRECTED.note, date: CORRECTED.date });
    expect(record.correction!.by).toBe(CORRECTED.by);
  });

  it('shows the corrected fields as 已更正, with the note, the date and what the converter had read', () => {
    const html = file(`reports/${id}/index.html`);
    const textOf = (fragment: string) => unescapeHtml(fragment.replace(/<[^>]+>/g, '').replace(/\s+/g, ''));
    const keyFacts = textOf(/<p class="key-facts">[\s\S]*?<\/p>/.exec(html)![0]);
    expect(keyFacts).toBe(`发布机构${fields.publisher}2023-12-28已更正引用`);
    const facts = textOf(/<section class="metadata"[\s\S]*?<\/section>/.exec(html)![0]);
    // The town was read, not corrected; the genre is still the converter's inference.
    expect(facts).toBe(
      '文档信息乡镇（街道）城关镇县（市、区）和林格尔县（已更正）市呼和浩特市（已更正）省内蒙古自治区（已更正）' +
        `发布日期2023-12-28（已更正）发布机构${fields.publisher}（已更正）文档类型工作总结（推断）`,
    );
    const note = textOf(/<section class="correction"[\s\S]*?<\/section>/.exec(html)![0]);
    expect(note).toBe(
      '更正说明本文档的以下信息经人工核对已更正：县（市、区）、市、省、区划代码、发布机构、发布日期。' +
        `更正日期${CORRECTED.date}·更正人${CORRECTED.by}·理由：${CORRECTED.note}` +
        '程序原先读出的值县（市、区）（未读出）市（未读出）省（未读出）区划代码（未读出）发布机构（未读出）发布日期2024-01-09',
    );
  });

  it('is cited, listed, found and harvested with the corrected values', () => {
    for (const [format, text] of Object.entries(citationDownloads(archive.dist, id)))
      expect(text, format).toContain(fields.publisher);
    expect(file(`reports/${id}/index.html`)).toContain(
      `<meta name="citation_technical_report_institution" content="${fields.publisher}">`,
    );
    const catalog = JSON.parse(file('catalog.json'));
    const entry = catalog.documents.find((document: { id: string }) => document.id === id);
    expect(entry).toMatchObject({ ...fields, correction: { read: CORRECTED.read } });
    // 城关镇 has this one document: no page of its own, a section of its county's page (src/lib/place-pages.ts).
    const countyPage = file(`places/${place.slice(0, 3).join('/')}/index.html`);
    const section = countyPage.slice(countyPage.indexOf(`id="town-${place[3]}"`));
    expect(section.slice(0, section.indexOf('</li></ul>'))).toContain(`/reports/${id}/`);
    expect(file('years/2023/index.html')).toContain(`/reports/${id}/`);
    expect(file('years/2024/index.html')).not.toContain(`/reports/${id}/`);
    expect(file('search-filters.json')).toContain(place.slice(0, 2).join(' / '));
    expect(file(`search-filters/${fields.province}.json`)).toContain(place.join(' / '));
    const oaiRecord = file('oai.xml')
      .split('<oai:record>')
      .find((record) => record.includes(id))!;
    expect(oaiRecord).toContain(`<dc:publisher>${fields.publisher}</dc:publisher>`);
    expect(oaiRecord).toContain('<dc:date>2023-12-28</dc:date>');
    // The feed holds the FEED_SIZE latest additions: the document is there with its corrected publisher, or every
    // entry there was added or published after its corrected date.
    const feedEntries = file('feed.xml').split('<entry>').slice(1);
    const feedEntry = feedEntries.find((entry) => entry.includes(id));
    if (feedEntry) expect(feedEntry).toContain(fields.publisher);
    else {
      expect(feedEntries).toHaveLength(FEED_SIZE);
      for (const entry of feedEntries) {
        const updated = /<updated>([^<]*)</.exec(entry)?.[1] ?? '';
        const published = /<published>([^<]*)</.exec(entry)?.[1] ?? '';
        expect(updated > fields.date || published >= fields.date, entry).toBe(true);
      }
    }
  });

  it('goes into the BagIt export with its correction file', () => {
    const bag = join(temporaryFolder(), 'bag');
    const exported = run([join(projectRoot, 'scripts/export-bag.ts'), '--out', bag, '--date', '2026-12-04'], {
      cwd: archive.root,
    });
    expect(exported.status, exported.output).toBe(0);
    expect(readFileSync(join(bag, 'data', 'corrections', `${id}.yaml`), 'utf8')).toBe(CORRECTED.yaml);
    const catalog = JSON.parse(readFileSync(join(bag, 'data', 'catalog.json'), 'utf8'));
    expect(catalog.documents.find((document: { id: string }) => document.id === id)).toMatchObject(fields);
  });
});
