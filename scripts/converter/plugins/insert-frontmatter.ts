/**
 * Put the validated record at the top of the tree as a YAML frontmatter node.
 *
 * YAML 1.1 quoting is used on purpose: Astro reads frontmatter with a YAML 1.1
 * parser, which would turn an unquoted 2024-01-10 into a Date and `yes` into
 * true; 1.1 quoting keeps every string a string.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import YAML from 'yaml';

export const insertFrontmatter: Plugin<[], Root> = () => (tree, file) => {
  const record = file.data.record;
  if (!record) return;
  const value = YAML.stringify(record, { version: '1.1', lineWidth: 0 }).trimEnd();
  tree.children.unshift({ type: 'yaml', value });
};
