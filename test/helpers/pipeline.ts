/** Run the converter, or a few of its steps, on text written in a test. */
import type { Root } from 'mdast';
import { type Pluggable, unified } from 'unified';
import { VFile } from 'vfile';
import { type Conversion, convertSource } from '../../scripts/converter/convert-source.ts';
import { Gazetteer } from '../../scripts/converter/helpers/gazetteer.ts';
import { blocksOf, blockText } from '../../scripts/converter/helpers/source-tree.ts';
import { parseSourceLines } from '../../scripts/converter/plugins/parse-source-lines.ts';
import { createProcessor } from '../../scripts/converter/processor.ts';
import { readBody, readDocument as readConverted } from '../../scripts/store/read-document.ts';

export { fixtureInput } from './fixture-input.ts';

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
export function splitDocument(mdx: string) {
  const match = /^---\n[\s\S]*?\n---\n/.exec(mdx);
  return { record: readConverted(mdx).record, body: mdx.slice(match![0].length) };
}

/** What a reader sees of an MDX body: its blocks, their tags, and anything that is not text. */
export function renderMdx(mdx: string) {
  const { blocks, inner, foreign } = readBody(mdx);
  return {
    elements: [...blocks.map(({ tag }) => tag), ...inner],
    foreign,
    blocks: blocks.map(({ text }) => text),
    text: blocks.map(({ text }) => text).join('\n'),
  };
}
