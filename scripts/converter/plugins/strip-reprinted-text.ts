/**
 * Keep one copy of a text a page prints twice (a site that shows the
 * article, then the same article again in a print or "full text" block):
 * the second copy is recorded as `duplicate`, never silently dropped.
 *
 *   A / B / C / D / A / B / C / D / 【打印】  →  A / B / C / D ; duplicate: A, B, C, D
 *
 * A run counts as a reprint when at least `minBlocks` blocks repeat, in
 * order, the blocks the body starts with; repeated single lines (a slogan, a
 * caption) are left where they are.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { blocksOf, blockText, stripBlocks } from '../helpers/source-tree.ts';

export interface StripReprintedTextOptions {
  /** Fewest blocks a repeated run must have. */
  minBlocks?: number;
}

const compact = (text: string) => text.replace(/\s/g, '');

export const stripReprintedText: Plugin<[StripReprintedTextOptions?], Root> = (options = {}) => {
  const minBlocks = options.minBlocks ?? 3;
  return (tree, file) => {
    const blocks = blocksOf(tree);
    const texts = blocks.map((block) => compact(blockText(block)));
    for (let start = 1; start < texts.length; start++) {
      if (texts[start] !== texts[0]) continue;
      let length = 0;
      while (start + length < texts.length && length < start && texts[start + length] === texts[length]) length++;
      if (length >= minBlocks) {
        stripBlocks(tree, file, blocks.slice(start, start + length), 'duplicate');
        return;
      }
    }
  };
};
