/**
 * Any other page. The title is the header line printed again further down
 * (pages often repeat it) unless that line does not read like a title and
 * another does (a site's name printed twice), else the first line that reads like a title (a
 * year, or a genre word such as 总结 or 报告), else the line just above the
 * first metadata line, else the first short header line. Short lines above
 * the title are taken as the site banner.
 */

import type { Block } from '../helpers/source-tree.ts';
import { blockLine, blockText } from '../helpers/source-tree.ts';
import { looksLikeTitle, notATitle } from './title-lines.ts';
import type { Layout } from './types.ts';

const maxTitleLength = 80;
const maxBannerLength = 12;
const compact = (block: Block) => blockText(block).replace(/\s/g, '');

export const generic: Layout = {
  name: 'generic',
  matches: () => true,
  findTitle({ header, metadataLines }) {
    // A table of contents (目录) lists the headings the text repeats below: the title stands above it.
    const contents = header.find((block) => /^目\s*录$/.test(blockText(block).trim()));
    const short = header.filter(
      (block) =>
        blockText(block).length <= maxTitleLength &&
        !notATitle.test(blockText(block).trim()) &&
        (!contents || blockLine(block) < blockLine(contents)),
    );
    const repeated = short.find((block, i) => short.slice(i + 1).some((other) => compact(other) === compact(block)));
    const firstMetadata = Math.min(...metadataLines);
    // Without metadata lines there is no "above" to go by.
    const aboveMetadata =
      metadataLines.length > 0 ? short.filter((block) => blockLine(block) < firstMetadata).at(-1) : undefined;
    const titleLike = short.find((block) => looksLikeTitle(blockText(block)));
    // A repeated line that does not read like a title is the site's name (鹤山市人民政府 / 国徽 / 鹤山市人民政府).
    const repeatedTitle = repeated && (!titleLike || looksLikeTitle(blockText(repeated))) ? repeated : undefined;
    const title = repeatedTitle ?? titleLike ?? repeated ?? aboveMetadata ?? short[0];
    if (!title) return { title: [], banner: [] };
    const banner = header.filter(
      (block) => blockLine(block) < blockLine(title) && blockText(block).length <= maxBannerLength,
    );
    return { title: [title], banner };
  },
};
