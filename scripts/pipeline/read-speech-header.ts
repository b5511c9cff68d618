/**
 * Read the header a government work report (政府工作报告) prints under its
 * title: the meeting it was delivered at, with the date, and the speaker.
 * The lines stay in the body, since they are part of the document as
 * published; only their meaning is copied out.
 *
 *   ——2021年12月25日在天目山镇第三届人民代表大会 / 第一次会议上 / 楼晓燕
 *   → file.data.speech = { date: "2021年12月25日", line: 5, speaker: "楼晓燕" }
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { blockLine, blocksOf, blockText } from './source-tree.ts';

export interface Speech {
  /** The meeting line as printed, e.g. "——2021年12月25日在天目山镇第三届人民代表大会". */
  meeting: string;
  /** The meeting date as printed, e.g. "2021年12月25日", on the meeting line or a line of its own. */
  date?: string;
  /** Source line of the meeting date. */
  line: number;
  speaker?: string;
}

declare module 'vfile' {
  interface DataMap {
    speech: Speech;
  }
}

const meetingLine = /^[—－-]{1,2}\s*(?:(.{6,16}?日)\s*)?在.*(人民代表大会|人代会|会议|大会)/;
const dateLine = /^[(（]?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]?$/;
// 楼晓燕 / 镇长 王 鹏 / 湖镇镇镇长  钟罗谊 / 苏家垱乡人民政府乡长  廖常伟
const speakerLine =
  /^(?:[\u4e00-\u9fa5]{0,30}?(?:镇长|乡长|区长|县长|旗长|市长|主任|书记|人选)\s*)?([\u4e00-\u9fa5](?:\s{0,2}[\u4e00-\u9fa5]){1,3})$/;

export interface ReadSpeechHeaderOptions {
  /** How many blocks from the top of the body are looked at. */
  lookAhead?: number;
}

export const readSpeechHeader: Plugin<[ReadSpeechHeaderOptions?], Root> = (options = {}) => {
  const lookAhead = options.lookAhead ?? 6;
  return (tree, file) => {
    const blocks = blocksOf(tree).slice(0, lookAhead);
    const top = blocks.map(blockText);
    const meeting = top.findIndex((text) => meetingLine.test(text));
    if (meeting === -1) return;
    const speech: Speech = { meeting: top[meeting]!, line: blockLine(blocks[meeting]!) };
    const printedDate = meetingLine.exec(top[meeting]!)![1];
    if (printedDate) speech.date = printedDate;
    // The meeting line may wrap ("…大会" / "第一次会议上"); the speaker and a date line follow it.
    const following = blocks.slice(meeting + 1, meeting + 4);
    const after = following.map(blockText).find((text) => speakerLine.test(text));
    if (after) speech.speaker = speakerLine.exec(after)![1]!.replace(/\s/g, '');
    const dated = following.find((block) => dateLine.test(blockText(block)));
    if (!speech.date && dated) {
      speech.date = dateLine.exec(blockText(dated))![1]!;
      speech.line = blockLine(dated);
    }
    file.data.speech = speech;
  };
};
