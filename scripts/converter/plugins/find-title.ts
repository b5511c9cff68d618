/**
 * Take the title (and the site banner above it) out of the page header,
 * as the recognised layout says where they stand.
 *
 *   政府信息公开 / 弼时镇2022年工作总结及2023年工作规划 (source-date layout)
 *   → stripped: site-banner "政府信息公开", title "弼时镇…"; file.data.title = "弼时镇…"
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { type Block, blocksOf, blockText, stripBlocks, zoneOf } from '../helpers/source-tree.ts';
import { LAYOUTS, type TitleBlocks } from '../layouts/index.ts';
import { joinLines } from '../layouts/title-lines.ts';

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
  // A title cell of a flattened table keeps its pipe (某乡2023年度报告 |): not part of the title.
  file.data.title = joinLines(title.map((block) => blockText(block).replace(/[\s|]+$/, '')));
  stripBlocks(tree, file, banner, 'site-banner');
  stripBlocks(tree, file, title, 'title');
};

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
