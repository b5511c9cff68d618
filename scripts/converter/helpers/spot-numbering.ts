/**
 * Spot the numbering a line of a Chinese official document starts with.
 * Syntax only: whether the line is a heading, and how deep, is decided in
 * `headings-from-numbering.ts`.
 *
 *   spotNumbering("（二）筑牢根基、迸发活力")  → { style: "cjk-paren", marker: "（二）" }
 *   spotNumbering("2023年我们将…")            → undefined (a year, not "2.")
 */

/** Numbering styles in the order of depth that official documents use them (GB/T 9704 practice). */
export const NUMBERING_STYLES = [
  'chapter', // 第一章 / 第一部分 / 第一节
  'article', // 第一条
  'cjk-comma', // 一、 / 一．
  'cjk-paren', // （一） / (一)
  'arabic-dot', // 1. / 1、 / 1．
  'arabic-paren', // （1） / (1)
  'cjk-ordinal', // 一是 / 二是
] as const;

export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

export interface Numbering {
  style: NumberingStyle;
  /** The marker as printed, e.g. "（一）". */
  marker: string;
}

const cjkNumber = '[一二三四五六七八九十百零〇两]+';

const PATTERNS: [NumberingStyle, RegExp][] = [
  // 第二十条第（一）项 cites a statute; it does not number this line.
  ['chapter', new RegExp(`^第${cjkNumber}(章|部分|节|篇)(?![第（(])[\\s　]*`)],
  ['article', new RegExp(`^第${cjkNumber}条(?![第（(之])[\\s　]*`)],
  ['cjk-comma', new RegExp(`^${cjkNumber}[、．][\\s　]*`)],
  ['cjk-paren', new RegExp(`^[（(][\\s　]*${cjkNumber}[\\s　]*[）)][\\s　、]*`)],
  ['arabic-dot', /^\d{1,2}(?:[、．]|\.(?!\d))[\s　]*/],
  ['arabic-paren', /^[（(]\d{1,2}[）)][\s　、]*/],
  ['cjk-ordinal', new RegExp(`^${cjkNumber}是[，,、：:]?`)],
];

export function spotNumbering(text: string): Numbering | undefined {
  for (const [style, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    // A marker alone is not numbering: "一、" must be followed by text.
    if (match && match[0].length < text.length) return { style, marker: match[0].trim() };
  }
  return undefined;
}
