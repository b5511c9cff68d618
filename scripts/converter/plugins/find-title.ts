/**
 * Take the title (and the site banner above it) out of the page header,
 * as the recognised layout says where they stand.
 *
 *   政府信息公开 / 弼时镇2022年工作总结及2023年工作规划 (source-date layout)
 *   → stripped: site-banner "政府信息公开", title "弼时镇…"; file.data.title = "弼时镇…"
 *
 * A title printed over two lines is taken whole, and a mirror site's name
 * glued before it is stripped as its banner.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { pinyinGloss } from '../helpers/place-names.ts';
import {
  type Block,
  blockLine,
  blocksOf,
  blockText,
  stripBlocks,
  stripPrefix,
  zoneOf,
} from '../helpers/source-tree.ts';
import { LAYOUTS, type TitleBlocks } from '../layouts/index.ts';
import { joinLines, notATitle } from '../layouts/title-lines.ts';

export const findTitle: Plugin<[], Root> = () => (tree, file) => {
  const layout = LAYOUTS.find(({ name }) => name === file.data.layout) ?? LAYOUTS.at(-1)!;
  const header = blocksOf(tree).filter((block) => zoneOf(block) === 'header');

  // A page that labels its title (标题: / 信息名称:) says what it is; the headline, if printed too, is that title.
  const labelled = file.data.labels?.find((label) => label.key === 'title' && label.value !== '')?.value;
  if (labelled) {
    file.data.title = labelled;
    const printed = header.filter((block) => compact(blockText(block)) === compact(labelled));
    stripBlocks(tree, file, printed, 'title');
    return;
  }

  const { title, banner } =
    headlineOf(header, file.data.headline) ??
    layout.findTitle({
      header,
      metadataLines: file.data.metadataLines ?? [],
      breadcrumbLines: file.data.breadcrumbLines ?? [],
    });
  if (title.length === 0) return;
  const whole = wholeTitle(header, title);
  // A mirror site glues its own name before the headline (某某彩票网石门乡2023年工作总结).
  const glued = whole.length === 1 ? gluedPrefix.exec(blockText(whole[0]!))?.[1] : undefined;
  if (glued) stripPrefix(file, whole[0]!, glued.length, 'site-banner');
  // A forum prints the board before a thread's title ([本地资讯] 某镇…): where the page sits, as a breadcrumb.
  const board = whole.length === 1 && !glued ? forumBoard.exec(blockText(whole[0]!))?.[0] : undefined;
  if (board) stripPrefix(file, whole[0]!, board.length, 'breadcrumb');
  // A title cell of a flattened table keeps its pipe (某乡2023年度报告 |): not part of the title.
  file.data.title = tidyTitle(joinLines(whole.map((block) => blockText(block).replace(/[\s|]+$/, ''))));
  stripBlocks(
    tree,
    file,
    banner.filter((block) => !whole.includes(block)),
    'site-banner',
  );
  stripBlocks(tree, file, whole, 'title');
};

const forumBoard = /^\[[\u4e00-\u9fa5]{2,8}\]\s*/;

/** Provinces by the short names mirror sites put before a headline: (内蒙古)2022年某旗政府工作报告(全文). */
const regionTag =
  /^[(（](北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)[)）]\s*/;

/**
 * A headline as the document names itself: without a scraper's pinyin glosses (鎮(zhèn)), a mirror
 * site's province tag and (全文), or a shared file's extension (某镇2024年工作总结.docx).
 */
function tidyTitle(title: string): string {
  const tidied = title
    .replace(pinyinGloss, '')
    .replace(regionTag, '')
    .replace(/\s*[(（]全文[)）]$/, '')
    .replace(/\.(docx?|pdf|wps|pptx?)(VIP)?$/i, '')
    .trim();
  return tidied === '' ? title : tidied;
}

const genreEnd =
  /(报告|总结|计划|规划|要点|方案|通知|通告|公告|情况|情况说明|纪要|决议|决定|公报|意见|办法|安排|预算|决算)$/;
const issuer = /^[\u4e00-\u9fa5]{4,30}(人民政府|办事处)$/;
/** Site text before a place, a year and the rest of a headline: the name of a mirror site or its slogan. */
const gluedPrefix =
  /^(.{2,30}(?:网|百科|直播|体育|彩票|娱乐|官网|平台|助力))(?=[\u4e00-\u9fa5]{1,15}(?:镇|乡|街道|苏木)(?:人民政府|办事处)?\d{4}年)/;

/**
 * A title printed over two lines: the issuing body above the year and genre
 * (某县某镇人民政府 / 2023年政府信息公开工作年度报告), or a genre word that
 * wrapped onto the next line (某镇2023年政府信息公开工作 / 年度报告).
 */
function wholeTitle(header: Block[], title: Block[]): Block[] {
  if (title.length !== 1) return title;
  const block = title[0]!;
  const at = header.indexOf(block);
  const text = blockText(block).trim();
  const above = header[at - 1];
  const below = header[at + 1];
  const adjacent = (other: Block | undefined): other is Block =>
    other !== undefined && Math.abs(blockLine(other) - blockLine(block)) === 1;
  if (adjacent(above) && issuer.test(blockText(above).trim()) && /^\d{4}年/.test(text) && genreEnd.test(text)) {
    return [above, block];
  }
  const next = below ? blockText(below).trim() : '';
  // A section heading under the title (一、2024年财政预算执行情况) is not the title's second line.
  const wrapped = next.length <= 20 && genreEnd.test(next) && !/[，,。：:]/.test(next) && !notATitle.test(next);
  if (adjacent(below) && !genreEnd.test(text) && wrapped) {
    return [block, below];
  }
  return title;
}

/**
 * An HTML page's `<title>` names its headline: that line of the header is the
 * title, and what is left above it (menus, the site's name) is its banner.
 */
function headlineOf(header: Block[], headline: string | null | undefined): TitleBlocks | undefined {
  if (!headline) return undefined;
  const index = header.findIndex((block) => blockText(block) === headline);
  if (index < 0) return undefined;
  return { title: [header[index]!], banner: header.slice(0, index) };
}

const compact = (text: string) => text.replace(/\s/g, '');
