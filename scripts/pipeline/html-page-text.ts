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
 * - A table of cells (no table inside it) is one line per row, cells between
 *   ` | `. A metadata table (a cell holds a label: 索引号, 发布机构 …) is written
 *   `label | value |`, the pipe-table row the metadata step reads. A table
 *   that holds tables is page layout: each of its cells is a block.
 */
import type { Element, Root, RootContent } from 'hast';
import { labelKey } from './labels.ts';

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
}

export function pageTextOf(tree: Root): PageText {
  const lines: string[] = [];
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
        lines.push(...tableRows(node));
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
  if (title !== '' && !headline) lines.unshift(title);
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', headline: headline ?? null };
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

/** A table of cells holds no table of its own: tables inside tables are page layout. */
function isTableOfCells(table: Element): boolean {
  return !table.children.some((child) => child.type === 'element' && findElement(child, 'table') !== undefined);
}

function tableRows(table: Element): string[] {
  const rows = elementsNamed(table, 'tr').map((row) =>
    row.children
      .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
      .map(inlineText),
  );
  const caption = findElement(table, 'caption');
  const metadata = rows.some((cells) =>
    cells.some((cell) => cell !== '' && labelKey(cell.replace(/[:：]\s*$/, '')) !== undefined),
  );
  const lines = rows
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => (metadata ? `${cells.join(' | ')} |` : cells.join(' | ')));
  return caption ? [inlineText(caption), ...lines].filter((line) => line !== '') : lines;
}

function findElement(node: Root | RootContent, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function elementsNamed(node: Root | RootContent, tagName: string): Element[] {
  if (node.type === 'element' && node.tagName === tagName) return [node];
  if (node.type !== 'element' && node.type !== 'root') return [];
  return node.children.flatMap((child) => elementsNamed(child, tagName));
}
