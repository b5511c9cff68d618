/**
 * What page chrome looks like, as data: one row per kind of line a site
 * wraps around a document. A new site's widget is a new row here.
 *
 * Patterns are tested against whole lines of the page header and footer
 * (never the body core), and only lines up to `maxLength` characters long.
 */
import type { StrippedReason } from '../../src/schemas/report.ts';
import { toSimplified } from './simplified.ts';

export interface ChromePattern {
  reason: StrippedReason;
  pattern: RegExp;
  maxLength: number;
}

export const CHROME_PATTERNS: ChromePattern[] = [
  {
    reason: 'breadcrumb',
    pattern: /^(您当前的位置|您现在的位置|当前位置|您的位置|你的位置|所在位置)\s*[:：]?/,
    maxLength: 200,
  },
  { reason: 'breadcrumb', pattern: /^首页\s*(>|＞|»|›|->|\/)/, maxLength: 200 },
  { reason: 'navigation', pattern: /^更多\s*(>|＞|»|›)/, maxLength: 40 },
  {
    reason: 'navigation',
    pattern: /^(上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|推荐阅读|热点推荐)\s*[:：]?/,
    maxLength: 120,
  },
  { reason: 'navigation', pattern: /^(返回顶部|返回首页|网站地图|网站导航)$/, maxLength: 20 },
  {
    reason: 'page-tools',
    pattern: /【\s*(打印|关闭|关闭窗口|打印本页|收藏|纠错)\s*】|\[\s*(打印|关闭)\s*\]|^(打印本页|关闭窗口|打印|关闭)$/,
    maxLength: 60,
  },
  { reason: 'page-tools', pattern: /^(分享|分享到)\s*[:：]?[\s|]*$/, maxLength: 30 },
  {
    reason: 'page-tools',
    pattern: /(字体|字号)\s*[:：]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小/,
    maxLength: 60,
  },
  {
    reason: 'page-tools',
    pattern:
      /^(无障碍|无障碍浏览|长者模式|关怀版|适老化|读屏|语音播报|繁体|繁體|简体|簡體|English)(\s*[|/]\s*(无障碍|长者模式|关怀版|读屏|繁体|繁體|简体|簡體|English))*$/,
    maxLength: 60,
  },
  { reason: 'counter', pattern: /^(浏览次数|访问量|点击率|阅读次数|点击数|访问次数)\s*[:：]/, maxLength: 40 },
  { reason: 'copyright', pattern: /版权声明|版权所有|Copyright|©|\(c\)\s*\d{4}|ICP备|公网安备/i, maxLength: 300 },
];

/** A line left by a flattened table: nothing but pipes, dashes and spaces. */
export const LAYOUT_RESIDUE = /^[\s|\-+:：]+$/;

/** The reason a header or footer line is chrome, or undefined when it is not. */
export function chromeReason(text: string): StrippedReason | undefined {
  if (LAYOUT_RESIDUE.test(text)) return 'layout-residue';
  const simplified = toSimplified(text); // 當前位置 and 【關閉】 are chrome too
  return CHROME_PATTERNS.find(({ pattern, maxLength }) => text.length <= maxLength && pattern.test(simplified))?.reason;
}
