/** The title of a document that prints none, read from an opening that names it. */
import { describe, expect, it } from 'vitest';
import { standInTitle, titleInContents, titleInOpening } from '../../scripts/converter/helpers/title-in-opening.ts';

describe('the title an opening names', () => {
  it('is the document a notice issues', () => {
    expect(titleInOpening('各村：现将《青山镇2024年工作要点》印发给你们，请认真贯彻落实。')).toBe(
      '青山镇2024年工作要点',
    );
    expect(titleInOpening('《政府工作报告》已经镇第五届人大第三次会议审议通过，现印发给你们。')).toBe('政府工作报告');
  });

  it('is the report that publishes itself, to its genre word', () => {
    expect(titleInOpening('根据《条例》规定,现向社会公布某市某乡2024年度政府信息公开年度报告。报告所列数据…')).toBe(
      '某市某乡2024年度政府信息公开年度报告',
    );
    expect(titleInOpening('根据《条例》要求,现将某县某镇2024年政府信息公开工作年度报告予以公开发布。')).toBe(
      '某县某镇2024年政府信息公开工作年度报告',
    );
  });

  it('is the interpretation of the document it names', () => {
    expect(titleInOpening('《某街道2025年政府信息公开工作年度报告》已经编制完成,现就年报内容进行如下解读。')).toBe(
      '《某街道2025年政府信息公开工作年度报告》解读',
    );
  });

  it('is nothing where the opening announces what follows, not a document', () => {
    expect(titleInOpening('结合本镇实际情况,现将有关事项通告如下:')).toBeNull();
    expect(titleInOpening('现将上半年工作情况报告如下：')).toBeNull();
    expect(titleInOpening('2023年，全镇上下克难攻坚。')).toBeNull();
  });
});

describe('the words that stand in for a missing title', () => {
  it('are a news lead’s first sentence, without its dateline, byline and day', () => {
    expect(
      standInTitle('云上某县报道(记者 陈某 通讯员 李某)3月2日,某镇第十九届人民代表大会第五次会议召开。会议听取…'),
    ).toBe('某镇第十九届人民代表大会第五次会议召开');
  });

  it('keep a bracket that names no reporter, and cut a long first sentence at 40 characters', () => {
    expect(standInTitle('城关镇（街道）开展春季植树活动。全镇干部…')).toBe('城关镇（街道）开展春季植树活动');
    const long = '2023年，全镇上下在县委、县政府的坚强领导下，紧紧围绕年初确定的目标任务，克难攻坚，奋力拼搏。';
    expect(standInTitle(long)).toBe(long.slice(0, 40));
  });
});

describe('the title a page’s contents name', () => {
  it('is the first entry that names a document of a year, its number left out', () => {
    const contents = ['目录', '一、部门概况', '二、2025年某镇人民政府部门预算安排情况说明', '三、名词解释'];
    expect(titleInContents(contents)).toBe('2025年某镇人民政府部门预算安排情况说明');
  });

  it('is nothing for a page that does not open with contents, or whose contents name no document', () => {
    expect(titleInContents(['一、部门概况', '二、2025年某镇人民政府部门预算安排情况说明'])).toBeNull();
    expect(titleInContents(['目 录', '一、部门概况', '二、名词解释'])).toBeNull();
  });
});
