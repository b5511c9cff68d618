/**
 * The header a government work report (政府工作报告) prints under its title:
 * the meeting it was delivered at, with the date, and the speaker. One rule
 * for the converter, which copies out its meaning (read-speech-header.ts),
 * and for the site, which gives its lines no ¶ number (pinpoint-anchors.ts).
 *
 *   findSpeechHeader(["——2021年12月25日在天目山镇第三届人民代表大会", "第一次会议上", "楼晓燕", "各位代表：", …])
 *   → { start: 0, length: 3, meeting: "——2021年12月25日在天目山镇第三届人民代表大会第一次会议上",
 *       date: "2021年12月25日", dateIndex: 0, speaker: "楼晓燕" }
 *   findSpeechHeader(["今年以来，金溪镇全面落实……", …]) → undefined
 */

export interface SpeechHeader {
  /** Index of the meeting line among the lines looked at. */
  start: number;
  /** How many lines the header spans from `start`: the meeting line, its continuation, the speaker, a date line. */
  length: number;
  /** The meeting line as printed, with the line it wraps onto. */
  meeting: string;
  /** The meeting date as printed, e.g. "2021年12月25日", on the meeting line or a line of its own. */
  date?: string;
  /** Index of the line the date is printed on (the meeting line when it has none). */
  dateIndex: number;
  speaker?: string;
}

// ——2021年12月25日在某镇第三届人民代表大会 / （2023年1月15日在某镇…会议上） / ——在某镇…会议上
// / 2019年2月26日在镇第十四届人民代表大会第三次会议 (no dash: a date, 在, and no sentence punctuation)
const MEETING_LINE =
  /^(?:[—－-]{1,2}|[(（]|(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^，,。；;]+$))\s*(?:(.{6,16}?日)\s*)?在/;
const DATE_LINE = /^[(（]?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]?$/;
// 楼晓燕 / 镇长 王 鹏 / 湖镇镇镇长  钟罗谊 / 苏家垱乡人民政府乡长  廖常伟
const SPEAKER_LINE =
  /^(?:[\u4e00-\u9fa5]{0,30}?(?:镇长|乡长|区长|县长|旗长|市长|主任|书记|人选)\s*)?([\u4e00-\u9fa5](?:\s{0,2}[\u4e00-\u9fa5]){1,3})$/;
/** The speaker and a date line follow the meeting line within this many lines. */
const FOLLOWING = 3;

/** The rest of a wrapped meeting line: 第一次会议上, 人民代表大会第七次会议上. */
function isContinuation(text: string | undefined): boolean {
  return text !== undefined && /会议上[)）]?$/.test(text) && text.length <= 30;
}

/** The speech header among the first `lookAhead` of these lines (a body's blocks, in order), if there is one. */
export function findSpeechHeader(lines: readonly string[], lookAhead = 6): SpeechHeader | undefined {
  const top = lines.slice(0, lookAhead);
  // A meeting line names a meeting, on the line itself or on the one it wraps onto.
  const start = top.findIndex(
    (text, i) => MEETING_LINE.test(text) && /会/.test(`${text}${isContinuation(top[i + 1]) ? top[i + 1] : ''}`),
  );
  if (start === -1) return undefined;
  const wrapped = isContinuation(top[start + 1]);
  const header: SpeechHeader = {
    start,
    length: wrapped ? 2 : 1,
    meeting: `${top[start]!}${wrapped ? top[start + 1]! : ''}`,
    dateIndex: start,
  };
  const printedDate = MEETING_LINE.exec(top[start]!)![1];
  if (printedDate) header.date = printedDate;
  const following = top.slice(start + 1, start + 1 + FOLLOWING);
  const speakerAt = following.findIndex((text) => SPEAKER_LINE.test(text));
  if (speakerAt !== -1) {
    header.speaker = SPEAKER_LINE.exec(following[speakerAt]!)![1]!.replace(/\s/g, '');
    header.length = Math.max(header.length, speakerAt + 2);
  }
  const datedAt = following.findIndex((text) => DATE_LINE.test(text));
  if (datedAt !== -1) {
    if (!header.date) {
      header.date = DATE_LINE.exec(following[datedAt]!)![1]!;
      header.dateIndex = start + 1 + datedAt;
    }
    header.length = Math.max(header.length, datedAt + 2);
  }
  return header;
}
