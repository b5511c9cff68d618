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

import { DATE_TIME } from './metadata-values.ts';
import { pinyinGloss } from './place-names.ts';
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
  title: ['标题', '文件标题', '文件名称', '信息名称', '名称'],
  indexNumber: ['索引号', '索取号', '信息索取号', '信息索引号', '公开索引号', '文件索引号'],
  docNumber: ['文号', '发文字号', '发文文号', '发文序号', '文件编号', '备注/文号'],
  date: [
    '发布时间',
    '发布日期',
    '发文日期',
    '发文时间',
    '生成日期',
    '公开日期',
    '发表时间',
    '发表日期',
    '发稿时间',
    '公开时间',
    '公文生成日期',
    '最后编辑时间',
    '编辑时间',
    '日期',
    '时间',
  ],
  dateWritten: ['成文日期', '成文时间', '印发日期'],
  // In order of preference: the issuing body before the site or paper a page was taken from.
  publisher: [
    '发布机构',
    '发文机构',
    '发文机关',
    '发布单位',
    '发文单位',
    '信息发布单位',
    '发布主体',
    '公开单位',
    '发布部门',
    '所属机构',
    '公开主体',
    '信息来源',
    '文章来源',
    '稿件来源',
    '来源',
    '供稿单位',
    '信息提供单位',
    '发布者',
  ],
  category: ['组配分类', '主题分类', '信息分类', '信息类别', '公文目录', '分类', '类别', '主题'],
  disclosure: ['公开方式', '公开类型', '公开属性', '公开形式'],
  author: ['作者', '撰稿', '撰稿人', '记者'],
  editor: ['责任编辑', '编辑'],
  originalTitle: ['原标题'],
  summary: ['核心提示', '内容提要', '摘要'],
  otherMetadata: [
    '公开范围',
    '公开时限',
    '有效性',
    '信息有效性',
    '主题词',
    '关键字',
    '关键词',
    '体裁分类',
    '公开程序',
    '统一编号',
    '生效日期',
    '失效日期',
    '废止日期',
    '效力状况',
    '时效性',
    '时效',
  ],
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

/** Fold a printed label to its dictionary form: no spaces, padding, brackets or colon; simplified characters. */
export function foldLabel(text: string): string {
  return foldWithOrigins(text.replace(/[:：]/g, '')).folded;
}

/** How preferred a printed label is among those of its key: 0 is the first of its list in LABELS. */
export function labelRank(text: string): number {
  const folded = foldLabel(text);
  const key = labelIndex.get(folded);
  return key ? LABELS[key].indexOf(folded) : Number.POSITIVE_INFINITY;
}

/** The key of a printed label ("索 引 号", "發佈時間:"), or undefined. */
export function labelKey(text: string): LabelKey | undefined {
  return labelIndex.get(foldLabel(text));
}

