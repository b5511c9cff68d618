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
  /** The meeting date as printed, e.g. "2021年12月25日". */
  date: string;
  /** Source line of the meeting date. */
  line: number;
  speaker?: string;
}

declare module 'vfile' {
  interface DataMap {
    speech: Speech;
  }
}

const meetingLine = /^[—－-]{1,2}\s*(.{6,16}?日)\s*在/;
const speakerLine = /^(?:(?:代?(?:镇|乡)长|主任|书记)\s*)?([\u4e00-\u9fa5]{2,4})$/;

export interface ReadSpeechHeaderOptions {
  /** How many blocks from the top of the body are looked at. */
  lookAhead?: number;
}

export const readSpeechHeader: Plugin<[ReadSpeechHeaderOptions?], Root> = (options = {}) => {
  const lookAhead = options.lookAhead ?? 5;
  return (tree, file) => {
    const blocks = blocksOf(tree).slice(0, lookAhead);
    const top = blocks.map(blockText);
    const meeting = top.findIndex((text) => meetingLine.test(text));
    if (meeting === -1) return;
    const speech: Speech = { date: meetingLine.exec(top[meeting]!)![1]!, line: blockLine(blocks[meeting]!) };
    // The meeting line may wrap ("…大会" / "第一次会议上"); the speaker follows it.
    const after = top.slice(meeting + 1, meeting + 3).find((text) => speakerLine.test(text));
    if (after) speech.speaker = speakerLine.exec(after)![1];
    file.data.speech = speech;
  };
};
