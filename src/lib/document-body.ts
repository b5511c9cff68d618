/**
 * A converted document (content/reports/<id>.mdx) read the way the site
 * shows it: its frontmatter, and its body compiled by Sätteri, the MDX
 * engine Astro builds with, with the features that leave text alone.
 *
 *   splitDocument("---\nid: …\n---\n\n## 一、总体情况\n\n正文…")
 *   → { frontmatter: { id: "…", … }, body: "## 一、总体情况\n\n正文…" }
 */
import { readFileSync } from 'node:fs';
import type { MarkdownHeading } from 'astro';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import YAML from 'yaml';
import { addPinpoints } from './pinpoint-anchors.ts';

/**
 * No GFM (its autolinks, tables and strikethrough would read markup into
 * plain text) and no smart punctuation (it would turn "--" into an en dash):
 * archived text must reach the page unaltered.
 */
export const MARKDOWN_FEATURES = { gfm: false, smartPunctuation: false } as const;

export function splitDocument(mdx: string): { frontmatter: unknown; body: string } {
  const match = matchFrontmatter(mdx);
  // YAML 1.1, as the converter writes it (scripts/pipeline/insert-frontmatter.ts).
  return { frontmatter: YAML.parse(match[1]!, { version: '1.1' }), body: mdx.slice(match[0].length) };
}

/** The body alone, for when the record is already known: no need to parse the YAML again. */
export function documentBody(mdx: string): string {
  return mdx.slice(matchFrontmatter(mdx)[0].length);
}

function matchFrontmatter(mdx: string): RegExpExecArray {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('the document has no frontmatter (it must start with a line "---")');
  return match;
}

/** The body as a hast tree, exactly as compiled for the page (before anchors are added). */
export function compileBody(body: string): Root {
  return mdxToHast(body, { features: MARKDOWN_FEATURES, position: false }) as Root;
}

/** The body as the page's HTML, with paragraph and heading anchors, and its headings. */
export function renderBody(body: string): { html: string; headings: MarkdownHeading[] } {
  const tree = compileBody(body);
  const headings = addPinpoints(tree);
  return { html: toHtml(tree, { characterReferences: { useNamedReferences: true } }), headings };
}

/** A document file's body as its page shows it; an error names the file. */
export function renderDocumentFile(path: string): { html: string; headings: MarkdownHeading[] } {
  try {
    return renderBody(documentBody(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${path}: the document's text cannot be compiled: ${(error as Error).message}`);
  }
}
