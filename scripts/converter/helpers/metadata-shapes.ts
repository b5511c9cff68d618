/**
 * Less common shapes of a page's metadata, each read from one or two lines
 * of the page header. `extract-metadata.ts` tries them where the common
 * shapes (`label: value`, a pipe-table row, a label over its value) find
 * nothing.
 *
 *   labelRowOverValues("索引号 | 发布机构 | 发布日期", "123/2024-1 | 某镇 | 2024-01-05")
 *   → [indexNumber "123/2024-1", publisher "某镇", date "2024-01-05"]
 *
 *   trailingDate("某镇召开人代会 2024-01-05 09:30:00 来源:某县新闻网")
 *   → { kept: "某镇召开人代会", labels: [date "2024-01-05 09:30:00", publisher "某县新闻网"] }
 *
 *   leadingDate("2024-04-01 10:00 来源:某县融媒体中心")
 *   → [date "2024-04-01 10:00", publisher "某县融媒体中心"]
 *
 *   unlabelledValue("• 005295135/2017-00127") → indexNumber
 *
 *   signature(["…特此报告。", "某县某镇人民政府", "2024年1月5日"]) → { publisher: "某县某镇人民政府", date: "2024年1月5日" }
 */
import { type LabelHit, labelKey, spotLabels } from './labels.ts';
import { DATE_TIME, parseDate } from './metadata-values.ts';

const cellsOf = (text: string) =>
  text
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell, i, cells) => cell !== '' || (i > 0 && i < cells.length - 1));

/** A row of label cells with their values in the same columns of the next row. */
export function labelRowOverValues(labelRow: string, valueRow: string): LabelHit[] {
  if (!labelRow.includes('|')) return [];
  const labels = cellsOf(labelRow);
  const values = cellsOf(valueRow);
  if (labels.length < 2 || labels.length !== values.length) return [];
  const keys = labels.map((cell) => labelKey(cell));
  if (keys.some((key) => key === undefined) || values.some((cell) => labelKey(cell))) return [];
  return labels.map((label, i) => ({ key: keys[i]!, label, value: values[i]! }));
}

const dateTime = DATE_TIME;
const titleThenDate = new RegExp(`^(.{4,80}?)[\\s\\u3000]+(${dateTime.source})(?:[\\s\\u3000]+(.*))?$`);

/**
 * A headline with its date (and maybe its source) after it on the same line.
 * `kept` is the headline; everything after it is metadata.
 */
export function trailingDate(text: string): { kept: string; labels: LabelHit[] } | undefined {
  const match = titleThenDate.exec(text);
  if (!match) return undefined;
  const [, kept, date, rest] = match as unknown as [string, string, string, string | undefined];
  if (spotLabels(kept).length > 0 || !parseDate(date)) return undefined;
  const labels = rest ? spotLabels(rest) : [];
  if (rest && labels.length === 0) return undefined;
  return { kept: kept.trim(), labels: [{ key: 'date', label: '', value: date }, ...labels] };
}

/** An issuing body as printed alone: 某镇人民政府, 某街道办事处, 某县融媒体中心. */
const organisationForm = /^[\u4e00-\u9fa5]{2,30}(人民政府|办事处|委员会|办公室|管委会|中心|局|所)$/;
const dateThenLabels = new RegExp(`^(${dateTime.source})[\\s\\u3000]+(.+)$`);

/**
 * A line that opens with the date and goes on with labels, under a headline
 * (2024-04-01 10:00 来源：某县融媒体中心 作者：王某), or with the issuing body
 * alone (2024-01-08 某镇人民政府): the date is the publication date.
 */
export function leadingDate(text: string): LabelHit[] {
  const match = dateThenLabels.exec(text.trim());
  if (!match || !parseDate(match[1]!)) return [];
  const date: LabelHit = { key: 'date', label: '', value: match[1]!.trim() };
  const rest = match[2]!.trim();
  if (organisationForm.test(rest)) return [date, { key: 'publisher', label: '', value: rest }];
  const labels = spotLabels(rest);
  return labels.length > 0 ? [date, ...labels] : [];
}

const bullet = /^[\s·•●◆■▪\-*]+/;
const indexNumberForm = /^[0-9A-Za-z][0-9A-Za-z-]{4,}\/\d{4}-[0-9A-Za-z]+$/;

/**
 * A value whose label the scraper lost, known by its form: an index number
 * (005295135/2017-00127), an issuing body (某镇人民政府, 某街道办事处), a date.
 * A bulleted line is read this way; a bare line only when `inBlock` (it
 * stands among such values, see extract-metadata.ts) or when it is an index
 * number, whose form nothing else has: a bare line of the page may be anything.
 */
export function unlabelledValue(text: string, inBlock = false): LabelHit | undefined {
  const bulleted = bullet.test(text);
  const value = text.replace(bullet, '').trim();
  if (!bulleted && !inBlock) return indexNumberForm.test(value) ? { key: 'indexNumber', label: '', value } : undefined;
  if (indexNumberForm.test(value)) return { key: 'indexNumber', label: '', value };
  if (organisationForm.test(value)) return { key: 'publisher', label: '', value };
  if (parseDate(value) && value.replace(dateTime, '').trim() === '') return { key: 'date', label: '', value };
  return undefined;
}

const dateOnly = (text: string) => parseDate(text) !== undefined && text.replace(dateTime, '').trim() === '';
const chineseDateOnly = /^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/;

/**
 * The signature a document closes with (落款): its issuing body over the
 * date it was signed, among the last lines of the text, maybe followed by
 * a note such as (此件公开发布).
 */
export function signature(lines: string[]): { publisher: string; date: string } | undefined {
  const last = lines
    .map((line) => line.replace(/\s/g, ''))
    .filter((line) => line !== '')
    .slice(-4);
  for (let i = last.length - 2; i >= 0; i--) {
    const [body, date] = [last[i]!, last[i + 1]!];
    if (organisationForm.test(body) && (dateOnly(date) || chineseDateOnly.test(date))) return { publisher: body, date };
  }
  return undefined;
}
