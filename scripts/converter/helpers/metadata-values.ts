/**
 * What label values mean: dates in the many ways pages write them.
 *
 *   parseDate("2024年04月06日 16:40")       → { date: "2024-04-06" }
 *   parseDate("２０２３年１月１７日")          → { date: "2023-01-17" }
 *   parseDate("二〇二三年一月十七日")          → { date: "2023-01-17" }
 *   parseDate("2024-13-45")                 → { impossible: "2024-13-45" }
 *   parseDate("长期")                        → undefined
 */

export type ParsedDate = { date: string } | { impossible: string };

/** A date as label values print it, with the time of day it may carry: 2024-01-08, 2024年1月8日 09:30. */
export const DATE_TIME = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/;

const datePattern = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const chineseDatePattern =
  /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;
const chineseDigits = '〇一二三四五六七八九';

export function parseDate(value: string): ParsedDate | undefined {
  const text = toHalfWidthDigits(value);
  const match = datePattern.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]), match[0].trim());
  const chinese = chineseDatePattern.exec(text);
  if (chinese) {
    const year = Number([...chinese[1]!].map((c) => (c === '零' ? 0 : chineseDigits.indexOf(c))).join(''));
    return checked(year, chineseNumber(chinese[2]!), chineseNumber(chinese[3]!), chinese[0]);
  }
  return undefined;
}

/**
 * The date a news lead opens with, after its dateline if it has one: a
 * page that prints no date often gives it only there.
 *
 *   dateInLead("2024年2月20日上午，某乡召开…")          → "2024-02-20"
 *   dateInLead("某县新闻网讯（通讯员 王某）2024年2月20日，…") → "2024-02-20"
 *   dateInLead("本报告统计期限自2024年1月1日起…")        → undefined (not at the opening)
 */
export function dateInLead(text: string): string | undefined {
  const lead = /^(?:[^\s，,。]{0,12}(?:讯|消息)\s*(?:[(（][^)）]{0,30}[)）])?\s*)?(\d{4}年\d{1,2}月\d{1,2}日)/.exec(
    toHalfWidthDigits(text.trimStart()),
  );
  const parsed = lead ? parseDate(lead[1]!) : undefined;
  return parsed && 'date' in parsed ? parsed.date : undefined;
}

/**
 * A date in a page address, in the shapes publishing systems write it:
 * /art/2024/1/10/, /system/2020/04/28/, /2023-01-17/, /2024/0315/,
 * /202402/t20240204_…, /content/202201/14/, /20240304/.
 * A month alone (/202405/) is not a date.
 */
export function dateInUrl(url: string): string | undefined {
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  })();
  const year = '((?:19|20)\\d{2})';
  const shapes = [
    new RegExp(`/${year}[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$)`), // /2024/1/10/, /2024-12-12/
    new RegExp(`/${year}/(\\d{2})(\\d{2})/`), // /2024/0315/
    new RegExp(`/${year}(\\d{2})/(\\d{2})/`), // /content/202201/14/
    new RegExp(`/t${year}(\\d{2})(\\d{2})_`), // /202402/t20240204_6529902.html
    new RegExp(`/${year}(\\d{2})(\\d{2})/`), // /20240304/
    new RegExp(`/${year}(\\d{2})(\\d{2})\\d{6,}\\.\\w+$`), // /20250126175955853.html: a time stamp
  ];
  for (const shape of shapes) {
    const match = shape.exec(path);
    if (!match) continue;
    const parsed = checked(Number(match[1]), Number(match[2]), Number(match[3]), match[0]);
    if ('date' in parsed) return parsed.date;
  }
  return undefined;
}

export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function checked(year: number, month: number, day: number, printed: string): ParsedDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1949 || year > 2100) return { impossible: printed };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${year}-${pad(month)}-${pad(day)}` };
}

function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string | undefined) => (c ? chineseDigits.indexOf(c) : 0);
  return (text.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + digit(ones);
}
