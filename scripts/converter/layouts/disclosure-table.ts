/**
 * A government disclosure page (政府信息公开) whose metadata is a table
 * flattened to pipe-separated rows, followed by the title.
 *
 *   索 引 号 | 1133…/2024-104525 | 公开方式 | 主动公开 |
 *   成文日期 | 2024-01-10 | 发布机构 | 下各镇 |
 *   下各镇2023年工作总结和2024        ← title
 */

import { spotTableLabels } from '../helpers/labels.ts';
import { blockLine, blockText } from '../helpers/source-tree.ts';
import { looksLikeTitle, notATitle } from './title-lines.ts';
import type { Layout } from './types.ts';

export const disclosureTable: Layout = {
  name: 'disclosure-table',
  matches: (texts) => texts.slice(0, 12).filter((text) => spotTableLabels(text).length > 0).length >= 2,
  findTitle({ header, metadataLines }) {
    const tableStart = Math.min(...metadataLines);
    const tableEnd = lastTableLine(metadataLines);
    const above = header.filter((block) => blockLine(block) < tableStart);
    // A headline above the table (某镇2023年政府工作报告) names the document better than the
    // heading the text itself starts with below it (政府工作报告).
    const headlineAbove = above.findLast((block) => looksLikeTitle(blockText(block)));
    const below = header.find((block) => blockLine(block) > tableEnd && !notATitle.test(blockText(block)));
    // A headline between the table's rows (rows / 某街道2023年工作总结 | / 发布日期:… |).
    const within = header.find(
      (block) => blockLine(block) > tableStart && blockLine(block) < tableEnd && looksLikeTitle(blockText(block)),
    );
    const title = headlineAbove ?? within ?? below ?? above.at(-1);
    return {
      title: title ? [title] : [],
      banner: header.filter((block) => blockLine(block) < tableEnd && block !== title),
    };
  },
};

/** Last line of the first run of metadata lines (the table), allowing blank lines between rows. */
function lastTableLine(lines: number[]): number {
  const sorted = [...lines].sort((a, b) => a - b);
  let end = sorted[0] ?? 0;
  for (const line of sorted.slice(1)) {
    if (line - end > 2) break;
    end = line;
  }
  return end;
}
