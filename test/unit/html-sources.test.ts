/**
 * A saved HTML page converts to the same record as the same page saved as
 * text, or a better one: the fixtures html-gbk-disclosure-table and
 * html-utf8-news-page hold the pages of bracketed-labels-table and
 * title-date-source-one-line as a browser or SingleFile saves them (the news
 * page with a paragraph more, so that it is a document of its own, not a
 * duplicate, when both are archived).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/shared/report-schema.ts';
import { convertOk, convertText, fixtureInput } from '../helpers/pipeline.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

function convertFixture(name: string): Report {
  const folder = join(fixtures, name);
  const input = fixtureInput(folder);
  const urlFile = join(folder, 'source-url.txt');
  const sourceUrl = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;
  return convertOk(readFileSync(join(folder, input)), input, sourceUrl).record;
}

// What a person reads off the page. Provenance and the source's own facts (its bytes, the
// shape its text has, what was stripped) are compared apart or differ by nature.
const readFields = (record: Report) => {
  const { id, source, stripped, sourceLayout, sourceUrl, sourceSite, captured, ...fields } = record;
  return fields;
};

describe('a saved HTML page against the same page saved as text', () => {
  it('reads a GBK disclosure page with a metadata <table> as the pipe-table text page, and knows more', () => {
    const html = convertFixture('html-gbk-disclosure-table');
    const text = convertFixture('bracketed-labels-table');
    expect(readFields(html)).toEqual(readFields(text));
    expect(html.source.encoding).toBe('gb18030');
    expect(text.sourceUrl).toBeNull();
    expect(html.sourceUrl).toBe('http://www.cqbn.gov.cn/bmjz/zjbm/mdz/zwgk/fdzdgknr/ghxx/202402/t20240221_1001.html');
    expect(html.captured).toBe('2024-02-21T08:40:00.000Z');
  });

  it('reads a UTF-8 news page as the text page, its address from the page itself', () => {
    const html = convertFixture('html-utf8-news-page');
    const text = convertFixture('title-date-source-one-line');
    expect(readFields(html)).toEqual(readFields(text));
    expect(html.sourceUrl).toBe(text.sourceUrl);
    expect(html.captured).toBeUndefined();
  });
});

describe('provenance of a saved page', () => {
  const page = (comment: string) =>
    `${comment}<title>某镇工作总结</title><p>2024年，某镇全面推进乡村振兴，完成各项目标任务，群众生活持续改善。</p>`;

  it("prefers the address in sources.json to the one the page's saving tool wrote", () => {
    const saved = page('<!-- saved from url=(0030)http://tool.example.gov.cn/a -->');
    expect(convertOk(saved, 'a.html', 'http://manifest.example.gov.cn/b').record.sourceUrl).toBe(
      'http://manifest.example.gov.cn/b',
    );
    expect(convertOk(saved, 'a.html').record.sourceUrl).toBe('http://tool.example.gov.cn/a');
  });

  it('refuses, naming the reason, a page that shows no text', () => {
    const result = convertText('<html><head><script>var a = 1;</script></head><body> </body></html>', 'a.html');
    expect(result.ok ? 'converted' : result.error.message).toBe('cannot read as text: the HTML page shows no text');
  });
});
