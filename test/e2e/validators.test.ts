/**
 * Every machine-readable output passes validators the project did not
 * write (test/helpers/validators.ts), on a real build of the seeds and
 * fixtures (the shared one with the seeds' provenance, built for the
 * sub-path /zhendang/: test/helpers/shared-archives.ts); each validator is
 * first shown to reject a broken sample, so a pass means something. Then:
 * every output names the same creator and publisher, and a second build of
 * the same content changes no byte.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { creatorNames } from '../../src/shared/credits.ts';
import { citationDownloads } from '../helpers/citation-downloads.ts';
import { type BuiltArchive, copyArchive, rebuildArchive, temporaryFolder } from '../helpers/run.ts';
import { sharedArchive } from '../helpers/shared-archives.ts';
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

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

const sample = (name: string, text: string) => {
  const path = join(temporaryFolder(), name);
  writeFileSync(path, text);
  return path;
};

const HTML_PAGE = (body: string, after = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>样例</title></head><body>${body}</body></html>${after}`;

// A time limit, not a measurement: Java and Perl start-ups and citeproc-js compiling each style take seconds on a shared machine.
const SLOW_TOOLS = { timeout: 120_000 };

describe('each validator rejects a broken sample', SLOW_TOOLS, () => {
  it('the Nu HTML Checker: a script after </html>, and aria-labelledby on a <pre>', () => {
    expect(htmlProblems([sample('good.html', HTML_PAGE('<h3 id="l">APA</h3><pre>引用</pre>'))])).toEqual([]);
    const problems = htmlProblems([
      sample('stray.html', HTML_PAGE('<p>正文</p>', '<script src="/a.js"></script>')),
      sample('pre.html', HTML_PAGE('<h3 id="l">APA</h3><pre aria-labelledby="l">引用</pre>')),
    ]);
    expect(problems.join('\n')).toMatch(/stray\.html: Stray start tag “script”/);
    expect(problems.join('\n')).toMatch(/pre\.html: .*aria-labelledby/);
  });

  it('jing with RFC 4287’s grammar: an Atom entry without its updated date', () => {
    const feed = (entry: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2026-11-22T00:00:00Z</updated><entry><title>e</title><id>urn:e</id><link href="http://example.org/"/><author><name>a</name></author>${entry}</entry></feed>`;
    expect(atomProblems(sample('good.xml', feed('<updated>2026-11-22T00:00:00Z</updated>')))).toEqual([]);
    expect(atomProblems(sample('broken.xml', feed('')))).not.toEqual([]);
  });

  it('feedparser: a feed that is not well-formed', () => {
    expect(
      feedparserProblems(sample('broken.xml', '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</feed>')),
    ).not.toEqual([]);
  });

  it('biber’s data model: a number field in @misc', () => {
    const entry = (extra: string) =>
      `@misc{k,\n  title = {题名},\n  author = {{永嘉县融媒体中心}},\n  date = {2024-02-22},${extra}\n}\n`;
    expect(bibtexProblems(sample('good.bib', entry('')))).toEqual([]);
    expect(bibtexProblems(sample('broken.bib', entry('\n  number = {1},')))).toEqual([
      expect.stringMatching(/Invalid field 'number' for entrytype 'misc'/),
    ]);
  });

  describe('with the published schemas and styles (test/validators)', () => {
    it('xmllint with OAI-PMH.xsd and oai-identifier.xsd: adminEmail and an identifier at localhost', () => {
      const repository = (host: string) =>
        `<Repository xmlns="http://www.openarchives.org/OAI/2.0/static-repository" xmlns:oai="http://www.openarchives.org/OAI/2.0/"><Identify><oai:repositoryName>r</oai:repositoryName><oai:baseURL>http://gateway.example.org/oai/example.org/oai.xml</oai:baseURL><oai:protocolVersion>2.0</oai:protocolVersion><oai:adminEmail>archive@${host}</oai:adminEmail><oai:earliestDatestamp>2026-11-22</oai:earliestDatestamp><oai:deletedRecord>no</oai:deletedRecord><oai:granularity>YYYY-MM-DD</oai:granularity><oai:description><oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier"><scheme>oai</scheme><repositoryIdentifier>${host}</repositoryIdentifier><delimiter>:</delimiter><sampleIdentifier>oai:${host}:18ac4b943fd2</sampleIdentifier></oai-identifier></oai:description></Identify><ListMetadataFormats><oai:metadataFormat><oai:metadataPrefix>oai_dc</oai:metadataPrefix><oai:schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</oai:schema><oai:metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</oai:metadataNamespace></oai:metadataFormat></ListMetadataFormats><ListRecords metadataPrefix="oai_dc"/></Repository>`;
      expect(staticRepositoryProblems(sample('good.xml', repository('example.org')))).toEqual([]);
      const problems = staticRepositoryProblems(sample('broken.xml', repository('localhost'))).join('\n');
      expect(problems).toMatch(/adminEmail/);
      expect(problems).toMatch(/repositoryIdentifier|sampleIdentifier/);
    });

    it('xmllint with oai_dc.xsd: an element Dublin Core does not have', () => {
      const record = `<Repository xmlns="http://www.openarchives.org/OAI/2.0/static-repository" xmlns:oai="http://www.openarchives.org/OAI/2.0/"><Identify><oai:repositoryName>r</oai:repositoryName><oai:baseURL>http://gateway.example.org/oai/example.org/oai.xml</oai:baseURL><oai:protocolVersion>2.0</oai:protocolVersion><oai:adminEmail>a@example.org</oai:adminEmail><oai:earliestDatestamp>2026-11-22</oai:earliestDatestamp><oai:deletedRecord>no</oai:deletedRecord><oai:granularity>YYYY-MM-DD</oai:granularity></Identify><ListMetadataFormats><oai:metadataFormat><oai:metadataPrefix>oai_dc</oai:metadataPrefix><oai:schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</oai:schema><oai:metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</oai:metadataNamespace></oai:metadataFormat></ListMetadataFormats><ListRecords metadataPrefix="oai_dc"><oai:record><oai:header><oai:identifier>oai:example.org:1</oai:identifier><oai:datestamp>2026-11-22</oai:datestamp></oai:header><oai:metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:author>某人</dc:author></oai_dc:dc></oai:metadata></oai:record></ListRecords></Repository>`;
      expect(staticRepositoryProblems(sample('broken.xml', record)).join('\n')).toMatch(/author/);
    });

    it('xmllint with sitemap.xsd: a url without its loc', () => {
      const urlset = (url: string) =>
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>${url}</url></urlset>`;
      expect(sitemapProblems(sample('good.xml', urlset('<loc>http://example.org/</loc>')))).toEqual([]);
      expect(sitemapProblems(sample('broken.xml', urlset('<lastmod>2026-11-22</lastmod>')))).not.toEqual([]);
    });

    it('ajv with the CSL data schema: an item type CSL does not have', () => {
      expect(cslSchemaProblems([{ id: 'a', type: 'report', title: '题名' }])).toEqual([]);
      expect(cslSchemaProblems([{ id: 'a', type: 'government-report', title: '题名' }])).not.toEqual([]);
    });

    it('citeproc-js: an item without an author is cited without one', () => {
      const item = { type: 'report', title: '题名', URL: 'http://example.org/' };
      const items = [
        { ...item, id: 'names', author: [{ literal: '永嘉县融媒体中心' }] },
        { ...item, id: 'authorless' },
      ];
      for (const style of CSL_STYLES) {
        const bibliography = renderBibliography(items, style);
        expect(bibliography.get('names')).toContain('永嘉县融媒体中心');
        expect(bibliography.get('authorless')).not.toContain('永嘉县融媒体中心');
      }
    });
  });
});

describe('the outputs of a build of the seeds and fixtures', SLOW_TOOLS, () => {
  let archive: BuiltArchive;
  let ids: string[];
  const files = (suffix: string) =>
    readdirSync(archive.dist, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith(suffix))
      .map((path) => join(archive.dist, path));

  beforeAll(() => {
    // With the seeds' provenance (sources.json): their addresses name the sites whose owners are credited, and the days they were archived.
    archive = sharedArchive('seedsWithProvenanceAtSubPath');
    ids = readdirSync(join(archive.root, 'content', 'reports')).map((name) => name.replace(/\.mdx$/, ''));
  });

  it('every page is valid HTML to the Nu HTML Checker: documents, search, listings, places, years, 404', () => {
    expect(htmlProblems(files('.html'))).toEqual([]);
  });

  it('every document page’s BibTeX download fits biblatex’s data model', () => {
    // One biber run for all of them: the entries are keyed by document, so a problem still names its document.
    const all = sample('all.bib', ids.map((id) => citationDownloads(archive.dist, id).bib).join('\n'));
    expect(bibtexProblems(all)).toEqual([]);
  });

  it('the feed is Atom to RFC 4287’s grammar and to feedparser', () => {
    expect(atomProblems(join(archive.dist, 'feed.xml'))).toEqual([]);
    expect(feedparserProblems(join(archive.dist, 'feed.xml'))).toEqual([]);
  });

  describe('with the published schemas and styles (test/validators)', () => {
    it('the OAI-PMH static repository, its records’ Dublin Core and its identifiers validate', () => {
      expect(staticRepositoryProblems(join(archive.dist, 'oai.xml'))).toEqual([]);
    });

    it('every sitemap validates', () => {
      for (const path of files('.xml').filter((file) => /sitemap-\d+\.xml$/.test(file)))
        expect(sitemapProblems(path), path).toEqual([]);
    });

    it('every CSL-JSON download is CSL-JSON, and APA, Chicago and GB/T 7714 cite it with its creator, title and address', () => {
      type Item = { id: string; title: string; URL: string; author?: { literal: string }[] };
      const items: Item[] = ids.flatMap((id) => JSON.parse(citationDownloads(archive.dist, id).json));
      for (const item of items) expect(cslSchemaProblems([item]), item.id).toEqual([]);
      for (const style of CSL_STYLES) {
        const bibliography = renderBibliography(items, style);
        for (const item of items) {
          const citation = bibliography.get(item.id);
          // A style that sets the title in 《》 sets the 《》 inside it as 〈〉, as Chinese typography nests them.
          const nested = citation?.replace(/〈/g, '《').replace(/〉/g, '》');
          expect(nested, `${item.id} ${style}`).toContain(item.title.replace(/〈/g, '《').replace(/〉/g, '》'));
          expect(citation, `${item.id} ${style}`).toContain(item.URL);
          if (item.author) expect(citation, `${item.id} ${style}`).toContain(item.author[0]!.literal);
        }
      }
    });
  });

  it('shows GB/T 7714, APA and Chicago as citeproc-js cites the page’s own CSL-JSON download in the site’s styles', () => {
    const text = (html: string) =>
      html.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name: string) =>
        name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'amp' ? '&' : "'",
      );
    const styles = { gbt7714: 'gbt7714.csl', apa: 'apa.csl', chicago: 'chicago-author-date.csl' } as const;
    // Without JavaScript the page shows [引用日期] where the reader's date goes.
    const items = ids.map((id) => ({
      ...JSON.parse(citationDownloads(archive.dist, id).json)[0],
      accessed: { literal: '引用日期' },
    }));
    for (const [format, style] of Object.entries(styles)) {
      // One engine a style (compiling a style takes seconds), each document cited alone, as its page cites it.
      const bibliography = renderBibliography(items, style, { alone: true });
      for (const [index, id] of ids.entries()) {
        const html = readFileSync(join(archive.dist, 'reports', id, 'index.html'), 'utf8');
        const shown = new RegExp(`<pre data-format="${format}">([^<]*)</pre>`).exec(html)?.[1];
        const expected = bibliography.get(items[index].id)!.replace(/^\[1\]\s*/, '');
        expect(shown && text(shown), `${id} ${format}`).toBe(expected);
      }
    }
  });

  it('names the same creator and publisher in every output (pages, citations, catalog): an organisation for every government document', () => {
    const seeds = readdirSync(join(archive.root, 'seeds')).filter((name) => /^\d{3}_/.test(name));
    const catalog = JSON.parse(readFileSync(join(archive.dist, 'catalog.json'), 'utf8')) as {
      documents: { id: string; credits: { creator: string | null; publisher: string | null } }[];
    };
    for (const id of ids) {
      const html = readFileSync(join(archive.dist, 'reports', id, 'index.html'), 'utf8');
      const meta = (name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
      const downloads = citationDownloads(archive.dist, id);
      const [csl] = JSON.parse(downloads.json);
      const { ris, bib } = downloads;
      const metas = (name: string) =>
        [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map(([, value]) => value!);
      // Every creator's names: an organisation, or each person of a news item's byline (src/shared/credits.ts).
      const creators = metas('citation_author');
      const creator = creators[0];
      const publisher = meta('DC.publisher');
      const news = meta('DC.type') === 'newspaperArticle';
      const fromSeed = seeds.some((name) =>
        readFileSync(join(archive.root, 'content', 'reports', `${id}.mdx`), 'utf8').includes(`file: ${name}`),
      );
      // A government document's creator is an organisation, not a bare place name (天目山镇人民政府, not 天目山镇).
      if (fromSeed && !news) expect(creator, id).toMatch(/(人民政府|办事处|[^镇乡县区市])$/);
      // Every page and fixture has a creator, a news item's too: its byline's persons, else its outlet.
      expect(creators.length, id).toBeGreaterThan(0);
      for (const name of creators) expect(name, id).not.toMatch(/(镇|乡|街道|县|区|市)$/);
      expect(metas('DC.creator'), id).toEqual(creators);
      const jsonLdAuthors = [jsonLd.author ?? []].flat().map((author: { name: string }) => author.name);
      expect(jsonLdAuthors, id).toEqual(creators);
      expect(
        csl.author?.map((author: { literal: string }) => author.literal),
        id,
      ).toEqual(creators);
      expect(
        [...ris.matchAll(/^AU {2}- (.*)$/gm)].map(([, name]) => name!.trim()),
        id,
      ).toEqual(creators);
      const bibAuthors = /author = \{(.*)\},/
        .exec(bib)?.[1]
        ?.split(' and ')
        .map((name) => name.replace(/^\{|\}$/g, ''));
      expect(bibAuthors, id).toEqual(creators);
      // A report's institution; a news item's outlet, its publication.
      expect(meta(news ? 'prism.publicationName' : 'citation_technical_report_institution'), id).toBe(publisher);
      expect(jsonLd.publisher?.name, id).toBe(publisher);
      expect(news ? csl['container-title'] : csl.publisher, id).toBe(publisher);
      expect(/^(?:PB|T2) {2}- (.*)$/m.exec(ris)?.[1]?.trim(), id).toBe(publisher);
      const { credits } = catalog.documents.find((entry) => entry.id === id)!;
      expect(creatorNames(credits.creator), id).toEqual(creators);
      expect(credits.publisher ?? undefined, id).toBe(publisher);
    }
  });

  it('dates OAI-PMH records and feed entries by the day they entered the archive, newest addition first', () => {
    const catalog = JSON.parse(readFileSync(join(archive.dist, 'catalog.json'), 'utf8')) as {
      documents: { id: string; archived: string | null }[];
    };
    const oai = readFileSync(join(archive.dist, 'oai.xml'), 'utf8');
    const feed = readFileSync(join(archive.dist, 'feed.xml'), 'utf8');
    const added = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map(([, day]) => day!);
    expect(added).toEqual([...added].sort().reverse());
    for (const { id, archived } of catalog.documents) {
      if (!archived) continue;
      expect(oai, id).toMatch(new RegExp(`:${id}</oai:identifier>\\s*<oai:datestamp>${archived}</oai:datestamp>`));
    }
  });

  it('builds byte-identical output when built again from the same content, on another day', async () => {
    // Built again in a copy of the shared archive, which the other tests read unchanged.
    const again = copyArchive(archive);
    // From nothing kept: Astro's incremental build would copy the first build's pages instead of rendering them.
    rmSync(join(again.root, '.astro'), { recursive: true, force: true });
    // The second build runs 1,000 days later (libfaketime, Debian's faketime): a clock read into the output shows in the diff.
    expect(existsSync(LIBFAKETIME), `${LIBFAKETIME}: .ci/run installs Debian's faketime`).toBe(true);
    await rebuildArchive(again, [], { LD_PRELOAD: LIBFAKETIME, FAKETIME: '+1000d' });
    const diff = spawnSync('diff', ['-r', archive.dist, again.dist], { encoding: 'utf8' });
    expect(diff.stdout).toBe('');
    expect(diff.status).toBe(0);
  }, 180_000);
});
