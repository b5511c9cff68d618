/**
 * Every converted document compiles in a real `astro build`, and hostile
 * text reaches the page as text. Builds a small archive of its own: the
 * seeds plus the fixtures of test/fixtures, in a copy of the site.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroIn, convert, copySite, projectRoot, temporaryFolder } from '../helpers/run.ts';

const work = temporaryFolder();
const site = copySite();
const content = join(site, 'content', 'reports');
const dist = join(site, 'dist');
const page = (id: string) => readFileSync(join(dist, 'reports', id, 'index.html'), 'utf8');

describe('astro build of converted documents', () => {
  let ids: string[];
  let build: ReturnType<typeof astroIn>;

  beforeAll(() => {
    const sources = join(work, 'sources');
    mkdirSync(sources);
    for (const name of readdirSync(join(projectRoot, 'seeds')).filter((n) => n.endsWith('.txt'))) {
      copyFileSync(join(projectRoot, 'seeds', name), join(sources, name));
    }
    const fixtures = join(projectRoot, 'test', 'fixtures');
    for (const name of readdirSync(fixtures))
      copyFileSync(join(fixtures, name, 'input.txt'), join(sources, `${name}.txt`));
    expect(convert(sources, '--out', content, '--quiet').status).toBe(0);
    ids = readdirSync(content).map((name) => name.replace(/\.mdx$/, ''));
    build = astroIn(site, 'build');
  }, 120_000);

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('makes a page for every document, in Chinese', () => {
    for (const id of ids) {
      expect(existsSync(join(dist, 'reports', id, 'index.html')), id).toBe(true);
      expect(page(id)).toContain('<html lang="zh-CN"');
    }
  });

  it('shows hostile text literally and injects nothing', () => {
    const html = page(ids.find((id) => readFileSync(join(content, `${id}.mdx`), 'utf8').includes('不是标题'))!);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;alert(1)&quot;&gt;点击&lt;/div&gt;');
    expect(html).toContain('import fs from &quot;fs&quot;');
    expect(html).toContain('{A}');
    expect(html).toContain('~~删除线~~ 和 www.example.com 以及 &quot;引号&quot; -- 破折号 ... 省略号');
    expect(html).not.toMatch(/<script>alert|<div onclick|href="javascript:/);
  });

  it('fails loudly, naming the file and the field, when a frontmatter is wrong', () => {
    const broken = copySite();
    const [first] = readdirSync(content);
    const wrong = readFileSync(join(content, first!), 'utf8').replace(/^date: .*$/m, 'date: "2024-02-30"');
    writeFileSync(join(broken, 'content', 'reports', first!), wrong);
    const failed = astroIn(broken, 'build');
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain(first!.replace(/\.mdx$/, ''));
    expect(failed.output).toMatch(/date/);
  }, 120_000);
});
