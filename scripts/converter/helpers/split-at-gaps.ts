/**
 * Split a paragraph at the runs of whitespace where a rule says one block
 * ended and the next began, every piece keeping its exact source position.
 * Used by the steps that give a flattened page back its blocks
 * (split-run-on-paragraphs.ts, unflatten-page.ts).
 *
 *   splitAtGaps(¶ "一、总体情况 今年以来…" at 3:1, (before) => before === "一、总体情况")
 *   → [¶ "一、总体情况" at 3:1, ¶ "今年以来…" at 3:8]
 */
import type { Paragraph } from 'mdast';
import { blockColumn, blockLine, blockText, makeParagraph } from './source-tree.ts';

const whitespaceRun = /[ \t\u3000\u00a0]+/g;

/**
 * Split a paragraph at the runs of whitespace where `splitsHere(before, after)`
 * says one block ended: `before` is the text since the last split, `after`
 * the rest of the line. Every piece keeps its exact source position.
 */
export function splitAtGaps(paragraph: Paragraph, splitsHere: (before: string, after: string) => boolean): Paragraph[] {
  const text = blockText(paragraph);
  const pieces: Paragraph[] = [];
  let start = 0;
  for (const gap of text.matchAll(whitespaceRun)) {
    const before = text.slice(start, gap.index);
    const after = text.slice(gap.index + gap[0].length);
    if (splitsHere(before, after)) {
      pieces.push(pieceOf(paragraph, start, before));
      start = gap.index + gap[0].length;
    }
  }
  if (pieces.length === 0) return [paragraph];
  pieces.push(pieceOf(paragraph, start, text.slice(start)));
  return pieces;
}

function pieceOf(paragraph: Paragraph, start: number, value: string): Paragraph {
  const piece = makeParagraph(
    value,
    blockLine(paragraph),
    blockColumn(paragraph) + start,
    (paragraph.position!.start.offset ?? 0) + start,
  );
  piece.data = paragraph.data;
  return piece;
}
