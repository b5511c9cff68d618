/**
 * Split a paragraph that a scraper flattened onto one line back into the
 * paragraphs and headings it was made of.
 *
 * In Chinese prose, whitespace never stands inside a paragraph, so a run of
 * whitespace marks where one block ended and the next began when it comes
 * after a sentence's end (。！？), before a Chinese numbering marker (一、
 * （二）), or after a short numbered heading ("一、工作开展情况 今年以来…").
 * Whitespace elsewhere ("33.27 亿元", "“现代产业强镇” 的") is left alone.
 *
 *   "…平安稳定。 一、工作开展情况 (一)盘活存量、做优增量。 工业基础持续夯实。…"
 *   → "…平安稳定。" | "一、工作开展情况" | "(一)盘活存量、做优增量。" | "工业基础持续夯实。…"
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { splitAtGaps } from '../helpers/split-at-gaps.ts';
import { spotNumbering } from '../helpers/spot-numbering.ts';

const sentenceEnd = /[。！？!?]$/;
const headingStyles = new Set(['chapter', 'article', 'cjk-comma', 'cjk-paren']);
const maxHeadingLength = 40;

const isHeadingMarker = (text: string) => headingStyles.has(spotNumbering(text)?.style ?? '');
const isShortHeading = (text: string) =>
  isHeadingMarker(text) && text.length <= maxHeadingLength && !/[。！？!?；;]/.test(text);

export const splitRunOnParagraphs: Plugin<[], Root> = () => (tree) => {
  tree.children = tree.children.flatMap((node): RootContent[] =>
    node.type === 'paragraph' ? splitParagraph(node) : [node],
  );
};

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  return splitAtGaps(
    paragraph,
    (before, after) => sentenceEnd.test(before) || isHeadingMarker(after) || isShortHeading(before),
  );
}
