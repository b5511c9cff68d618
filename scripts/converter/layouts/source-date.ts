/**
 * A plain disclosure page: section banner, title, then one line giving the
 * source and the date; the title is often printed again above the text. A
 * page that prints its labels first has its headline under them.
 *
 *   政府信息公开 / 弼时镇2022年工作总结… / 来源: 弼时镇 发布时间: 2023-01-17 10:21 浏览次数: 1
 *   banner         title
 */

import { spotLabels } from '../helpers/labels.ts';
import { blockLine, blockText } from '../helpers/source-tree.ts';
import { looksLikeTitle } from './title-lines.ts';
import type { Layout } from './types.ts';

const hasSourceAndDate = (text: string) => {
  const keys = spotLabels(text).map((hit) => hit.key);
  return keys.includes('publisher') && keys.includes('date');
};

export const sourceDate: Layout = {
  name: 'source-date',
  matches: (texts) => texts.slice(0, 12).some(hasSourceAndDate),
  findTitle({ header, metadataLines }) {
    const dateLine = Math.min(...metadataLines);
    const before = header.filter((block) => blockLine(block) < dateLine);
    const above = before.at(-1);
    // Some pages print their labels first and the headline under them (某市人民政府 / 索引号:… / 某镇2024年工作总结):
    // a site's name above the labels is not the title when a headline follows them.
    const below = header.find(
      (block) =>
        blockLine(block) > dateLine && !metadataLines.includes(blockLine(block)) && looksLikeTitle(blockText(block)),
    );
    if (below && (!above || !looksLikeTitle(blockText(above)))) return { title: [below], banner: before };
    return { title: above ? [above] : [], banner: before.slice(0, -1) };
  },
};
