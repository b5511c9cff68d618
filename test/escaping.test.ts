/**
 * Text is data: whatever characters a source holds come out of MDX
 * compilation (Sätteri, as Astro runs it) as the same literal text, in a
 * plain paragraph or heading, with no element, expression or import made.
 */
import { describe, expect, it } from 'vitest';
import { convertOk, renderMdx, splitDocument } from './helpers/pipeline.ts';

const HOSTILE_LINES = [
  '{约}与{title}和 {1+1} 以及 }{ 单个括号',
  '<script>alert(1)</script>',
  '<div onclick="alert(1)">点击</div>',
  '<img src=x onerror=alert(1)>',
  'import fs from "fs"',
  'export const a = 1',
  'export default function X() {}',
  'import',
  '# 不是标题',
  '## 也不是',
  '* 星号 *强调* **加粗**',
  '- 短横',
  '+ 加号',
  '1. 数字列表',
  '1) 括号列表',
  '> 引用',
  '| 表 | 格 |',
  '|---|---|',
  '---',
  '***',
  '___',
  '= = =',
  '`代码` ``双`` ```三```',
  '```js',
  '~~~',
  '    四个空格缩进',
  '<!-- 注释 -->',
  '[链接](javascript:alert(1))',
  '![图](x.png)',
  '<https://example.com>',
  '[^1] 脚注',
  '&lt; &gt; &amp; &#x41; &#65; &nbsp; &copy;',
  'a_b_c __下划线__ _斜_',
  '反斜杠 \\ 结尾\\',
  '~~删除线~~ www.example.com http://example.com',
  '"直引号" \'单引号\' -- 双短横 --- 三短横 ... 省略号',
  ':::note',
  '$x^2$ 与 $$y$$',
  '增长率<5%，指标{A}',
  '\u00a0不换行空格\u00a0与\u3000全角空格',
  '零宽\u200b字符与\ufeff字节序标记',
];

const prose = '这一段足够长，包含中文标点符号，因此会被识别为正文，而不是标题或页面装饰。';

describe('hostile text in a source', () => {
  const source = ['某镇关于特殊字符的说明', '发布时间：2024-01-01', prose, ...HOSTILE_LINES, prose].join('\n');
  const { record, body } = splitDocument(convertOk(source).mdx);
  const rendered = renderMdx(body);
  // Lines of nothing but table rules (---, |---|) hold no text and are recorded as layout residue.
  const residue = record.stripped.filter(({ reason }) => reason === 'layout-residue').map(({ text }) => text);

  it('compiles to paragraphs and headings only: no element, expression or import is made', () => {
    expect(rendered.foreign).toEqual([]);
    expect(new Set(rendered.elements.filter((tag) => !/^(p|h[2-6])$/.test(tag)))).toEqual(new Set());
  });

  it.each(HOSTILE_LINES)('comes out as the same literal text: %s', (line) => {
    expect([...rendered.blocks, ...residue]).toContain(line.trim());
  });

  it('records as residue only lines without a letter or digit', () => {
    expect(residue).toEqual(['|---|---|', '---']);
  });
});
