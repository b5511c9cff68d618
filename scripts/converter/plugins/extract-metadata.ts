/**
 * Take `label: value` lines out of the page header and footer.
 *
 * The shapes read: a pipe-table row (`索引号 | 002508879/2022-81382 |`),
 * one or more `label: value` pairs on a line (`来源: 弼时镇 发布时间: 2023-01-17`),
 * a bare label with its value on the next line (`发布日期` / `2024-01-16`),
 * and the rarer ones of `metadata-shapes.ts`: a row of labels over a row of
 * values, a headline with its date after it, bulleted values without labels.
 * Each such line is stripped as `metadata` (or `page-tools` / `counter` when it
 * holds nothing but 字体 or 浏览次数) and its labels go to `file.data.labels`.
 * A source glued after a paragraph's last sentence (…做好防范。来源:某镇) is
 * read too, when one paragraph alone ends so.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { StrippedReason } from '../../../src/shared/report-schema.ts';
import { chromeReason } from '../helpers/chrome-patterns.ts';
import {
  cleanValue as cleanCell,
  isBareLabel,
  type LabelHit,
  labelKey,
  linePrefix,
  spotLabels,
  spotSpacedLabels,
  spotTableLabels,
  textAfterLabels,
} from '../helpers/labels.ts';
import { labelRowOverValues, leadingDate, trailingDate, unlabelledValue } from '../helpers/metadata-shapes.ts';
import { parseDate } from '../helpers/metadata-values.ts';
import {
  type Block,
  blockLine,
  blocksOf,
  blockText,
  stripBlocks,
  stripPrefix,
  stripSuffix,
  zoneOf,
} from '../helpers/source-tree.ts';
import { looksLikeTitle } from '../layouts/title-lines.ts';
import type { SourceLabel } from './vfile-data.ts';

export const extractMetadata: Plugin<[], Root> = () => (tree, file) => {
  const labels: SourceLabel[] = [];
  const metadataLines: number[] = [];
  const stripped = new Map<StrippedReason, Block[]>();
  const strip = (block: Block, reason: StrippedReason) => {
    stripped.set(reason, [...(stripped.get(reason) ?? []), block]);
  };

  const candidates = blocksOf(tree).filter((block) => zoneOf(block) !== 'core');
  const unlabelled: SourceLabel[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const block = candidates[i]!;
    const text = blockText(block);
    const line = blockLine(block);
    const next = candidates[i + 1];
    const nextText = next ? blockText(next) : '';
    // A label over its value; blank lines may stand between (• 索引号: / / 6107…/2024-001005).
    const valueBelow =
      next !== undefined && blockLine(next) - line <= 3 && !isLabelLine(nextText) && !chromeReason(nextText);

    const bareKey = isBareLabel(text) ? labelKey(text.replace(linePrefix, '')) : undefined;
    // An empty label over the headline (• 统一编号: / 某镇2024年政府工作报告) has no value: the headline is not it.
    const headlineBelow = looksLikeTitle(nextText) && !parseDate(nextText);
    if (bareKey && valueBelow && (bareKey === 'title' || !headlineBelow)) {
      labels.push({ key: bareKey, label: text, value: cleanCell(nextText), line });
      strip(block, 'metadata');
      strip(next, 'metadata');
      i++;
      continue;
    }

    const row = next ? labelRowOverValues(text, nextText) : [];
    if (row.length > 0) {
      labels.push(...row.map((hit) => ({ ...hit, line })));
      strip(block, 'metadata');
      strip(next!, 'metadata');
      i++;
      continue;
    }

    const tableHits = spotTableLabels(text);
    const colonHits = tableHits.length > 0 ? tableHits : spotLabels(text);
    const hits =
      colonHits.length > 0
        ? colonHits
        : zoneOf(block) === 'header'
          ? [...spotSpacedLabels(text), ...leadingDate(text)]
          : [];
    // Labels run on into the text (发布日期:2024-01-16 一年来，全镇…。): only the labels are metadata.
    const textAfter = tableHits.length === 0 && colonHits.length > 0 ? textAfterLabels(text, hits) : undefined;
    if (textAfter) {
      const last = hits.at(-1)!;
      labels.push(...hits.slice(0, -1).map((hit) => ({ ...hit, line })), { ...last, value: textAfter.value, line });
      stripPrefix(file, block, textAfter.cut, 'metadata');
      metadataLines.push(line);
      continue;
    }
    if (hits.length > 0) {
      labels.push(...hits.map((hit) => ({ ...hit, line })));
      strip(block, reasonFor(hits));
      // A table row whose last label's value wrapped onto the next line (发布机构: | / 某镇人民政府 | |||).
      const last = hits.at(-1)!;
      const wrapped = next && text.trim().endsWith('|') ? wrappedCell(nextText) : undefined;
      if (last.value === '' && wrapped && blockLine(next!) === line + 1) {
        labels.push({ ...last, value: wrapped, line: line + 1 });
        strip(next!, 'metadata');
        i++;
      }
      continue;
    }
    // A bare value counts among the unlabelled ones just above it (an index number, then its issuing body and date).
    const value = unlabelledValue(
      text,
      unlabelled.some((known) => line - known.line <= 2),
    );
    if (value) {
      unlabelled.push({ ...value, line });
      strip(block, 'metadata');
      continue;
    }

    const dated = zoneOf(block) === 'header' ? trailingDate(text) : undefined;
    if (dated) {
      labels.push(...dated.labels.map((hit) => ({ ...hit, line })));
      stripSuffix(file, block, text.length - dated.kept.length, 'metadata');
      metadataLines.push(line);
    }
  }
  labels.push(...datesInOrder(unlabelled));
  labels.push(...sourceClosingText(tree, file));

  for (const [reason, blocks] of stripped) stripBlocks(tree, file, blocks, reason);
  file.data.labels = labels;
  file.data.metadataLines = [...[...stripped.values()].flat().map(blockLine), ...metadataLines];
};

/** A source glued after the last sentence of the text (…做好防范。来源:某市某镇), as forums and mirrors print it. */
const closingSource = /[。！？!?]\s*((?:稿件|信息|文章)?来源\s*[:：]\s*([^\s，,。:：|()（）]{2,20}))\s*$/;

