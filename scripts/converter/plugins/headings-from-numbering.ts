/**
 * Decide which paragraphs are section headings, and how deep.
 *
 * A numbered heading is a short paragraph that starts with numbering (see
 * `spot-numbering.ts`) and holds at most one sentence: "一、工作开展情况",
 * "（一）盘活存量、做优增量,镇域经济运行平稳。". "一是学深主题教育。镇党委…" is a
 * paragraph that happens to start with a number. Depth follows the styles the
 * document uses, in official-document order: if it uses 一、 and （一）, they
 * are h2 and h3; if it uses only （一） and 1., those are h2 and h3. (h1 is the
 * document's title, which the page prints.)
 *
 * An unnumbered heading ("今后五年发展目标任务") is a short line of Chinese
 * with no sentence punctuation that is followed by prose (or by another such
 * heading); it ranks above every numbered style.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { type Block, blockText } from '../helpers/source-tree.ts';
import { NUMBERING_STYLES, type NumberingStyle, spotNumbering } from '../helpers/spot-numbering.ts';

export interface HeadingsOptions {
  /** Longest numbered heading, in characters. */
  maxNumberedLength?: number;
  /** Longest unnumbered heading, in characters. */
  maxUnnumberedLength?: number;
  /** Shortest paragraph that counts as prose after an unnumbered heading. */
  minProseLength?: number;
}

type Rank = NumberingStyle | 'unnumbered';

export const headingsFromNumbering: Plugin<[HeadingsOptions?], Root> = (options = {}) => {
  const maxNumbered = options.maxNumberedLength ?? 40;
  const maxUnnumbered = options.maxUnnumberedLength ?? 30;
  const minProse = options.minProseLength ?? 50;

  const numberedRank = (text: string): Rank | undefined => {
    const numbering = spotNumbering(text);
    if (!numbering || text.length > maxNumbered) return undefined;
    const sentences = text.split(/[。！？!?]/).filter((part) => part.trim() !== '');
    return sentences.length === 1 ? numbering.style : undefined;
  };
  const looksUnnumbered = (text: string) =>
    text.length <= maxUnnumbered &&
    text.length >= 2 &&
    cjkShare(text) >= 0.5 &&
    !/[。！？!?；;：:，,、…]$/.test(text) &&
    !/[。！？!?；;]/.test(text) &&
    !/^[—－-]/.test(text);

  return (tree) => {
    const blocks = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    const ranks = new Map<Block, Rank>();
    blocks.forEach((block) => {
      const rank = numberedRank(blockText(block));
      if (rank) ranks.set(block, rank);
    });
    // A style most of whose lines are paragraphs numbers paragraphs (一、根据…，制定本规则。
    // / 四、县政府由…组成。): its short lines are paragraphs too, not headings.
    for (const style of NUMBERING_STYLES) {
      const numbered = blocks.filter((block) => spotNumbering(blockText(block))?.style === style);
      const headings = numbered.filter((block) => ranks.get(block) === style);
      if (headings.length * 2 < numbered.length) for (const block of headings) ranks.delete(block);
    }
    // A short line before prose is a heading; so is one before such a heading
    // (展望2024年 / 聚特色、兴产业… / prose), but the chain goes no further.
    const isProse = (block: Block | undefined) => block !== undefined && blockText(block).length >= minProse;
    const beforeProse = new Set(
      blocks.filter((block, i) => !ranks.has(block) && looksUnnumbered(blockText(block)) && isProse(blocks[i + 1])),
    );
    blocks.forEach((block, i) => {
      if (ranks.has(block) || !looksUnnumbered(blockText(block))) return;
      if (beforeProse.has(block) || beforeProse.has(blocks[i + 1]!)) ranks.set(block, 'unnumbered');
    });

    const used = (['unnumbered', ...NUMBERING_STYLES] as Rank[]).filter((rank) => [...ranks.values()].includes(rank));
    tree.children = tree.children.map((node) => {
      const rank = node.type === 'paragraph' ? ranks.get(node) : undefined;
      if (!rank || node.type !== 'paragraph') return node;
      const depth = Math.min(2 + used.indexOf(rank), 6) as Heading['depth'];
      return { type: 'heading', depth, children: node.children, position: node.position, data: node.data };
    });
  };
};

/**
 * Share of CJK ideographs among a text's letters (digits and punctuation
 * aside): a heading is written in Chinese; code and markup are not.
 */
function cjkShare(text: string): number {
  if (/[<>{}#*|`~\\=]/.test(text)) return 0;
  const letters = text.replace(/[\d\s\p{P}]/gu, '');
  if (letters === '') return 0;
  return (letters.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length / letters.length;
}
