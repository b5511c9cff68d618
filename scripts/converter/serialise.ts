/**
 * How the tree is written out as MDX: remark-stringify with remark-mdx, so
 * that `<` and `{` in the text are escaped, plus two escapes MDX itself needs
 * and remark-mdx does not write: a paragraph that begins with `import` or
 * `export` would be read as JavaScript, so its first letter is written as a
 * character reference (&#x69;mport).
 */
import type { Options as GfmOptions } from 'remark-gfm';
import type { Options } from 'remark-stringify';

export const STRINGIFY_OPTIONS: Options = {
  bullet: '-',
  fences: true,
  rule: '-',
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

/** Cells are not padded into columns: the padding counts a Chinese character as one column, not two. */
export const GFM_OPTIONS: GfmOptions = { tablePipeAlign: false };
