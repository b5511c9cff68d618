/**
 * The lines an HTML table gives the page text (html-page-text.ts), by kind:
 *
 * - a metadata table (a cell holds a label: 索引号, 发布机构 …): one line per
 *   row, `label | value |`, the pipe-table row the metadata step reads;
 * - a table of figures (two rows or more, of two columns or more): one line
 *   per row of its grid, the cells separated by a tab (whitespace, so the
 *   page text holds nothing the page does not show) and a cell spanning
 *   columns or rows followed by empty cells, which the table step
 *   (tables-from-page.ts) turns into a Markdown table;
 * - any other table (one row, or one column): one line per row, cells
 *   between ` | `, read as lines of text.
 *
 *   <tr><th colspan="2">指标</th><th>2023年</th></tr><tr><td>投资</td><td>亿元</td><td>3.2</td></tr>
 *   → { lines: ["指标\t\t2023年", "投资\t亿元\t3.2"], figures: true }
 *
 * A caption is a line of its own before the rows, never part of the grid.
 */
import type { Element, Root, RootContent } from 'hast';
import { labelKey } from '../helpers/labels.ts';

export interface TableLines {
  caption: string | null;
  rows: string[];
  /** The rows are a grid of figures, cells separated by tabs. */
  figures: boolean;
}

/** A table of cells holds no table of its own: tables inside tables are page layout. */
export function isTableOfCells(table: Element): boolean {
  return !table.children.some((child) => child.type === 'element' && findElement(child, 'table') !== undefined);
}

/** `inlineText` is how a cell's content is written on one line (html-page-text.ts). */
export function tableLines(table: Element, inlineText: (node: Element) => string): TableLines {
  const rows = elementsNamed(table, 'tr').map((row) =>
    row.children.filter((cell): cell is Element => cell.type === 'element' && /^t[dh]$/.test(cell.tagName)),
  );
  const captionElement = findElement(table, 'caption');
  const caption = captionElement ? inlineText(captionElement) || null : null;
  const texts = rows.map((cells) => cells.map(inlineText));
  const metadata = texts.some((cells) =>
    cells.some((cell) => cell !== '' && labelKey(cell.replace(/[:：]\s*$/, '')) !== undefined),
  );
  const shown = (cells: string[]) => cells.some((cell) => cell !== '');
  if (metadata) return { caption, rows: texts.filter(shown).map((cells) => `${cells.join(' | ')} |`), figures: false };
  const grid = gridOf(rows, inlineText).filter(shown);
  if (grid.length >= 2 && Math.max(...grid.map((cells) => cells.length)) >= 2) {
    return { caption, rows: grid.map((cells) => cells.join('\t')), figures: true };
  }
  return { caption, rows: texts.filter(shown).map((cells) => cells.join(' | ')), figures: false };
}

/**
 * Cells placed as a browser places them: a cell spanning n columns or rows
 * holds its text in its first place and leaves the others empty.
 */
function gridOf(rows: Element[][], inlineText: (node: Element) => string): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((cells, rowIndex) => {
    let column = 0;
    for (const cell of cells) {
      while (grid[rowIndex]![column] !== undefined) column++;
      const columns = span(cell.properties.colSpan);
      const rowsSpanned = Math.min(span(cell.properties.rowSpan), rows.length - rowIndex);
      for (let r = 0; r < rowsSpanned; r++) {
        for (let c = 0; c < columns; c++) grid[rowIndex + r]![column + c] = r === 0 && c === 0 ? inlineText(cell) : '';
      }
      column += columns;
    }
  });
  const width = Math.max(0, ...grid.map((cells) => cells.length));
  // A place no cell covers is an empty cell; every row gets the table's width.
  return grid.map((cells) => Array.from({ length: width }, (_, index) => cells[index] ?? ''));
}

// Browsers clamp spans (HTML: colspan 1–1000, rowspan 0–65534); a page's own number is not trusted further.
const span = (value: unknown) => Math.min(Math.max(Number.parseInt(String(value ?? 1), 10) || 1, 1), 100);

export function findElement(node: Root | RootContent, tagName: string): Element | undefined {
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
