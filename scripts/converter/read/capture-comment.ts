/**
 * Provenance a saving tool wrote into the page itself: the address it was
 * saved from and, where the tool says, when.
 *
 *   <!--
 *    Page saved with SingleFile
 *    url: https://www.example.gov.cn/art/2024/1/10/art_1.html
 *    saved date: Wed Jan 10 2024 16:40:00 GMT+0800 (中国标准时间)
 *   -->
 *   → { url: "https://www.example.gov.cn/art/2024/1/10/art_1.html", captured: "2024-01-10T08:40:00.000Z" }
 *
 *   <!-- saved from url=(0043)https://www.example.gov.cn/art/1.html -->   (Chrome, IE, wget's "Save as")
 *   → { url: "https://www.example.gov.cn/art/1.html", captured: null }
 */
import type { Root, RootContent } from 'hast';

export interface CaptureComment {
  url: string | null;
  /** When the page was saved, as an ISO 8601 date-time in UTC. */
  captured: string | null;
}

const singleFile = /Page saved with SingleFile\s+url:\s*(\S+)(?:\s+saved date:\s*([^\n(]+))?/;
// The number in brackets is the address's length, written by the tool.
const savedFrom = /saved from url=\(\d+\)(\S+)/;

/** The first capture comment of a page, or undefined when no tool left one. */
export function readCaptureComment(tree: Root): CaptureComment | undefined {
  for (const comment of commentsOf(tree)) {
    const single = singleFile.exec(comment);
    if (single) return { url: webAddress(single[1]!), captured: single[2] ? isoDateTime(single[2]) : null };
    const saved = savedFrom.exec(comment);
    if (saved) return { url: webAddress(saved[1]!), captured: null };
  }
  return undefined;
}

function commentsOf(node: Root | RootContent): string[] {
  if (node.type === 'comment') return [node.value];
  if (node.type !== 'root' && node.type !== 'element') return [];
  return node.children.flatMap(commentsOf);
}

/** Only http(s) addresses are provenance; `about:blank` or a local file path is not. */
function webAddress(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** SingleFile writes the browser's Date string ("Wed Jan 10 2024 16:40:00 GMT+0800"); its offset is kept. */
function isoDateTime(text: string): string | null {
  const match = /^\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{2})(\d{2})/.exec(text.trim());
  if (!match) return null;
  const [, month, day, year, hours, minutes, seconds, offsetHours, offsetMinutes] = match;
  const monthIndex = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(
    month!,
  );
  if (monthIndex < 0) return null;
  const local = Date.UTC(Number(year), monthIndex, Number(day), Number(hours), Number(minutes), Number(seconds));
  const sign = offsetHours!.startsWith('-') ? -1 : 1;
  const offset = sign * (Math.abs(Number(offsetHours)) * 60 + Number(offsetMinutes)) * 60_000;
  return new Date(local - offset).toISOString();
}
