/**
 * Read the key figures of the body: for every paragraph, each value with a
 * unit of the vocabulary and an indicator printed before it (helpers/read-figures.ts),
 * what kind of figure it is and for which period (helpers/figure-context.ts),
 * and the paragraph's anchor on the page (src/lib/paragraph-anchor.ts), so
 * every figure links to the sentence it came from. Headings and tables are
 * not read; a figure that cannot be read with confidence is left out.
 *
 *   ## 二、2024年工作思路
 *   力争全年实现财政总收入1.2亿元。
 *   → file.data.figures = [{ indicator: "财政总收入", indicatorNormalised: "财政总收入", value: "1.2",
 *       number: 1.2, unit: "亿元", kind: "目标", cue: "力争", period: "全年", year: 2024,
 *       paragraph: "p-…", sentence: "力争全年实现财政总收入1.2亿元。", … }]
 */
import type { Root } from 'mdast';
import { toString as textOfTree } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { paragraphAnchors } from '../../../src/lib/paragraph-anchor.ts';
import { normaliseIndicator } from '../../../src/shared/figure-vocabulary.ts';
import type { Figure } from '../../../src/shared/report-schema.ts';
import { figureContext } from '../helpers/figure-context.ts';
import { readFigures } from '../helpers/read-figures.ts';

const SENTENCE = /[^。！？!?\n]+[。！？!?]*/g;

export const extractFigures: Plugin<[], Root> = () => (tree, file) => {
  const anchorOf = paragraphAnchors();
  const figures: Figure[] = [];
  // The headings the paragraph stands under, outermost first.
  const headings: { depth: number; text: string }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (headings.length > 0 && headings.at(-1)!.depth >= node.depth) headings.pop();
      headings.push({ depth: node.depth, text: textOfTree(node) });
    }
    if (node.type !== 'paragraph') continue;
    const heading = [file.data.title ?? '', ...headings.map(({ text }) => text)];
    const text = textOfTree(node);
    const paragraph = anchorOf(text);
    for (const match of text.matchAll(SENTENCE)) {
      const sentence = match[0].trim();
      for (const reading of readFigures(sentence)) {
        const context = figureContext(sentence, reading.start, heading);
        figures.push({
          indicator: reading.indicator,
          indicatorNormalised: normaliseIndicator(reading.indicator),
          measure: reading.measure,
          value: reading.value,
          number: reading.number,
          unit: reading.unit,
          qualifier: reading.qualifier,
          period: context.period,
          year: context.year,
          kind: context.kind,
          cue: context.cue,
          growth: reading.growth,
          paragraph,
          sentence,
        });
      }
    }
  }
  file.data.figures = figures;
};
