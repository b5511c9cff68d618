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
import { blockLine, blocksOf, blockText } from '../helpers/source-tree.ts';
import type { Speech } from '../vfile-data.ts';

// ——2021年12月25日在某镇第三届人民代表大会 / （2023年1月15日在某镇…会议上） / ——在某镇…会议上
const meetingLine = /^(?:[—－-]{1,2}|[(（])\s*(?:(.{6,16}?日)\s*)?在/;
const dateLine = /^[(（]?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]?$/;
// 楼晓燕 / 镇长 王 鹏 / 湖镇镇镇长  钟罗谊 / 苏家垱乡人民政府乡长  廖常伟
const speakerLine =
  /^(?:[\u4e00-\u9fa5]{0,30}?(?:镇长|乡长|区长|县长|旗长|市长|主任|书记|人选)\s*)?([\u4e00-\u9fa5](?:\s{0,2}[\u4e00-\u9fa5]){1,3})$/;

/** The rest of a wrapped meeting line: 第一次会议上, 人民代表大会第七次会议上. */
function isContinuation(text: string | undefined): boolean {
  return text !== undefined && /会议上[)）]?$/.test(text) && text.length <= 30;
}

export interface ReadSpeechHeaderOptions {
  /** How many blocks from the top of the body are looked at. */
  lookAhead?: number;
}

export const readSpeechHeader: Plugin<[ReadSpeechHeaderOptions?], Root> = (options = {}) => {
  const lookAhead = options.lookAhead ?? 6;
  return (tree, file) => {
    const blocks = blocksOf(tree).slice(0, lookAhead);
    const top = blocks.map(blockText);
    // A meeting line names a meeting, on the line itself or on the one it wraps onto.
    const meeting = top.findIndex(
      (text, i) => meetingLine.test(text) && /会/.test(`${text}${isContinuation(top[i + 1]) ? top[i + 1] : ''}`),
    );
    if (meeting === -1) return;
    const wrapped = isContinuation(top[meeting + 1]) ? top[meeting + 1]! : '';
    const speech: Speech = { meeting: `${top[meeting]!}${wrapped}`, line: blockLine(blocks[meeting]!) };
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
