/**
 * Every converted document compiles in a real build, and hostile text
 * reaches the page as text. Builds a small archive of its own (the seeds
 * and the fixtures) in a copy of the site.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveSources, astroIn, type BuiltArchive, buildArchive, copySite } from '../helpers/run.ts';

describe('the built site', () => {
  let archive: BuiltArchive;
  let ids: string[];
  const page = (path: string) => readFileSync(join(archive.dist, path, 'index.html'), 'utf8');

  beforeAll(() => {
    archive = buildArchive(archiveSources());
    ids = readdirSync(join(archive.root, 'content', 'reports')).map((name) => name.replace(/\.mdx$/, ''));
  }, 180_000);

  it('has a page for every document, in Chinese', () => {
    expect(ids.length).toBe(archiveSources().length);
    for (const id of ids) expect(page(`reports/${id}`), id).toContain('<html lang="zh-CN"');
  });

  it('serves every raw source byte for byte', () => {
    for (const name of readdirSync(join(archive.root, 'seeds'))) {
      const id = ids.find((candidate) =>
        readFileSync(join(archive.root, 'content', 'reports', `${candidate}.mdx`), 'utf8').includes(`file: ${name}`),
      );
      expect(readFileSync(join(archive.dist, 'sources', `${id}.txt`)), name).toEqual(
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
    expect(html).toContain('&lt;div onclick=&quot;alert(1)&quot;&gt;点击&lt;/div&gt;');
    expect(html).toContain('import fs from &quot;fs&quot;');
    expect(html).toContain('{A}');
    expect(html).toContain('~~删除线~~ 和 www.example.com 以及 &quot;引号&quot; -- 破折号 ... 省略号');
    expect(html).not.toMatch(/<script>alert|<div onclick|href="javascript:/);
  });

  it('writes a search index, a sitemap, robots.txt and a 404 page', () => {
    expect(existsSync(join(archive.dist, 'pagefind', 'pagefind.js'))).toBe(true);
    const sitemap = readFileSync(join(archive.dist, 'sitemap.xml'), 'utf8');
    for (const id of ids) expect(sitemap).toContain(`/reports/${id}/</loc>`);
    expect(readFileSync(join(archive.dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    expect(existsSync(join(archive.dist, '404.html'))).toBe(true);
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