// A label is followed by a colon (spaces and padding are folded away before).
const colon = /^[:：]/;
// What may stand before the first label of a line: a bullet, an opening bracket, a list number (1. 发布时间:).
export const linePrefix = /^[\s·•●◆■▪\-*（(【[]*(\d{1,2}[.、．]\s*)?/;
// A word and a colon that the dictionary does not know (公文目录:), where a label may start.
const unknownLabel = /^[\u4e00-\u9fa5]{2,8}[:：]/;

/**
 * Labels of a `label: value label: value` line. Returns [] unless the line
 * starts with a label (after a bullet or bracket): a sentence that merely
 * contains 来源: somewhere is not metadata. A line may start with a label
 * the dictionary does not know (信息类别:) if a known one follows; such
 * labels, and any word with a colon after a space or `|`, end the value
 * before them and are kept as `otherMetadata`.
 */
export function spotLabels(printed: string): LabelHit[] {
  const text = unbracketLabels(printed);
  // Most lines are prose: look at the line's start before folding all of it.
  const posted = forumPost.exec(text);
  if (posted) return [{ key: 'date', label: '发表于', value: posted[1]!.trim() }];
  if (!startsWithLabel(text)) return glued(text);
  const { folded, origin } = foldWithOrigins(text);
  const hits: { key: LabelKey; start: number; valueStart: number }[] = [];
  let index = foldWithOrigins(labelLinePrefix(text)).folded.length;
  if (index >= folded.length) return [];
  for (; index < folded.length; index++) {
    const atBoundary = index === 0 || /[\s|]/.test(text[origin[index]! - 1] ?? '') || hits.length === 0;
    const hit = labelAt(folded, index) ?? (atBoundary ? unknownLabelAt(text, origin[index]!, index) : undefined);
    if (!hit) {
      if (hits.length === 0) return [];
      continue;
    }
    hits.push(hit);
    index = hit.valueStart - 1;
  }
  if (hits.every((hit) => hit.key === 'otherMetadata' && !isKnownOther(folded, hit))) return [];
  return splitTrailingDates(
    hits.map((hit, i) => ({
      key: hit.key,
      label: text.slice(origin[hit.start], origin[hit.valueStart - 1]).trim(),
      value: cleanValue(text.slice(origin[hit.valueStart], origin[hits[i + 1]?.start ?? folded.length])),
    })),
  );
}

// A label in brackets stands for the label and its colon: [ 发布机构 ] 某镇, 【索引号】123/2024-1.
const bracketedLabel = /[[【〔]\s*([^\]】〕]{1,12}?)\s*[\]】〕][\s:：]*/g;

function unbracketLabels(text: string): string {
  return text.replace(bracketedLabel, (whole, inner: string) =>
    labelIndex.has(foldLabel(inner)) ? `${inner}: ` : whole,
  );
}

// A forum post's line: 发表于 2020-7-4 20:37:09 来自手机 | 显示全部楼层 (a label with no colon, then its date).
const forumPost = new RegExp(`^\\s*发表于\\s*(${DATE_TIME.source})`);

// A site's host name may stand before a line's labels (www.example.gov.cn 发布时间:2026-01-22 来源:某镇).
const hostName = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+\/?\s+/i;

/** What stands before a line's first label: a bullet, a bracket, a list number, a host name. */
function labelLinePrefix(text: string): string {
  const prefix = linePrefix.exec(text)![0];
  return prefix + (hostName.exec(text.slice(prefix.length))?.[0] ?? '');
}

const trailingDateTime = new RegExp(`^(.*\\S)\\s+(${DATE_TIME.source})$`);
const wholeDateTime = new RegExp(`^${DATE_TIME.source}$`);

/**
 * A value with a bare date after it (来源:某镇   2022-09-28 20:14): the date is the
 * page's date, not part of the value.
 */
function splitTrailingDates(hits: LabelHit[]): LabelHit[] {
  return hits.flatMap((hit) => {
    const match = hit.key === 'date' || hit.key === 'dateWritten' ? null : trailingDateTime.exec(hit.value);
    if (!match) return [hit];
    return [
      { ...hit, value: match[1]! },
      { key: 'date', label: '', value: match[2]! },
    ];
  });
}

/**
 * A line whose labels are glued to their values, with no colon or space: a
 * list's line (- 索引号mlsppz/2025-00000, - 发布机构弥勒市朋普镇), or a label
 * table's row flattened without colons (索引号000014349/2024-03341,
 * 发文机关某镇人民政府 主题词). Only labels of three characters or more, only a
 * short line without a sentence's punctuation: prose may open with 时间 or
 * 来源. A row without a bullet must be all labels (each word opens with one)
 * and either hold two of them or a value that opens with a digit or letter.
 */
function glued(text: string): LabelHit[] {
  if (text.length > 80 || /[。，；;！？]/.test(text)) return [];
  const prefix = /^\s*[-·•●◆■▪*]\s*/.exec(text)?.[0];
  if (prefix) {
    const hit = gluedLabel(text.slice(prefix.length).trim());
    return hit ? [hit] : [];
  }
  const words = text.trim().split(/\s+/);
  const hits = words.map(gluedLabel);
  if (hits.some((hit) => hit === undefined)) return [];
  const valueLike = words.length >= 2 || /^[0-9A-Za-z]/.test(hits[0]!.value);
  return valueLike ? (hits as LabelHit[]) : [];
}

/** A label glued to its value: one of three characters or more, or of two before a digit (标题2023年…, 日期2024-01-10). */
function gluedLabel(word: string): LabelHit | undefined {
  const label = labelsByLength.find(
    (candidate) =>
      word.startsWith(candidate) && (candidate.length >= 3 || (candidate.length === 2 && /^\d/.test(word.slice(2)))),
  );
  return label ? { key: labelIndex.get(label)!, label, value: cleanValue(word.slice(label.length)) } : undefined;
}

function startsWithLabel(text: string): boolean {
  const prefix = labelLinePrefix(text);
  const head = text.slice(prefix.length, prefix.length + 40);
  return labelAt(foldWithOrigins(head).folded, 0) !== undefined || unknownLabel.test(head);
}

function labelAt(folded: string, index: number) {
  for (const label of labelsByLength) {
    if (!folded.startsWith(label, index) || !colon.test(folded.slice(index + label.length))) continue;
    return { key: labelIndex.get(label)!, start: index, valueStart: index + label.length + 1 };
  }
  return undefined;
}

/** A word and colon as printed (no spaces inside: 弼时镇 发布时间: is a value, then a label). */
function unknownLabelAt(text: string, at: number, index: number) {
  const match = unknownLabel.exec(text.slice(at));
  return match ? { key: 'otherMetadata' as const, start: index, valueStart: index + match[0].length } : undefined;
}

function isKnownOther(folded: string, hit: { start: number; valueStart: number }): boolean {
  return labelIndex.has(folded.slice(hit.start, hit.valueStart - 1));
}

// Scrapers leave padding inside words (發??布) and pinyin after characters (縣(xiàn)): not part of a label.
const padding = /[\s?\uFFFD[\]【】]/;

/**
 * The text as labels are matched: simplified, without padding, pinyin
 * glosses or brackets; `origin[i]` is where folded character `i` stands in
 * the text (and `origin[folded.length]` is the text's length).
 */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  const glossed = new Set<number>();
  for (const match of text.matchAll(pinyinGloss)) {
    for (let i = match.index; i < match.index + match[0].length; i++) glossed.add(i);
  }
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (glossed.has(i) || padding.test(text[i]!)) continue;
    folded += simplifiedCharacter(text[i]!);
    origin.push(i);
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * Cells of a pipe-table row: `索 引 号 | 1133…/2024-104525 | 公开方式 | 主动公开 |`,
 * `[ 发布机构 ] | 某镇 |`, or cells that hold a label and its value (`来源: 某镇 | 发文机关: 某镇 |`).
 */
export function spotTableLabels(text: string): LabelHit[] {
  if ((text.match(/\|/g) ?? []).length < 2) return [];
  const cells = text.split('|').map((cell) => cell.trim());
  const hits: LabelHit[] = [];
  for (let i = 0; i < cells.length; i++) {
    const key = labelKey(cells[i]!);
    if (key === undefined) {
      hits.push(...spotLabels(cells[i]!).filter((hit) => hit.key !== 'otherMetadata' || labelKey(hit.label)));
      continue;
    }
    const value = cells[i + 1] ?? '';
    // A cell that ends in a colon is another label (索引号: | 公开形式: |), even one the dictionary does not know.
    const isLabel = labelKey(value) !== undefined || /[:：]$/.test(value);
    hits.push({ key, label: cells[i]!, value: isLabel ? '' : cleanValue(value) });
    if (!isLabel) i++;
  }
  return hits;
}

/**
 * Labels printed apart from their values by spaces alone, with no colon
 * (信息索引号 1144…/2024-00012 生成日期 2024-01-18 发布机构 某乡人民政府). The
 * line must open with a label the dictionary knows and hold two at least; a
 * label may be spaced out itself (索 引 号); a value may be empty.
 *
 *   spotSpacedLabels("索 引 号 114/2024-1 公开方式 主动公开") → [indexNumber "114/2024-1", disclosure "主动公开"]
 */
export function spotSpacedLabels(text: string): LabelHit[] {
  if (/[:：|。，,；;]/.test(text)) return [];
  const words = text.replace(linePrefix, '').trim().split(/\s+/);
  const hits: LabelHit[] = [];
  for (let i = 0; i < words.length; ) {
    const width = [4, 3, 2, 1].find((n) => i + n <= words.length && labelKey(words.slice(i, i + n).join('')));
    if (width !== undefined) {
      const label = words.slice(i, i + width).join(' ');
      hits.push({ key: labelKey(label)!, label, value: '' });
      i += width;
      continue;
    }
    const last = hits.at(-1);
    if (!last) return [];
    last.value = last.value === '' ? words[i]! : `${last.value} ${words[i]}`;
    i++;
  }
  const cleaned = hits.map((hit) => ({ ...hit, value: cleanValue(hit.value) }));
  return cleaned.length >= 2 || (cleaned.length === 1 && valueHasForm(cleaned[0]!)) ? cleaned : [];
}

/**
 * A single label and value on a line (索引号 1150…/2024-00031, 发布机构 某镇人民政府) are read only when the
 * value has the form its label asks for: a line of two words may be anything.
 */
function valueHasForm({ key, value }: LabelHit): boolean {
  if (key === 'indexNumber') return /^[0-9A-Za-z][0-9A-Za-z-]*\/[0-9A-Za-z-]+$/.test(value);
  if (key === 'date' || key === 'dateWritten') return wholeDateTime.test(value);
  if (key === 'publisher') return /^[\u4e00-\u9fa5]{2,30}$/.test(value);
  return false;
}

/** Whether a whole line is a bare label waiting for its value on the next line ("发布日期" / "来源："). */
export function isBareLabel(text: string): boolean {
  return labelKey(text.replace(linePrefix, '')) !== undefined;
}

/** A value as the record keeps it: no scraper's pinyin glosses or padding, nothing after a cell's `|`. */
export function cleanValue(value: string): string {
  const unpadded = value.replace(pinyinGloss, '').replace(/\?{2,}|\uFFFD/g, '');
  // A list's bullet is not part of the value (发布机构：• 某镇), nor a byline after it (通山电视台 (编辑 某某)).
  const cell = unpadded
    .replace(/^[\s|·•●◆■▪]+/, '')
    .split('|')[0]!
    .replace(bylineAfterValue, '');
  return trimValue(cell);
}

const bylineAfterValue = /\s*[(（](责任编辑|编辑|编审|记者|作者|通讯员|审核|摄影)[^()（）]*[)）]\s*$/;

function trimValue(value: string): string {
  const trimmed = value.replace(/^[\s|]+|[\s|]+$/g, '');
  // "(作者:" leaves a lone closing bracket of the line's own bracket pair; "来源: 某镇  【打印】" an opening one.
  if (/[\s(（【[]+$/.test(trimmed) && trimmed.replace(/[\s(（【[]+$/, '') !== '') {
    return trimValue(trimmed.replace(/[\s(（【[]+$/, ''));
  }
  const unbalancedClose = /[)）】\]]$/.test(trimmed) && !/[(（【[]/.test(trimmed);
  return unbalancedClose ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/**
 * Where a line of labels goes on into sentences: the last label's value is
 * its first word, and the rest (with a sentence's 。！？) is the page's text.
 *
 *   textAfterLabels("发布日期:2024-01-16 一年来，全镇…。", hits) → { cut: 15, value: "2024-01-16" }
 */
export function textAfterLabels(text: string, hits: { label: string }[]): { cut: number; value: string } | undefined {
  const last = hits.at(-1);
  if (!last) return undefined;
  const valueStart = text.lastIndexOf(last.label) + last.label.length;
  const value = /^[\s:：]*(\S+)/.exec(text.slice(valueStart));
  if (!value) return undefined;
  const cut = valueStart + value[0].length;
  const rest = text.slice(cut).trim();
  if (!/[。！？]/.test(rest)) return undefined;
  return { cut, value: cleanValue(value[1]!) };
}
