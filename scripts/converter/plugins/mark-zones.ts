/**
 * Mark each block as page header, body core or page footer.
 *
 * The core runs from the first to the last line of prose: a long line with
 * Chinese sentence punctuation that is neither a `label: value` line nor a
 * line of chrome (a long 版权声明 is not prose). Page chrome
 * and metadata are looked for only outside it, so a report that mentions
 * 版权 or 来源 in a sentence never loses that sentence.
 *
 *   温州 / 您当前的位置… / 标题 / 发布时间:… / 〈prose〉 / 小标题 / 〈prose〉 / 更多>…
 *   header  header          header  header     core       core     core      footer
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { chromeReason } from '../helpers/chrome-patterns.ts';
import { spotLabels } from '../helpers/labels.ts';
import { type Block, blocksOf, blockText, type Zone } from '../helpers/source-tree.ts';

export interface MarkZonesOptions {
  /** Shortest line (in characters) counted as prose. */
  minProseLength?: number;
}

const sentencePunctuation = /[。，；！？,;]/;

export const markZones: Plugin<[MarkZonesOptions?], Root> = (options = {}) => {
  const minProseLength = options.minProseLength ?? 50;
  const isProse = (block: Block) => {
    const text = blockText(block);
    return (
      text.length >= minProseLength &&
      sentencePunctuation.test(text) &&
      spotLabels(text).length === 0 &&
      !isFlattenedTableRow(text) &&
      chromeReason(text) === undefined
    );
  };
  return (tree) => {
    const blocks = blocksOf(tree);
    const first = blocks.findIndex(isProse);
    const last = blocks.findLastIndex(isProse);
    blocks.forEach((block, index) => {
      const zone: Zone = first === -1 || index < first ? 'header' : index > last ? 'footer' : 'core';
      block.data = { ...block.data, zone };
    });
  };
};

/** A metadata table row printed with pipes is not prose, however long its values. */
function isFlattenedTableRow(text: string): boolean {
  return (text.match(/\|/g) ?? []).length >= 3;
}
