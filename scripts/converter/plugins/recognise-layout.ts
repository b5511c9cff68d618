/**
 * Decide which page layout the source has, from its header lines, before
 * anything is removed: `file.data.layout` names one of `scripts/converter/layouts/`.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { blocksOf, blockText, zoneOf } from '../helpers/source-tree.ts';
import { pickLayout } from '../layouts/index.ts';

export const recogniseLayout: Plugin<[], Root> = () => (tree, file) => {
  const headerTexts = blocksOf(tree)
    .filter((block) => zoneOf(block) === 'header')
    .map(blockText);
  file.data.layout = pickLayout(headerTexts).name;
};
