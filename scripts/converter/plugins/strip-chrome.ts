/**
 * Strip page chrome from the page header and footer: breadcrumbs, 更多>
 * links, 【打印】【关闭】, font-size and accessibility toggles, counters,
 * copyright notices (see `chrome-patterns.ts`). Lines left by a flattened
 * table (`|`, `||||`) go wherever they stand: they hold no text.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { StrippedReason } from '../../../src/shared/report-schema.ts';
import { chromeReason } from '../helpers/chrome-patterns.ts';
import { type Block, blockLine, blocksOf, blockText, stripBlocks, zoneOf } from '../helpers/source-tree.ts';

export const stripChrome: Plugin<[], Root> = () => (tree, file) => {
  const byReason = new Map<StrippedReason, Block[]>();
  for (const block of blocksOf(tree)) {
    const reason = chromeReason(blockText(block));
    if (!reason) continue;
    if (reason !== 'layout-residue' && zoneOf(block) === 'core') continue;
    byReason.set(reason, [...(byReason.get(reason) ?? []), block]);
  }
  for (const [reason, blocks] of byReason) stripBlocks(tree, file, blocks, reason);
  file.data.breadcrumbLines = (byReason.get('breadcrumb') ?? []).map(blockLine);
};
