/**
 * Take `label: value` lines out of the page header and footer.
 *
 * Three shapes are read: a pipe-table row (`索引号 | 002508879/2022-81382 |`),
 * one or more `label: value` pairs on a line (`来源: 弼时镇 发布时间: 2023-01-17`),
 * and a bare label with its value on the next line (`发布日期` / `2024-01-16`).
 * Each such line is stripped as `metadata` (or `page-tools` / `counter` when it
 * holds nothing but 字体 or 浏览次数) and its labels go to `file.data.labels`.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { StrippedReason } from '../../src/schemas/report.ts';
import { isBareLabel, type LabelHit, labelKey, spotLabels, spotTableLabels } from './labels.ts';
import { zoneOf } from './mark-zones.ts';
import { type Block, blockLine, blocksOf, blockText, stripBlocks } from './source-tree.ts';

export interface SourceLabel extends LabelHit {
  /** Source line the label stands on. */
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    labels: SourceLabel[];
    /** Lines that held metadata, for layouts that find the title by them. */
    metadataLines: number[];
  }
}

export const extractMetadata: Plugin<[], Root> = () => (tree, file) => {
  const labels: SourceLabel[] = [];
  const stripped = new Map<StrippedReason, Block[]>();
  const strip = (block: Block, reason: StrippedReason) => {
    stripped.set(reason, [...(stripped.get(reason) ?? []), block]);
  };

  const candidates = blocksOf(tree).filter((block) => zoneOf(block) !== 'core');
  for (let i = 0; i < candidates.length; i++) {
    const block = candidates[i]!;
    const text = blockText(block);
    const line = blockLine(block);
    const next = candidates[i + 1];

    if (isBareLabel(text) && next && blockLine(next) === line + 1 && !isLabelLine(blockText(next))) {
      labels.push({ key: labelKey(text.replace(/^[\s·•●◆■▪\-*]*/, ''))!, label: text, value: blockText(next), line });
      strip(block, 'metadata');
      strip(next, 'metadata');
      i++;
      continue;
    }

    const hits = spotTableLabels(text).length > 0 ? spotTableLabels(text) : spotLabels(text);
    if (hits.length === 0) continue;
    labels.push(...hits.map((hit) => ({ ...hit, line })));
    strip(block, reasonFor(hits));
  }

  for (const [reason, blocks] of stripped) stripBlocks(tree, file, blocks, reason);
  file.data.labels = labels;
  file.data.metadataLines = [...stripped.values()].flat().map(blockLine);
};

function isLabelLine(text: string): boolean {
  return isBareLabel(text) || spotLabels(text).length > 0 || spotTableLabels(text).length > 0;
}

function reasonFor(hits: LabelHit[]): StrippedReason {
  if (hits.every((hit) => hit.key === 'counter')) return 'counter';
  if (hits.every((hit) => hit.key === 'pageTools' || hit.key === 'counter')) return 'page-tools';
  return 'metadata';
}
