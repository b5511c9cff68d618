/**
 * unified plugin: an HTML page's tables of figures become mdast (GFM) tables.
 *
 * The page text (html-page-text.ts) writes a table of figures one row a line,
 * its cells between tabs, and lists the lines of each table in
 * `file.data.pageTables`; until this step they are paragraphs like any line.
 * It runs after metadata, chrome and title, and before the body is shaped
 * (run-on paragraphs, headings), which would cut a row apart.
 *
 *   source lines 7–8: "指标\t2023年\t2024年目标" / "投资（亿元）\t3.2\t3.4"
 *   → table[ tableRow[ tableCell("指标"), tableCell("2023年"), tableCell("2024年目标") ],
 *            tableRow[ tableCell("投资（亿元）"), tableCell("3.2"), tableCell("3.4") ] ]
 *
 * A table is made only where every one of its rows is still in the tree as
 * the page text wrote it: a row an earlier step took out or cut (a copyright
 * line in a layout table) leaves the table's rows as paragraphs, as before.
 * The cells' text is the row's text split at its tabs, so the table holds
 * exactly the characters of the rows, which the fidelity check counts.
 */
import type { Paragraph, Root, RootContent, Table, TableCell } from 'mdast';
import type { Plugin } from 'unified';
import { blockColumn, blockLine, blockText } from '../helpers/source-tree.ts';

export const tablesFromPage: Plugin<[], Root> = () => (tree, file) => {
  const tables = file.data.pageTables ?? [];
  if (tables.length === 0) return;
  const lines = String(file.value).split('\n');
  for (const { firstLine, lastLine } of tables) {
    const first = tree.children.findIndex((node) => node.type === 'paragraph' && blockLine(node) === firstLine);
    const count = lastLine - firstLine + 1;
    const rows = tree.children.slice(first, first + count);
    if (first < 0 || !rows.every((node, index) => isRowAsWritten(node, firstLine + index, lines))) continue;
    tree.children.splice(first, count, tableOf(rows as Paragraph[], lines));
  }
};

/** The paragraph of source line `line`, whole and unchanged: starting where the line's text starts. */
function isRowAsWritten(node: RootContent, line: number, lines: string[]): node is Paragraph {
  if (node.type !== 'paragraph' || blockLine(node) !== line) return false;
  const source = lines[line - 1] ?? '';
  const leading = source.length - source.trimStart().length;
  return blockText(node) === source.trim() && blockColumn(node) === leading + 1;
}

function tableOf(rows: Paragraph[], lines: string[]): Table {
  // Read from the source line, not the paragraph: a row's first or last cells may be empty, which trimming drops.
  const cells = rows.map((row) => lines[blockLine(row) - 1]!.split('\t').map((text) => text.trim()));
  const width = Math.max(...cells.map((row) => row.length));
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: cells.map((row) => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, index): TableCell => {
        const value = row[index] ?? '';
        return { type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value }] };
      }),
    })),
    position: { start: rows[0]!.position!.start, end: rows.at(-1)!.position!.end },
  };
}
