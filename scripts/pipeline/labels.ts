/**
 * Spotting metadata labels (索引号, 发布时间, 来源 …) in a line of text.
 *
 * This module only finds labels and the raw text after them; what a value
 * means (a date, a place) is decided later, in `metadata-values.ts`.
 *
 *   spotLabels("来源: 弼时镇 发布时间: 2023-01-17 10:21 浏览次数: 1")
 *   → [ {key:"publisher", value:"弼时镇"}, {key:"date", value:"2023-01-17 10:21"},
 *       {key:"counter", value:"1"} ]
 *
 * A new site that says 发稿时间 instead of 发布时间 needs one entry in LABELS.
 */

import { simplifiedCharacter } from './simplified.ts';

/** What a label's value feeds: a record field, or page chrome whose value is dropped. */
export type LabelKey =
  | 'title'
  | 'indexNumber'
  | 'docNumber'
  | 'date'
  | 'dateWritten'
  | 'publisher'
  | 'category'
  | 'disclosure'
  | 'author'
  | 'editor'
  | 'originalTitle'
  | 'summary'
  | 'otherMetadata'
  | 'pageTools'
  | 'counter';

/** Labels as pages print them, in simplified characters; traditional ones are folded first (發佈時間 → 发布时间). */
const LABELS: Record<LabelKey, string[]> = {
  title: ['标题', '文件标题', '文件名称'],
  indexNumber: ['索引号', '索取号'],
  docNumber: ['文号', '发文字号', '发文文号'],
  date: [
    '发布时间',
    '发布日期',
    '发文日期',
    '发文时间',
    '生成日期',
    '公开日期',
    '发表时间',
    '发稿时间',
    '日期',
    '时间',
  ],
  dateWritten: ['成文日期', '成文时间', '印发日期'],
  publisher: ['发布机构', '发布单位', '发文机构', '发文单位', '所属机构', '发布部门', '信息来源', '文章来源', '来源'],
  category: ['组配分类', '主题分类', '信息分类'],
  disclosure: ['公开方式'],
  author: ['作者', '撰稿', '撰稿人'],
  editor: ['责任编辑', '编辑'],
  originalTitle: ['原标题'],
  summary: ['核心提示', '内容提要', '摘要'],
  otherMetadata: ['公开范围', '公开时限', '有效性', '主题词', '体裁分类', '公开程序', '统一编号'],
  pageTools: ['字体', '字号', '分享到', '分享'],
  counter: ['浏览次数', '阅读次数', '访问量', '访问次数', '点击率', '点击数', '点击量', '浏览量'],
};

const labelIndex = new Map<string, LabelKey>(
  (Object.entries(LABELS) as [LabelKey, string[]][]).flatMap(([key, labels]) =>
    labels.map((label) => [label, key] as const),
  ),
);
// Longest first, so that 信息来源 wins over 来源 and 责任编辑 over 编辑.
const labelsByLength = [...labelIndex.keys()].sort((a, b) => b.length - a.length);

export interface LabelHit {
  key: LabelKey;
  /** The label as printed, e.g. "索 引 号". */
  label: string;
  /** Raw text after the label, trimmed; may be empty. */
  value: string;
}

/** Fold a printed label to its dictionary form: no spaces, simplified characters, no colon. */
export function foldLabel(text: string): string {
  return [...text.replace(/[\s:：]/g, '')].map(simplifiedCharacter).join('');
}

/** The key of a printed label ("索 引 号", "發佈時間:"), or undefined. */
export function labelKey(text: string): LabelKey | undefined {
  return labelIndex.get(foldLabel(text));
}

// A label is followed by a colon, maybe with spaces between (发布时间 :).
const colon = /^[ \t\u3000]*[:：]/;
// What may stand before the first label of a line: a bullet or an opening bracket.
const linePrefix = /^[\s·•●◆■▪\-*（(【[]*/;

/**
 * Labels of a `label: value label: value` line. Returns [] unless the line
 * starts with a label (after a bullet or bracket): a sentence that merely
 * contains 来源: somewhere is not metadata.
 */
export function spotLabels(text: string): LabelHit[] {
  const hits: { key: LabelKey; label: string; start: number; valueStart: number }[] = [];
  // Same length as `text`, character for character, so indexes into one are indexes into the other.
  const folded = [...text].map(simplifiedCharacter).join('');
  let index = linePrefix.exec(text)![0].length;
  if (index === text.length) return [];
  for (; index < text.length; index++) {
    const hit = labelAt(text, folded, index);
    if (!hit) {
      if (hits.length === 0) return [];
      continue;
    }
    hits.push(hit);
    index = hit.valueStart - 1;
  }
  return hits.map((hit, i) => ({
    key: hit.key,
    label: hit.label,
    value: trimValue(text.slice(hit.valueStart, hits[i + 1]?.start ?? text.length)),
  }));
}

function labelAt(text: string, folded: string, index: number) {
  for (const label of labelsByLength) {
    if (!folded.startsWith(label, index)) continue;
    const after = colon.exec(text.slice(index + label.length));
    if (!after) continue;
    return {
      key: labelIndex.get(label)!,
      label: text.slice(index, index + label.length),
      start: index,
      valueStart: index + label.length + after[0].length,
    };
  }
  return undefined;
}

/** Cells of a pipe-table row: `索 引 号 | 1133…/2024-104525 | 公开方式 | 主动公开 |`. */
export function spotTableLabels(text: string): LabelHit[] {
  if ((text.match(/\|/g) ?? []).length < 2) return [];
  const cells = text.split('|').map((cell) => cell.trim());
  const hits: LabelHit[] = [];
  for (let i = 0; i < cells.length; i++) {
    const key = labelKey(cells[i]!);
    if (key === undefined) continue;
    const value = cells[i + 1] ?? '';
    hits.push({ key, label: cells[i]!, value: labelKey(value) ? '' : value });
    if (!labelKey(value)) i++;
  }
  return hits;
}

/** Whether a whole line is a bare label waiting for its value on the next line ("发布日期" / "来源："). */
export function isBareLabel(text: string): boolean {
  return labelKey(text.replace(linePrefix, '')) !== undefined;
}

function trimValue(value: string): string {
  const trimmed = value.replace(/^[\s|]+|[\s|]+$/g, '');
  // "(作者:" leaves a lone closing bracket of the line's own bracket pair.
  const unbalancedClose = /[)）】\]]$/.test(trimmed) && !/[(（【[]/.test(trimmed);
  return unbalancedClose ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
