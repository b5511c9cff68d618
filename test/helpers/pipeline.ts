/** Run the converter, or a few of its steps, on text written in a test. */
import type { Root } from 'mdast';
import { mdxToHast } from 'satteri';
import { type Pluggable, unified } from 'unified';
import { VFile } from 'vfile';
import YAML from 'yaml';
import { type Conversion, convertSource } from '../../scripts/lib/convert-source.ts';
import { createProcessor } from '../../scripts/lib/processor.ts';
import { parseSourceLines } from '../../scripts/pipeline/parse-source-lines.ts';
import { Gazetteer } from '../../scripts/pipeline/places.ts';
import { blocksOf, blockText } from '../../scripts/pipeline/source-tree.ts';
import { ReportSchema } from '../../src/schemas/report.ts';

export const gazetteer = Gazetteer.load();
export const processor = createProcessor(gazetteer);

/** Parse `text` into source lines and run the given steps on it. */
export function runSteps(text: string, ...steps: Pluggable[]) {
  const file = new VFile({ path: 'test.txt', value: text });
  const pipeline = unified().use(parseSourceLines).use(steps).freeze();
  const tree = pipeline.runSync(pipeline.parse(file), file) as Root;
  const blocks = blocksOf(tree);
  return {
    tree,
    file,
    texts: blocks.map(blockText),
    headings: blocks.flatMap((block) => (block.type === 'heading' ? [`h${block.depth} ${blockText(block)}`] : [])),
    stripped: file.data.stripped ?? [],
  };
}

/** Lines joined with LF, so a test can write a page one line per array item. */
export const page = (...lines: string[]) => `${lines.join('\n')}\n`;

export function convertText(text: string | Uint8Array, name = 'test.txt', sourceUrl: string | null = null): Conversion {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return convertSource({ bytes, name, sourceUrl }, processor);
}

/** Convert and insist that it worked. */
export function convertOk(text: string | Uint8Array, name?: string, sourceUrl?: string | null) {
  const result = convertText(text, name, sourceUrl);
  if (!result.ok) throw new Error(`expected a conversion, got: ${result.error.message}`);
  return result;
}

/** Split an MDX document into its validated record and its body. */
export function readDocument(mdx: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('no frontmatter');
  const record = ReportSchema.parse(YAML.parse(match[1]!, { version: '1.1' }));
  return { record, body: mdx.slice(match[0].length) };
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

/**
 * Compile MDX with Sätteri, the engine Astro builds pages with, configured as
 * astro.config.mjs configures it, and return what a reader would see.
 */
export function renderMdx(mdx: string) {
  const hast = mdxToHast(mdx, { features: { gfm: false, smartPunctuation: false } }) as HastNode;
  const elements: string[] = [];
  const foreign: string[] = [];
  const blocks: string[] = [];
  const textOf = (node: HastNode): string =>
    node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
  for (const node of hast.children ?? []) {
    if (node.type === 'element') {
      elements.push(node.tagName!);
      blocks.push(textOf(node));
      const walk = (inner: HastNode) => {
        for (const child of inner.children ?? []) {
          if (child.type === 'element') elements.push(child.tagName!);
          else if (child.type !== 'text') foreign.push(child.type);
          walk(child);
        }
      };
      walk(node);
    } else if (node.type !== 'text') {
      foreign.push(node.type);
    }
  }
  return { elements, foreign, blocks, text: blocks.join('\n') };
}