/**
 * The source label that closes a paragraph of the text, taken out of it as metadata: only when one
 * paragraph alone ends so (a digest of several items, each with its source, names no single one).
 */
function sourceClosingText(tree: Root, file: Parameters<typeof stripSuffix>[0]): SourceLabel[] {
  const closing = blocksOf(tree).flatMap((block) => {
    const match = closingSource.exec(blockText(block));
    return match ? [{ block, match }] : [];
  });
  if (closing.length !== 1) return [];
  const [{ block, match }] = closing as [(typeof closing)[number]];
  const line = blockLine(block);
  stripSuffix(file, block, match[1]!.length, 'metadata');
  return [{ key: 'publisher', label: '来源', value: match[2]!, line }];
}

/** The first cell of a row that is one value and empty cells, if the row is that. */
function wrappedCell(text: string): string | undefined {
  const cells = text.split('|').map((cell) => cell.trim());
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length !== 1 || cells[0] === '' || isLabelLine(filled[0]!)) return undefined;
  return spotTableLabels(`${filled[0]} | x |`).length === 0 ? cleanCell(filled[0]!) : undefined;
}

/**
 * Unlabelled values as labels. Of several unlabelled dates, the last is the
 * publication date and the first the date written: a page is published on
 * or after the day it was written.
 */
function datesInOrder(values: SourceLabel[]): SourceLabel[] {
  const dates = values.filter(({ key }) => key === 'date');
  const others = values.filter(({ key }) => key !== 'date');
  if (dates.length < 2) return values;
  const sorted = [...dates].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
  return [...others, { ...sorted.at(-1)! }, { ...sorted[0]!, key: 'dateWritten' }];
}

function dateOf(label: SourceLabel): string {
  const parsed = parseDate(label.value);
  return parsed && 'date' in parsed ? parsed.date : '';
}

function isLabelLine(text: string): boolean {
  return isBareLabel(text) || spotLabels(text).length > 0 || spotTableLabels(text).length > 0;
}

function reasonFor(hits: LabelHit[]): StrippedReason {
  if (hits.every((hit) => hit.key === 'counter')) return 'counter';
  if (hits.every((hit) => hit.key === 'pageTools' || hit.key === 'counter')) return 'page-tools';
  return 'metadata';
}
