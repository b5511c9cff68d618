import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../src/shared/keep-together.ts';

describe('names kept on one line', () => {
  it('cuts a title around the town it names', () => {
    expect(keepTogether('下各镇2023年工作总结', ['下各镇'])).toEqual([
      { text: '下各镇', whole: true },
      { text: '2023年工作总结', whole: false },
    ]);
  });

  it('keeps the longer of two overlapping names whole', () => {
    const pieces = keepTogether('永嘉县金溪镇', ['永嘉', '永嘉县', '金溪镇']);
    expect(pieces.filter(({ whole }) => whole).map(({ text }) => text)).toEqual(['永嘉县', '金溪镇']);
  });

  it('leaves a text without the names, or without names, in one piece', () => {
    expect(keepTogether('政府工作报告', ['天目山镇', null])).toEqual([{ text: '政府工作报告', whole: false }]);
    expect(keepTogether('政府工作报告', [])).toEqual([{ text: '政府工作报告', whole: false }]);
  });

  it('loses no character', () => {
    const text = '金溪镇:蹄疾步稳 金溪镇再出发';
    expect(
      keepTogether(text, ['金溪镇'])
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });
});
