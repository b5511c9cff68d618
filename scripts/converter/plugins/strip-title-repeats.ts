/**
 * Strip the title where the page prints it again: as a line of its own
 * above the text (or further down, as an image caption), or run into the
 * start of the first paragraph. When the
 * body's copy is longer than the header's (a title split over two lines,
 * whose header shows only the first), the title is completed from it.
 *
 *   title "下各镇2023年工作总结和2024"
 *   body  "下各镇2023年工作总结和2024 工作思路 今年以来,在县委…"
 *   → title "下各镇2023年工作总结和2024工作思路"; body "今年以来,在县委…";
 *     stripped: title-repeat "下各镇2023年工作总结和2024 工作思路"
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { type Block, blocksOf, blockText, stripBlocks, stripPrefix } from '../helpers/source-tree.ts';
import { spotNumbering } from '../helpers/spot-numbering.ts';
import { joinLines } from '../layouts/title-lines.ts';

export interface StripTitleRepeatsOptions {
  /** How many blocks from the top of the body are looked at. */
  lookAhead?: number;
  /** Longest continuation (in characters) taken from the body to complete a title. */
  maxContinuation?: number;
}

const compact = (text: string) => text.replace(/\s/g, '');
const punctuation = /[。，、；：！？,.;:!?“”"（）()]/;

export const stripTitleRepeats: Plugin<[StripTitleRepeatsOptions?], Root> = (options = {}) => {
  const lookAhead = options.lookAhead ?? 4;
  const maxContinuation = options.maxContinuation ?? 20;
  return (tree, file) => {
    const title = file.data.title;
    if (!title) return;
    const top = blocksOf(tree).slice(0, lookAhead);

    // The title again, at the top or further down (an image caption that repeats the headline).
    const repeats = blocksOf(tree).filter((block) => compact(blockText(block)) === compact(title));
    stripBlocks(tree, file, repeats, 'title-repeat');
    if (repeats.some((block) => top.includes(block))) return;

    const runIn = top.find((block) => compact(blockText(block)).startsWith(compact(title)));
    if (!runIn) return;
    const text = blockText(runIn);
    let prefixLength = lengthCovering(text, compact(title));
    const continuation = /^\s+(\S+)\s+/.exec(text.slice(prefixLength));
    const piece = continuation?.[1];
    if (piece && piece.length <= maxContinuation && !punctuation.test(piece) && !spotNumbering(piece)) {
      file.data.title = joinLines([title, piece]);
      prefixLength += continuation[0].trimEnd().length;
    }
    stripPrefix(file, runIn as Block, prefixLength, 'title-repeat');
  };
};

/** Length of the shortest prefix of `text` whose non-space characters are `wanted`. */
function lengthCovering(text: string, wanted: string): number {
  let matched = 0;
  let index = 0;
  while (matched < wanted.length && index < text.length) {
    if (!/\s/.test(text[index]!)) matched++;
    index++;
  }
  return index;
}
