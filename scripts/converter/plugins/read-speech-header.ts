/**
 * Read the header a government work report (政府工作报告) prints under its
 * title: the meeting it was delivered at, with the date, and the speaker, by
 * the rule the site shares (src/shared/speech-header.ts). The lines stay in
 * the body, since they are part of the document as published; only their
 * meaning is copied out.
 *
 *   ——2021年12月25日在天目山镇第三届人民代表大会 / 第一次会议上 / 楼晓燕
 *   → file.data.speech = { meeting: "——2021年12月25日在…第一次会议上", date: "2021年12月25日", line: 5, speaker: "楼晓燕" }
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { findSpeechHeader } from '../../../src/shared/speech-header.ts';
import { blockLine, blocksOf, blockText } from '../helpers/source-tree.ts';
import type { Speech } from './vfile-data.ts';

export interface ReadSpeechHeaderOptions {
  /** How many blocks from the top of the body are looked at. */
  lookAhead?: number;
}

export const readSpeechHeader: Plugin<[ReadSpeechHeaderOptions?], Root> = (options = {}) => {
  const lookAhead = options.lookAhead ?? 6;
  return (tree, file) => {
    const blocks = blocksOf(tree).slice(0, lookAhead);
    const header = findSpeechHeader(blocks.map(blockText), lookAhead);
    if (!header) return;
    const speech: Speech = { meeting: header.meeting, line: blockLine(blocks[header.dateIndex]!) };
    if (header.date) speech.date = header.date;
    if (header.speaker) speech.speaker = header.speaker;
    file.data.speech = speech;
  };
};
