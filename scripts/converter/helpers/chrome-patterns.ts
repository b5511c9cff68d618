/**
 * What page chrome looks like, as data: one row per kind of line a site
 * wraps around a document. A new site's widget is a new row here.
 *
 * Patterns are tested against whole lines of the page header and footer
 * (never the body core), and only lines up to `maxLength` characters long.
 */
import type { StrippedReason } from '../../../src/shared/report-schema.ts';
import { simplifiedCharacters } from './simplified.ts';

export interface ChromePattern {
  reason: StrippedReason;
  pattern: RegExp;
  maxLength: number;
}

export const CHROME_PATTERNS: ChromePattern[] = [
  { reason: 'breadcrumb', pattern: /^(您|你)?(当前|现在)?(的|所在)?位置\s*[:：]/, maxLength: 200 },
  { reason: 'breadcrumb', pattern: /^(您|你)(当前|现在)(的|所在)位置/, maxLength: 200 },
  // A section name may stand before 首页 (工作报告 首页 > 政务公开 > 工作报告).
  { reason: 'breadcrumb', pattern: /(^|\s)首页\s*(>|＞|»|›|->|\/|>>)/, maxLength: 200 },
  // A breadcrumb wrapped after 首页: 首页 / > 政务公开 > 乡镇公开目录 > 某镇, >> 政务公开 >> 计划总结,
  // or laid out as table cells: | >> 政务公开 | >> 信息公开目录 | >> 某乡 |.
  {
    reason: 'breadcrumb',
    pattern: /^首页$|^(\|\s*)?(>>?|＞|»|›)\s*[^>＞»›|]+(\s*\|?\s*(>>?|＞|»|›)\s*[^>＞»›|]+)+[\s|]*$/,
    maxLength: 200,
  },
  // A document-sharing site's banner over the file it shows: 《某镇2023年工作总结.docx》由会员分享,可在线阅读….
  { reason: 'site-banner', pattern: /^《[^》]{2,60}\.(docx?|pdf|wps|pptx?)》由会员分享/i, maxLength: 120 },
  // An open-government catalogue's header: 某某县人民政府信息公开, 政府信息公开专栏.
  { reason: 'site-banner', pattern: /^[\u4e00-\u9fa5]{0,20}信息公开(专栏|平台|目录|网)?$/, maxLength: 30 },
  { reason: 'site-banner', pattern: /欢迎您[!！]?$/, maxLength: 40 },
  { reason: 'page-tools', pattern: /^(详细信息|文件下载|附件下载|展开|收起|保存|视力保护色)\s*[:：]?$/, maxLength: 12 },
  // A newspaper's edition line: 第A06版:金湖新闻, 第二版:综合新闻 总第1234期, 刊发日期.
  {
    reason: 'edition',
    pattern: /^第?[A-Z]?[0-9０-９一二三四五六七八九十]{1,3}版\s*[:：]|总第\s*\d+\s*期/,
    maxLength: 60,
  },
  // A bare image file name (IMG_20240115_01.jpg) or an empty image link left by a scraper (![]()).
  { reason: 'image', pattern: /^(!\[\]\(\)[\s|]*|[\w.-]+\.(jpe?g|png|gif|bmp|webp))$/i, maxLength: 120 },
  // Bylines: ■通讯员 张三 李四, 记者 王五 通讯员 赵六 报道, (撰稿:…), 编辑:… 审核:….
  {
    reason: 'byline',
    pattern:
      /^[■□●◆▲\s(（]*(通讯员|记者|本报记者|融媒体记者|特约通讯员)[\s:：]|^[(（]?(撰稿|供稿|编辑|审核|校对|责编|初审|复审|终审|审签)\s*[:：][^。]*$/,
    maxLength: 60,
  },
  { reason: 'navigation', pattern: /^更多\s*(>|＞|»|›)/, maxLength: 40 },
  {
    reason: 'navigation',
    pattern: /^(上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|推荐阅读|热点推荐)\s*[:：]?/,
    maxLength: 120,
  },
  // An e-paper's calendar of issues, flattened: 12345 / 6789101112.
  { reason: 'navigation', pattern: /^\d{5,}$/, maxLength: 20 },
  { reason: 'navigation', pattern: /^(返回顶部|返回首页|网站地图|网站导航|返回列表|返回上一页)$/, maxLength: 20 },
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
      /^(无障碍浏览|无障碍|长者模式|长者专版|关怀版|适老化|读屏|语音播报|繁体|繁體|简体|簡體|English)(\s*[|/]?\s*(无障碍浏览|无障碍|长者模式|长者专版|关怀版|读屏|繁体|繁體|简体|簡體|English))*$/,
    maxLength: 60,
  },
  { reason: 'counter', pattern: /^(浏览次数|访问量|点击率|阅读次数|点击数|访问次数)\s*[:：]/, maxLength: 40 },
  // A forum's thread counters and poster card (Discuz: 查看: 120|回复: 3, 帖子, 积分, Rank: 7, [复制链接]).
  { reason: 'counter', pattern: /^查看\s*[:：]\s*\d+\s*\|\s*回复\s*[:：]\s*\d+$/, maxLength: 40 },
  { reason: 'counter', pattern: /^(主题|帖子|积分|精华|版主|超级版主|管理员|(Rank:\s*\d+)+)$/, maxLength: 40 },
  { reason: 'page-tools', pattern: /^\[复制链接\]$/, maxLength: 12 },
  { reason: 'copyright', pattern: /版权声明|版权所有|Copyright|©|\(c\)\s*\d{4}|ICP备|公网安备/i, maxLength: 300 },
];

/** A line left by a flattened table: nothing but pipes, dashes and spaces. */
export const LAYOUT_RESIDUE = /^[\s|\-+:：]+$/;

/** The reason a header or footer line is chrome, or undefined when it is not. */
const longestChrome = Math.max(...CHROME_PATTERNS.map(({ maxLength }) => maxLength));

export function chromeReason(text: string): StrippedReason | undefined {
  if (LAYOUT_RESIDUE.test(text)) return 'layout-residue';
  if (text.length > longestChrome) return undefined; // a paragraph of the text, not a widget
  const simplified = simplifiedCharacters(text); // 當前位置 and 【關閉】 are chrome too
  return CHROME_PATTERNS.find(({ pattern, maxLength }) => text.length <= maxLength && pattern.test(simplified))?.reason;
}
