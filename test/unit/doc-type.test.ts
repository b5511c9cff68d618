import { describe, expect, it } from 'vitest';
import { docTypeOf } from '../../scripts/converter/helpers/doc-type.ts';

const untitled = (body: string, extra: { title?: string; breadcrumb?: string } = {}) =>
  docTypeOf({ title: extra.title ?? '', layout: 'generic', bodyStart: body.slice(0, 200), body, ...extra });

describe('docTypeOf, when the title names no genre', () => {
  it('takes a notice by the kind its body announces itself as', () => {
    expect(untitled('各位居民:为做好节日安全工作,现将有关事项通告如下:一、禁止燃放烟花爆竹。')).toBe('通告');
    expect(untitled('请各村认真落实。特此通知。')).toBe('通知');
  });

  it('takes a body that issues a document to its readers (现印发给你们) as a notice', () => {
    expect(untitled('各村、各站所:经研究,制定《某镇防汛应急预案》,现印发给你们,请认真执行。')).toBe('通知');
  });

  it('reads scraper pinyin glosses out of a traditional body before reading its kind', () => {
    expect(untitled('現將有關事項(xiàng)通告如下:')).toBe('通告');
  });

  it('takes a page with a photographer’s credit or a closing byline as news', () => {
    expect(untitled('镇区新貌(5月9日摄)。新华网记者 张三 摄')).toBe('新闻报道');
    expect(untitled('镇里整治人居环境,成效明显。(某某市 李四)')).toBe('新闻报道');
  });

  it('takes a headline that opens with its town and a colon as news', () => {
    expect(untitled('今年以来,该镇持续整治村庄环境。', { title: '某县某镇:以整治为基建设美丽乡村' })).toBe('新闻报道');
  });

  it('takes a page under a news channel of its breadcrumb as news', () => {
    expect(untitled('汛期来临,该镇做好防汛工作。', { breadcrumb: '首页 > 新闻频道 > 社会快讯' })).toBe('新闻报道');
    expect(untitled('秋收时节,该镇农机忙。', { breadcrumb: '乡镇动态' })).toBe('新闻报道');
    expect(untitled('汛期来临,该镇做好防汛工作。', { breadcrumb: '首页 > 政务公开 > 工作动态' })).toBe(null);
  });

  it('takes a lead dated over a span of days (12月15日-16日,) as news', () => {
    expect(untitled('2016年12月15日-16日,某镇召开第十四届人民代表大会第六次会议。')).toBe('新闻报道');
  });

  it('takes the report of a yearly disclosure by the article of the regulation it cites', () => {
    expect(
      untitled('依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,特向社会公布本乡工作情况。'),
    ).toBe('政府信息公开工作年度报告');
  });
});

describe('docTypeOf, a yearly disclosure report printed without its title', () => {
  it('knows it by the sentence that says the report is made under the regulation', () => {
    expect(untitled('根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。')).toBe(
      '政府信息公开工作年度报告',
    );
    expect(untitled('根据《中华人民共和国政府信息公开条例》等规定,发布本年度报告。')).toBe('政府信息公开工作年度报告');
    expect(untitled('现向社会公布某镇2023年度政府信息公开年度报告。')).toBe('政府信息公开工作年度报告');
  });
});

describe('docTypeOf, an interpretation printed without its title', () => {
  it('knows it by the opening that says it interprets (现就年报内容进行如下解读), before the report it interprets', () => {
    expect(untitled('《某镇2023年政府信息公开工作年度报告》已经编制完成,现就年报内容进行如下解读。')).toBe('政策解读');
  });
});

describe('docTypeOf, a title naming a genre', () => {
  it('takes a headline of someone delivering a report (某某同志作政府工作报告) as news', () => {
    expect(untitled('', { title: '王某同志作政府工作报告' })).toBe('新闻报道');
  });

  it('still takes the title’s genre over a body that mentions a notice', () => {
    expect(untitled('特此通知。', { title: '某镇2024年工作总结' })).toBe('工作总结');
  });
});
