/**
 * Give back its lines to a page that a scraper wrote onto a single line:
 * metadata, headline, meeting line and text, one after another with spaces
 * between. It then converts like the same page with its line breaks.
 *
 * A line is such a page when it is the first and holds most of the source; it is
 * split at a space where a new block visibly starts: before a label
 * (发布日期:), a table row of labels, a subtitle or meeting line (——…), a
 * salutation (各位代表:) or a section number; after a sentence, a colon or a
 * table cell, or a label's date (发布日期:2024-01-16); and after the
 * headline, the first short piece without sentence punctuation (after the
 * labels, where the labels come first). Spaces inside a headline or a
 * sentence stay.
 *
 *   "某镇2023年工作总结 发布日期: 2024-01-16 各位代表: 现在，…"
 *   → "某镇2023年工作总结" | "发布日期:" | "2024-01-16" | "各位代表:" | "现在，…"
 *   "发布日期:2024-01-16 某镇2023年工作总结 一年来，…"
 *   → "发布日期:2024-01-16" | "某镇2023年工作总结" | "一年来，…"
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { isBareLabel, spotLabels, spotTableLabels } from '../helpers/labels.ts';
import { blockText } from '../helpers/source-tree.ts';
import { splitAtGaps } from '../helpers/split-at-gaps.ts';
import { spotNumbering } from '../helpers/spot-numbering.ts';

export interface UnflattenPageOptions {
  /** Shortest line taken for a whole page. */
  minLength?: number;
  /** Share of the page's characters the line must hold. */
  minShare?: number;
}

const blockStart = /^([—－-]{1,2}|各位|现将|[(（]\d{4}年)/;
const blockEnd = /[。！？!?:：|]$/;
const maxHeadlineLength = 60;
/** A label and a whole date (and time) as its value: the value is complete. */
const datedLabel = /[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;

export const unflattenPage: Plugin<[UnflattenPageOptions?], Root> = (options = {}) => {
  const minLength = options.minLength ?? 200;
  const minShare = options.minShare ?? 0.8;
  return (tree) => {
    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    const total = paragraphs.reduce((sum, node) => sum + blockText(node).length, 0);
    // The page's first line: a body flattened below a header of its own is split later, as a body.
    const page = paragraphs[0];
    const length = page ? blockText(page).length : 0;
    if (!page || length < minLength || length < minShare * total) return;
    // Pieces so far were only labels: the headline may still come.
    let headlineDue = true;
    const split = splitAtGaps(page, (before, after) => {
      const label = startsWithLabel(before);
      const headline = headlineDue && !label && before.length <= maxHeadlineLength && !/[。，,；;！？]/.test(before);
      const splits =
        headline ||
        blockEnd.test(before) ||
        (label && datedLabel.test(before)) ||
        blockStart.test(after) ||
        spotNumbering(after) !== undefined ||
        startsWithLabel(after);
      if (splits && !label) headlineDue = false;
      return splits;
    });
    tree.children = tree.children.flatMap((node): RootContent[] => (node === page ? split : [node]));
  };
};

/** Whether the rest of the line starts with a label (发布日期: …, 索引号 | …, 发布日期 2024…). */
function startsWithLabel(text: string): boolean {
  const head = text.slice(0, 40);
  const firstWord = head.split(/[\s|]/)[0] ?? '';
  return (
    spotLabels(head).length > 0 || spotTableLabels(head).length > 0 || isBareLabel(firstWord.replace(/[:：]$/, ''))
  );
}
