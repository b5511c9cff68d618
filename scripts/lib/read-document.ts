/**
 * Read a converted document back: its record, validated by the shared
 * schema, and its body as the blocks a reader sees, compiled by Sätteri,
 * the MDX engine Astro builds pages with, with the site's features.
 *
 *   readDocument("---\nid: …\n---\n\n## 一、总体情况\n\n正文…")
 *   → { record: {…}, blocks: [{ tag: "h2", text: "一、总体情况" }, { tag: "p", text: "正文…" }], foreign: [] }
 */
import { mdxToHast } from 'satteri';
import YAML from 'yaml';
import { type Report, ReportSchema } from '../../src/schemas/report.ts';

/** The Markdown features the site compiles with (astro.config.mjs): none that reinterpret text. */
export const MARKDOWN_FEATURES = { gfm: false, smartPunctuation: false } as const;

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

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

export function readDocument(mdx: string): ReadDocument {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('the document has no frontmatter');
  const record = ReportSchema.parse(YAML.parse(match[1]!, { version: '1.1' }));
  return { record, ...renderBody(mdx.slice(match[0].length)) };
}

export function renderBody(body: string): Omit<ReadDocument, 'record'> {
  const hast = mdxToHast(body, { features: MARKDOWN_FEATURES }) as HastNode;
  const blocks: Block[] = [];
  const inner: string[] = [];
  const foreign: string[] = [];
  const textOf = (node: HastNode): string => {
    if (node.type === 'text') return node.value ?? '';
    if (node.type === 'element') inner.push(node.tagName!);
    else foreign.push(node.type);
    return (node.children ?? []).map(textOf).join('');
  };
  for (const node of hast.children ?? []) {
    if (node.type === 'element') {
      blocks.push({ tag: node.tagName!, text: (node.children ?? []).map(textOf).join('') });
    } else if (node.type !== 'text') {
      foreign.push(node.type);
    }
  }
  return { blocks, inner, foreign };
}
