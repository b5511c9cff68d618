/**
 * Read a converted document back: its record, validated by the shared
 * schema, and its body as the blocks a reader sees, compiled as the site
 * compiles it (src/lib/document-body.ts).
 *
 *   readDocument("---\nid: …\n---\n\n## 一、总体情况\n\n正文…")
 *   → { record: {…}, blocks: [{ tag: "h2", text: "一、总体情况" }, { tag: "p", text: "正文…" }], inner: [], foreign: [] }
 *
 * A table (a table of figures of an HTML page) is one block whose text is
 * its cells', one a line: | 指标 | 2023年 | → { tag: "table", text: "指标\n2023年" }.
 */
import { readdirSync } from 'node:fs';
import type { RootContent } from 'hast';
import { compileBody, splitDocument } from '../../src/lib/document-body.ts';
import { type Report, ReportSchema } from '../../src/shared/report-schema.ts';

export interface Block {
  tag: string;
  text: string;
}

export interface ReadDocument {
  record: Report;
  blocks: Block[];
  /** Elements inside blocks, and nodes that are not elements (expressions, imports): there should be none. */
  inner: string[];
  foreign: string[];
}

export function readDocument(mdx: string): ReadDocument {
  const { frontmatter, body } = splitDocument(mdx);
  return { record: ReportSchema.parse(frontmatter), ...readBody(body) };
}

/** The record alone, validated, without compiling the body: for when only the metadata is needed. */
export function readRecord(mdx: string): Report {
  return ReportSchema.parse(splitDocument(mdx).frontmatter);
}

/** The names of the converted documents in a folder (content/reports), in order. */
export function documentFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

const tableParts = new Set(['table', 'thead', 'tbody', 'tr']);

export function readBody(body: string): Omit<ReadDocument, 'record'> {
  const blocks: Block[] = [];
  const inner: string[] = [];
  const foreign: string[] = [];
  const textOf = (node: RootContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element') inner.push(node.tagName);
    else foreign.push(node.type);
    return 'children' in node ? node.children.map(textOf).join('') : '';
  };
  // A table's own parts are its structure, not elements inside its text.
  const cellsOf = (node: RootContent): string[] => {
    if (node.type !== 'element') return node.type === 'text' && node.value.trim() === '' ? [] : [textOf(node)];
    if (/^t[dh]$/.test(node.tagName)) return [node.children.map(textOf).join('')];
    if (!tableParts.has(node.tagName)) return [textOf(node)];
    return node.children.flatMap(cellsOf);
  };
  for (const node of compileBody(body).children) {
    if (node.type === 'element' && node.tagName === 'table') {
      blocks.push({ tag: 'table', text: cellsOf(node).join('\n') });
    } else if (node.type === 'element') {
      blocks.push({ tag: node.tagName, text: node.children.map(textOf).join('') });
    } else if (node.type !== 'text') {
      foreign.push(node.type);
    }
  }
  return { blocks, inner, foreign };
}
