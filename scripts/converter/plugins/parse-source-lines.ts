/**
 * unified parser: decoded source text → mdast root, one paragraph per non-blank line.
 *
 *   "标题\n\n  正文第一段。\n"
 *   → root[ paragraph("标题" @1:1), paragraph("正文第一段。" @3:3) ]
 *
 * Blank lines and the whitespace around a line carry no characters the archive
 * must keep; everything else is in a paragraph, with its exact position.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { makeParagraph } from '../helpers/source-tree.ts';

export const parseSourceLines: Plugin<[], string, Root> = function () {
  this.parser = (text) => {
    const root: Root = { type: 'root', children: [] };
    let offset = 0;
    text.split('\n').forEach((line, index) => {
      const value = line.trim();
      if (value !== '') {
        const leading = line.length - line.trimStart().length;
        root.children.push(makeParagraph(value, index + 1, leading + 1, offset + leading));
      }
      offset += line.length + 1;
    });
    return root;
  };
};
