/**
 * A text cut around the names that must not break across lines (a town's
 * name, an index number), so a page can put each in a span that keeps it on
 * one line: 下各|镇 reads as two words.
 *
 *   keepTogether("下各镇2023年工作总结", ["下各镇"]) → [{ text: "下各镇", whole: true }, { text: "2023年工作总结", whole: false }]
 */
export interface TextPiece {
  text: string;
  /** A name to keep on one line. */
  whole: boolean;
}

export function keepTogether(text: string, names: readonly (string | null | undefined)[]): TextPiece[] {
  const wanted = [...new Set(names.filter((name): name is string => Boolean(name)))];
  if (wanted.length === 0) return [{ text, whole: false }];
  // Longest first, so 永嘉县 is not cut by a shorter name inside it.
  const pattern = new RegExp(
    wanted
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), whole: false });
    pieces.push({ text: match[0], whole: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), whole: false });
  return pieces;
}
