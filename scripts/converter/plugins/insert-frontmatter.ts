/**
 * Put the validated record at the top of the tree as a YAML frontmatter node
 * (written as helpers/record-yaml.ts says).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { recordYaml } from '../helpers/record-yaml.ts';

export const insertFrontmatter: Plugin<[], Root> = () => (tree, file) => {
  const record = file.data.record;
  if (!record) return;
  tree.children.unshift({ type: 'yaml', value: recordYaml(record) });
};
