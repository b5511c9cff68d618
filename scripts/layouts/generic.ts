/**
 * Any other page. The title is the header line printed again further down
 * (pages often repeat it), else the line just above the first metadata line,
 * else the first short header line. Short lines above the title are taken
 * as the site banner.
 */
import { blockLine, blockText } from '../pipeline/source-tree.ts';
import type { Block } from '../pipeline/source-tree.ts';
import type { Layout } from './types.ts';

const maxTitleLength = 80;
const maxBannerLength = 12;
const compact = (block: Block) => blockText(block).replace(/\s/g, '');

export const generic: Layout = {
  name: 'generic',
  matches: () => true,
  findTitle({ header, metadataLines }) {
    const short = header.filter((block) => blockText(block).length <= maxTitleLength);
    const repeated = short.find((block, i) => short.slice(i + 1).some((other) => compact(other) === compact(block)));
    const firstMetadata = Math.min(...metadataLines);
    const aboveMetadata = short.filter((block) => blockLine(block) < firstMetadata).at(-1);
    const title = repeated ?? aboveMetadata ?? short[0];
    if (!title) return { title: [], banner: [] };
    const banner = header.filter(
      (block) => blockLine(block) < blockLine(title) && blockText(block).length <= maxBannerLength,
    );
    return { title: [title], banner };
  },
};
