/** Reading a saved HTML page: its visible text, and what its saving tool wrote into it (its charset: decode-html.test.ts). */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readCaptureComment } from '../../scripts/converter/read/capture-comment.ts';
import { pageTextOf } from '../../scripts/converter/read/html-page-text.ts';

const parse = (html: string) => unified().use(rehypeParse).parse(html);
const textOf = (html: string) => pageTextOf(parse(html)).text;

describe('pageTextOf', () => {
  it('writes one line per block, inline elements inside the line', () => {
    expect(textOf('<div><p>一、<b>稳住</b>经济</p><ul><li>甲</li><li>乙</li></ul>正文<br>下一行</div>')).toBe(
      '一、稳住经济\n甲\n乙\n正文\n下一行\n',
    );
  });

  it('shows no script, style, noscript, template or hidden element, and nothing of the head but the title', () => {
    const html =
      '<head><title>标题</title><style>p{}</style><script>x="<p>脚本</p>"</script></head>' +
      '<body><noscript>请启用脚本</noscript><template><p>模板</p></template><p hidden>隐藏</p><p>正文</p></body>';
    expect(textOf(html)).toBe('标题\n正文\n');
  });

  it('leaves out the <title> where the page prints it, and names that line as the headline', () => {
    const html =
      '<title>南溪镇2023年工作总结_金寨县人民政府</title><p>首页</p><h1>南溪镇2023年工作总结</h1><p>正文</p>';
    expect(pageTextOf(parse(html))).toEqual({
      text: '首页\n南溪镇2023年工作总结\n正文\n',
      headline: '南溪镇2023年工作总结',
      tables: [],
    });
  });

  it('collapses whitespace as a browser does: none at a line break between Chinese characters', () => {
    expect(textOf('<p>全面推进\n  乡村振兴，  完成 2024\n年目标</p>')).toBe('全面推进乡村振兴， 完成 2024 年目标\n');
    expect(textOf('<p>正文\u3000内容\u00a0结尾</p>')).toBe('正文\u3000内容\u00a0结尾\n');
  });

  it('keeps the lines of preformatted text', () => {
    expect(textOf('<pre>第一行\n第二行</pre>')).toBe('第一行\n第二行\n');
  });

  it('writes a metadata table as `label | value |` rows, the pipe-table shape the metadata step reads', () => {
    const html = '<table><tr><td>索引号：</td><td>123/2024-1</td><td>发布机构：</td><td>某镇</td></tr></table>';
    expect(textOf(html)).toBe('索引号： | 123/2024-1 | 发布机构： | 某镇 |\n');
  });

  it('writes a table of figures one row a line, cells between tabs, and lists its lines', () => {
    const html =
      '<p>前言</p><table><caption>主要指标</caption><tr><th>指标</th><th>2024年</th></tr><tr><td>投资</td><td>3.4</td></tr></table><p>后记</p>';
    expect(pageTextOf(parse(html))).toEqual({
      text: '前言\n主要指标\n指标\t2024年\n投资\t3.4\n后记\n',
      headline: null,
      tables: [{ firstLine: 3, lastLine: 4 }],
    });
  });

  it('places merged cells on the grid: a spanning cell is followed by empty cells', () => {
    const html =
      '<table><tr><th rowspan="2">指标</th><th colspan="2">2023年</th></tr><tr><th>目标</th><th>完成</th></tr>' +
      '<tr><td>投资</td><td>3.2</td><td>3.4</td></tr></table>';
    expect(textOf(html)).toBe('指标\t2023年\t\n\t目标\t完成\n投资\t3.2\t3.4\n');
  });

  it('moves the tables down a line when the <title> is put first', () => {
    const html = '<title>某镇指标</title><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>';
    expect(pageTextOf(parse(html))).toEqual({
      text: '某镇指标\n甲\t1\n乙\t2\n',
      headline: null,
      tables: [{ firstLine: 2, lastLine: 3 }],
    });
  });

  it('writes a table of one row or one column as lines of text, cells between ` | `', () => {
    expect(textOf('<table><tr><td>首页</td><td>新闻</td></tr></table>')).toBe('首页 | 新闻\n');
    expect(pageTextOf(parse('<table><tr><td>甲</td></tr><tr><td>乙</td></tr></table>'))).toEqual({
      text: '甲\n乙\n',
      headline: null,
      tables: [],
    });
  });

  it('reads a table that holds tables as page layout: each cell a block', () => {
    const html =
      '<table><tr><td>站点</td><td><table><tr><td>甲</td><td>乙</td></tr></table><p>正文</p></td></tr></table>';
    expect(textOf(html)).toBe('站点\n甲 | 乙\n正文\n');
  });
});

describe('readCaptureComment', () => {
  it('reads the address and the saved date SingleFile writes', () => {
    const html =
      '<html><!--\n Page saved with SingleFile \n url: https://www.example.gov.cn/art/2024/1/10/art_1.html \n' +
      ' saved date: Wed Jan 10 2024 16:40:00 GMT+0800 (中国标准时间)\n--><p>正文</p></html>';
    expect(readCaptureComment(parse(html))).toEqual({
      url: 'https://www.example.gov.cn/art/2024/1/10/art_1.html',
      captured: '2024-01-10T08:40:00.000Z',
    });
  });

  it('reads the address of a browser\'s "saved from url=" comment', () => {
    const html = '<!-- saved from url=(0038)http://www.example.gov.cn/art/1.html --><p>正文</p>';
    expect(readCaptureComment(parse(html))).toEqual({ url: 'http://www.example.gov.cn/art/1.html', captured: null });
  });

  it('takes no address that is not on the web, and finds nothing on a page without a comment', () => {
    expect(readCaptureComment(parse('<!-- saved from url=(0011)about:blank --><p>正文</p>'))?.url).toBeNull();
    expect(readCaptureComment(parse('<!-- 页面注释 --><p>正文</p>'))).toBeUndefined();
  });
});
