import { describe, expect, it } from 'vitest';
import { headingsFromNumbering } from '../../scripts/converter/plugins/headings-from-numbering.ts';
import { readSpeechHeader } from '../../scripts/converter/plugins/read-speech-header.ts';
import { page, runSteps } from '../helpers/pipeline.ts';

const prose =
  '今年以来，在县委、县政府的坚强领导下，全镇上下紧紧围绕战略目标，真抓实干，砥砺奋进，全镇经济保持高质量发展。';
const headingsOf = (...lines: string[]) => runSteps(page(...lines), headingsFromNumbering).headings;

describe('headingsFromNumbering', () => {
  it('gives each numbering style the depth of its rank among the styles the document uses', () => {
    expect(
      headingsOf(
        '一、工作开展情况',
        '（一）盘活存量、做优增量，镇域经济运行平稳。',
        prose,
        '1.工业基础',
        prose,
        '二、明年工作计划',
        prose,
      ),
    ).toEqual([
      'h2 一、工作开展情况',
      'h3 （一）盘活存量、做优增量，镇域经济运行平稳。',
      'h4 1.工业基础',
      'h2 二、明年工作计划',
    ]);
  });

  it('starts at h2 with whatever style comes highest', () => {
    expect(headingsOf('（一）经济运行', prose, '1.工业', prose)).toEqual(['h2 （一）经济运行', 'h3 1.工业']);
  });

  it('keeps a numbered paragraph of several sentences a paragraph', () => {
    expect(headingsOf('一是学深主题教育。镇党委及下属31个行政村全覆盖学习。', prose)).toEqual([]);
  });

  it('ranks unnumbered section headings above numbered ones', () => {
    expect(headingsOf('今后五年发展目标任务', prose, '一、筑牢产业基座', prose)).toEqual([
      'h2 今后五年发展目标任务',
      'h3 一、筑牢产业基座',
    ]);
  });

  it('takes a short line before another heading as a heading too', () => {
    expect(headingsOf('展望2024年', '聚特色、兴产业,筑牢提质强能实线', prose)).toEqual([
      'h2 展望2024年',
      'h2 聚特色、兴产业,筑牢提质强能实线',
    ]);
  });

  it('does not take a salutation, a speaker name or a colon line for a heading', () => {
    expect(headingsOf('楼晓燕', '各位代表:', prose, '2023年我们将重点抓好五个方面的工作:', prose)).toEqual([]);
  });
});

describe('readSpeechHeader', () => {
  it('reads the meeting date and the speaker of a work report', () => {
    const { file, texts } = runSteps(
      page('——2021年12月25日在天目山镇第三届人民代表大会', '第一次会议上', '楼晓燕', '各位代表:', prose),
      readSpeechHeader,
    );
    expect(file.data.speech).toEqual({
      meeting: '——2021年12月25日在天目山镇第三届人民代表大会第一次会议上',
      date: '2021年12月25日',
      line: 1,
      speaker: '楼晓燕',
    });
    expect(texts).toHaveLength(5); // the lines stay in the document
  });

  it('reads a speaker given with a title', () => {
    const { file } = runSteps(
      page('——2024年1月8日在某某乡第十八届人民代表大会第四次会议上', '乡长 王某某', prose),
      readSpeechHeader,
    );
    expect(file.data.speech).toMatchObject({ date: '2024年1月8日', line: 1, speaker: '王某某' });
  });

  it('reads a meeting line without a date, the date on a line of its own, and a spaced name', () => {
    const { file } = runSteps(
      page('——在某某镇第四届人民代表大会第三次会议上', '某某镇镇长  王 某', '（2023年4月20日）', prose),
      readSpeechHeader,
    );
    expect(file.data.speech).toEqual({
      meeting: '——在某某镇第四届人民代表大会第三次会议上',
      date: '2023年4月20日',
      line: 3,
      speaker: '王某',
    });
  });

  it('reads nothing from an ordinary document', () => {
    expect(runSteps(page(prose), readSpeechHeader).file.data.speech).toBeUndefined();
  });
});
