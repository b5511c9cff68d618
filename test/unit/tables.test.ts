/**
 * Tables stay tables: an HTML page's table of figures becomes a GFM table in
 * the document, compiled to <table> as the site compiles it, boxed on the
 * page, in the search record, and counted by the fidelity check; a table in
 * a .txt source, and a table an earlier step cut into, stay lines of text.
 */
import { describe, expect, it } from 'vitest';
import { readSourceText } from '../../scripts/converter/read/read-source.ts';
import { searchDocument } from '../../scripts/search-index/record.ts';
import { removeStripped, withoutWhitespace } from '../../scripts/store/fidelity.ts';
import { readBody } from '../../scripts/store/read-document.ts';
import { renderBody } from '../../src/lib/document-body.ts';
import { searchTerms } from '../../src/shared/search/tokens.ts';
import { convertOk, page, renderMdx, splitDocument } from '../helpers/pipeline.ts';

const prose = '这一段足够长，包含中文标点符号，因此会被识别为正文，而不是标题或页面装饰。';
const htmlPage = (table: string) =>
  '<html><head><meta charset="utf-8"><title>某镇2023年主要指标</title></head><body>' +
  `<h1>某镇2023年主要指标</h1><p>发布时间：2024-01-22</p><p>${prose}</p>${table}<p>${prose.replace('这', '那')}</p></body></html>`;

const hostileCells =
  '<table><tr><th>指标 | 名称</th><th>数值</th></tr>' +
  '<tr><td>{约}与{title}</td><td>&lt;5%</td></tr>' +
  '<tr><td>第一行<br>第二行</td><td>~~删除线~~ www.example.com</td></tr>' +
  '<tr><td>* 星号 _下划线_ [x](javascript:1)</td><td>- [ ] 任务</td></tr></table>';

function convertHtml(table: string) {
  const bytes = new TextEncoder().encode(htmlPage(table));
  const { mdx } = convertOk(bytes, 'page.html');
  const { record, body } = splitDocument(mdx);
  return { record, body, source: readSourceText(bytes, 'page.html').text };
}

describe('a table of figures in an HTML page', () => {
  const { record, body, source } = convertHtml(hostileCells);
  const rendered = renderMdx(body);

  it('is written as a GFM table and compiled to one <table>, with no other element made', () => {
    expect(body).toMatch(/^\| 指标 \\\| 名称 \| 数值 \|\n\| - \| - \|$/m);
    expect(rendered.elements).toEqual(['p', 'table', 'p']);
    expect(rendered.foreign).toEqual([]);
  });

  it('keeps every cell as literal text: pipes, braces, angle brackets, Markdown, a line break as a space', () => {
    const cells = rendered.blocks[1]!.split('\n');
    expect(cells).toEqual([
      '指标 | 名称',
      '数值',
      '{约}与{title}',
      '<5%',
      '第一行 第二行',
      '~~删除线~~ www.example.com',
      '* 星号 _下划线_ [x](javascript:1)',
      '- [ ] 任务',
    ]);
  });

  it('is counted by the fidelity check: body + stripped give every character of the page text', () => {
    expect(withoutWhitespace(rendered.text)).toBe(withoutWhitespace(removeStripped(source, record.stripped)));
  });

  it('reaches the search record', () => {
    const { content } = searchDocument(record, readBody(body).blocks).record;
    expect(content).toContain(searchTerms('名称')[0]!.tokens);
    expect(content).toContain(searchTerms('删除线')[0]!.tokens);
  });

  it('is boxed on the page, its rows anchored, and takes no ¶ number', () => {
    const { html } = renderBody(body);
    expect(html).toContain('<div class="table-box" id="t-1" role="region" tabindex="0" aria-label="表 1"><table>');
    expect(html.match(/<tr id="t-1-\d">/g)).toHaveLength(4);
    expect(html).toContain('>¶2</a>');
    expect(html).not.toContain('¶3');
    expect(html).not.toMatch(/<(a|del|input|em)\b(?![^>]*class="pin")/);
  });

  it('keeps a merged header cell as a cell followed by empty ones', () => {
    const merged = convertHtml(
      '<table><tr><th rowspan="2">指标</th><th colspan="2">2023年</th></tr><tr><th>完成</th><th>增长</th></tr>' +
        '<tr><td>产值</td><td>41</td><td>3.8</td></tr></table>',
    );
    expect(merged.body).toContain('| 指标 | 2023年 | |\n| - | - | - |\n| | 完成 | 增长 |\n| 产值 | 41 | 3.8 |');
  });
});

describe('what stays lines of text', () => {
  it('a table in a .txt source, one row a line', () => {
    const { body } = splitDocument(
      convertOk(page('某镇2023年主要指标', '发布时间：2024-01-22', prose, '指标\t数值', '产值\t41', prose)).mdx,
    );
    expect(renderMdx(body).elements).toEqual(['p', 'p', 'p', 'p']);
  });

  it('a table of figures whose row an earlier step took out as page chrome', () => {
    const { body, record, source } = convertHtml(
      '<table><tr><td>产值</td><td>41</td></tr><tr><td>版权所有：某镇人民政府</td><td>电话：12345</td></tr></table>',
    );
    expect(record.stripped.map(({ reason }) => reason)).toContain('copyright');
    expect(renderMdx(body).elements).not.toContain('table');
    expect(withoutWhitespace(renderMdx(body).text)).toBe(withoutWhitespace(removeStripped(source, record.stripped)));
  });
});
