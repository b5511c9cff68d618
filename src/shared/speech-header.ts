/**
 * The header lines of a speech (a 政府工作报告 as delivered): the date and
 * meeting line, its continuation and the speaker, which open the body but
 * are not paragraphs of the text, so they get no ¶ number. Decided from the
 * body alone, at render time: the converter keeps them as it found them.
 *
 *   speechHeaderLength(["——2021年12月25日在天目山镇第三届人民代表大会", "第一次会议上", "楼晓燕", "各位代表：", …]) → 3
 *   speechHeaderLength(["今年以来，金溪镇全面落实……", …]) → 0
 */

/** A speech's header starts with a dash line: ——2021年12月25日在……会议上. */
const DASH_LINE = /^[—－-]{1,2}\s*\S/;
/** The lines after it are short and unpunctuated: the rest of the meeting's name, the speaker. */
const HEADER_LINE_MAX = 20;
const SENTENCE_PUNCTUATION = /[。，,：:；;！？!?]/;

/** How many of the body's leading paragraphs (their texts, in order) form a speech header. */
export function speechHeaderLength(paragraphs: readonly string[]): number {
  const first = paragraphs[0]?.trim();
  if (!first || !DASH_LINE.test(first)) return 0;
  let length = 1;
  while (length < paragraphs.length) {
    const line = paragraphs[length]!.trim();
    if (line.length === 0 || line.length > HEADER_LINE_MAX || SENTENCE_PUNCTUATION.test(line)) break;
    length++;
  }
  return length;
}
