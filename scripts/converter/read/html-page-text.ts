/**
 * The text a reader sees on a saved HTML page, one line per block, in the
 * shape the .txt pipeline starts from: every later step (zones, layout,
 * metadata, chrome, title, structure) then runs unchanged, and positions
 * point into this text, the page's text content.
 *
 *   <title>某镇2024年工作要点</title>
 *   <table><tr><td>索引号</td><td>123/2024-1</td></tr></table>
 *   <h1>某镇2024年工作要点</h1><p>一、<b>稳住</b>经济</p><script>…</script>
 *   → { text: "索引号 | 123/2024-1 |\n某镇2024年工作要点\n一、稳住经济\n", headline: "某镇2024年工作要点" }
 *
 * - Each block element (p, div, li, h1–h6, …) and each `<br>` ends a line;
 *   runs of HTML whitespace inside a line are one space, as a browser shows them.
 * - The head is not shown, except its `<title>`, which is the first line
 *   unless the page prints its title itself: a line that the `<title>` starts
 *   or ends with (`木洞镇2024年工作要点` of `木洞镇2024年工作要点_某区人民政府`).
 *   That line is the page's `headline`, which the title step prefers.
 * - A line break between two Chinese characters is no space, as browsers
 *   show it (CSS Text, segment breaks); other runs of whitespace are one space.
 *   script, style, noscript, template and `hidden` elements are not shown.
 * - A table of cells (no table inside it) is one line per row (html-tables.ts):
 *   a metadata table's `label | value |`, a table of figures' cells between
 *   tabs, listed in `tables` for the table step. A table that holds tables
 *   is page layout: each of its cells is a block.
 *
 * Ours, not hast-util-to-text's innerText: that makes a line break between
 * two Chinese characters a space (it leaves out CSS Text's East Asian rule),
 * and breaks a cell's line at its `<br>`, where a table row must stay one
 * line; both change what the converter writes (the GBK fixture's
 * `成果，\n全面推进`, the table-of-figures fixture's `接待游客<br>（含民宿过夜）`).
 */
import type { Element, Root, RootContent } from 'hast';
import { findElement, isTableOfCells, tableLines } from './html-tables.ts';

const notShown = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'canvas']);
// Elements a browser shows as blocks of their own (CSS display: block, list-item, table parts).
const blocks = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol option p pre section summary ' +
    'table tbody td tfoot th thead title tr ul'
  ).split(' '),
);
// Whitespace as HTML defines it; U+00A0 and U+3000 are characters of the text.
const htmlWhitespace = /[ \t\n\f\r]+/g;
const wide = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const breakBetweenWide = new RegExp(`(${wide})[ \\t\\f\\r]*\\n[ \\t\\n\\f\\r]*(?=${wide})`, 'g');
const collapse = (text: string) => text.replace(breakBetweenWide, '$1').replace(htmlWhitespace, ' ');

export interface PageText {
  /** One line per block, each ended by LF; empty when the page shows no text. */
  text: string;
  /** The line the page's `<title>` names as its headline, if it prints one. */
  headline: string | null;
  /** The tables of figures: the first and last line (1-based) of each one's rows. */
  tables: PageTable[];
}

export interface PageTable {
  firstLine: number;
  lastLine: number;
}

export function pageTextOf(tree: Root): PageText {
  const lines: string[] = [];
  const tables: PageTable[] = [];
  let current = '';
  const endLine = () => {
    const line = collapse(current).trim();
    if (line !== '') lines.push(line);
    current = '';
  };

  const visit = (node: Root | RootContent, inPre: boolean) => {
    if (node.type === 'text') {
      if (!inPre) current += node.value;
      else {
        const [first, ...rest] = node.value.split('\n');
        current += first;
        for (const line of rest) {
          endLine();
          current = line;
        }
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (notShown.has(node.tagName) || node.properties.hidden !== undefined) return;
      if (node.tagName === 'br') return endLine();
      if (node.tagName === 'table' && isTableOfCells(node)) {
        endLine();
        const table = tableLines(node, inlineText);
        if (table.caption) lines.push(table.caption);
        if (table.figures) tables.push({ firstLine: lines.length + 1, lastLine: lines.length + table.rows.length });
        lines.push(...table.rows);
        return;
      }
    }
    const block = node.type === 'element' && blocks.has(node.tagName);
    if (block) endLine();
    for (const child of node.children) visit(child, inPre || (node.type === 'element' && node.tagName === 'pre'));
    if (block) endLine();
  };
  visit(tree, false);
  endLine();
  const element = findElement(tree, 'title');
  const title = element ? inlineText(element) : '';
  const headline = title === '' ? undefined : headlineOf(title, lines);
  const titleLine = title !== '' && !headline;
  if (titleLine) lines.unshift(title);
  return {
    text: lines.length > 0 ? `${lines.join('\n')}\n` : '',
    headline: headline ?? null,
    // The title's own line, put first, moves every table down one line.
    tables: titleLine
      ? tables.map(({ firstLine, lastLine }) => ({ firstLine: firstLine + 1, lastLine: lastLine + 1 }))
      : tables,
  };
}

/** The longest line of the page that the `<title>` starts or ends with: the title as the page prints it. */
function headlineOf(title: string, lines: string[]): string | undefined {
  const printed = lines.filter((line) => line.length >= 4 && (title.startsWith(line) || title.endsWith(line)));
  return printed.sort((a, b) => b.length - a.length)[0];
}

/** A cell's text on one line: its blocks and line breaks become spaces. */
function inlineText(node: Element): string {
  let text = '';
  const visit = (child: RootContent) => {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') {
      if (notShown.has(child.tagName) || child.properties.hidden !== undefined) return;
      if (child.tagName === 'br' || blocks.has(child.tagName)) text += ' ';
      for (const grandchild of child.children) visit(grandchild);
      if (blocks.has(child.tagName)) text += ' ';
    }
  };
  for (const child of node.children) visit(child);
  return collapse(text).trim();
}
