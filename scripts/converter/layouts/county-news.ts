/**
 * A county news site (融媒体中心): site banner, breadcrumb, title, then a
 * `发布时间:… 编辑:… 字体:` line.
 *
 *   温州 / 您当前的位置 : 永嘉网 -> … -> 正文 / 巽宅镇::砥砺奋进新时代 … / 发布时间:2020-04-28 …
 *   banner  (breadcrumb)                        title
 */

import { CHROME_PATTERNS } from '../helpers/chrome-patterns.ts';
import { blockLine } from '../helpers/source-tree.ts';
import type { Layout } from './types.ts';

const breadcrumbPatterns = CHROME_PATTERNS.filter(({ reason }) => reason === 'breadcrumb');
const isBreadcrumb = (text: string) => breadcrumbPatterns.some(({ pattern }) => pattern.test(text));

export const countyNews: Layout = {
  name: 'county-news',
  matches: (texts) => texts.some(isBreadcrumb) && texts.some((text) => /^发布时间\s*[:：]/.test(text)),
  findTitle({ header, breadcrumbLines }) {
    const crumb = Math.min(...breadcrumbLines);
    const title = header.find((block) => blockLine(block) > crumb);
    return {
      title: title ? [title] : [],
      banner: header.filter((block) => blockLine(block) < crumb),
    };
  },
};
