import { describe, expect, it } from 'vitest';
import { sortStripped } from '../../scripts/converter/helpers/source-tree.ts';
import { extractMetadata } from '../../scripts/converter/plugins/extract-metadata.ts';
import { findTitle } from '../../scripts/converter/plugins/find-title.ts';
import { markZones } from '../../scripts/converter/plugins/mark-zones.ts';
import { recogniseLayout } from '../../scripts/converter/plugins/recognise-layout.ts';
import { splitRunOnParagraphs } from '../../scripts/converter/plugins/split-run-on-paragraphs.ts';
import { stripChrome } from '../../scripts/converter/plugins/strip-chrome.ts';
import { stripTitleRepeats } from '../../scripts/converter/plugins/strip-title-repeats.ts';
import type { Stripped } from '../../src/shared/report-schema.ts';
import { page, runSteps } from '../helpers/pipeline.ts';

const prose =
  '今年以来，在县委、县政府的坚强领导下，全镇上下紧紧围绕战略目标，真抓实干，砥砺奋进，全镇经济保持高质量发展。';
const header = (...lines: string[]) =>
  runSteps(
    page(...lines),
    markZones,
    recogniseLayout,
    extractMetadata,
    stripChrome,
    findTitle,
    splitRunOnParagraphs,
    stripTitleRepeats,
  );
// In source order, as the record lists them.
const reasons = (stripped: Stripped[]) => sortStripped(stripped).map(({ text, reason }) => `${reason}: ${text}`);

describe('stripChrome', () => {
  it('strips breadcrumbs, page tools, accessibility toggles and navigation around the text', () => {
    const { texts, stripped } = header(
      '无障碍 | 长者模式 | 繁體',
      '当前位置：首页 > 政务公开 > 乡镇动态',
      '某某乡2023年工作总结',
      '日期：2024-01-05',
      '【字体：大 中 小】',
      prose,
      '【打印】【关闭】',
      '上一篇：某某乡召开会议',
      '版权所有：某某县人民政府 ICP备12345678号',
    );
    expect(texts).toEqual([prose]);
    expect(reasons(stripped)).toEqual([
      'page-tools: 无障碍 | 长者模式 | 繁體',
      'breadcrumb: 当前位置：首页 > 政务公开 > 乡镇动态',
      'title: 某某乡2023年工作总结',
      'metadata: 日期：2024-01-05',
      'page-tools: 【字体：大 中 小】',
      'page-tools: 【打印】【关闭】',
      'navigation: 上一篇：某某乡召开会议',
      'copyright: 版权所有：某某县人民政府 ICP备12345678号',
    ]);
  });

  it('never strips a sentence of the body that mentions 版权', () => {
    const sentence = '加强知识产权保护，版权所有人权益得到保障。';
    expect(header('标题', '时间：2024-01-05', prose, sentence, prose).texts).toContain(sentence);
  });
});

describe('findTitle', () => {
  it('takes a title printed over two lines whole: the issuing body above, or a genre word wrapped below', () => {
    expect(
      header('某县某镇人民政府', '2023年政府信息公开工作年度报告', '发布日期：2024-01-16', prose).file.data.title,
    ).toBe('某县某镇人民政府2023年政府信息公开工作年度报告');
    expect(header('某镇2023年政府信息公开工作', '年度报告', '发布日期：2024-01-16', prose).file.data.title).toBe(
      '某镇2023年政府信息公开工作年度报告',
    );
    expect(header('某镇2023年工作总结', '某县人民政府', '发布日期：2024-01-16', prose).file.data.title).toBe(
      '某镇2023年工作总结',
    );
  });

  it("strips a mirror site's name glued before the headline as its banner", () => {
    const { file, stripped } = header('某某彩票网石门乡2023年工作总结', '发布时间：2024-01-18', prose);
    expect(file.data.title).toBe('石门乡2023年工作总结');
    expect(reasons(stripped)).toEqual(
      expect.arrayContaining(['site-banner: 某某彩票网', 'title: 石门乡2023年工作总结']),
    );
    expect(header('互联网+政务服务工作要点', '发布时间：2024-01-18', prose).file.data.title).toBe(
      '互联网+政务服务工作要点',
    );
  });

  it("never takes a photo's caption or file name for the title", () => {
    expect(header('图为会议现场', '某镇召开经济工作会议', '发布时间：2024-02-21', prose).file.data.title).toBe(
      '某镇召开经济工作会议',
    );
    expect(header('微信图片_20240206150709.jpg', '发布时间：2024-02-21', prose).file.data.title).toBeUndefined();
  });

  it("prefers a line that reads like a title to a site's name printed twice", () => {
    const { file } = header('某市人民政府', '国徽', '某市人民政府', '政府工作报告(2016年)', prose);
    expect(file.data.title).toBe('政府工作报告(2016年)');
  });

  it('reads the county-news layout: banner, breadcrumb, title', () => {
    const { file, stripped } = header(
      '温州',
      '您当前的位置 : 永嘉网 -> 正文',
      '某某镇::标题在此',
      '发布时间:2020-04-28 编辑:甲 字体:',
      prose,
    );
    expect(file.data.layout).toBe('county-news');
    expect(file.data.title).toBe('某某镇::标题在此');
    expect(reasons(stripped)).toContain('site-banner: 温州');
  });

  it('reads the source-date layout and strips the repeated title', () => {
    const { file, texts, stripped } = header(
      '政府信息公开',
      '某镇2022年工作总结',
      '来源: 某镇 发布时间: 2023-01-17 10:21',
      '某镇2022年工作总结',
      prose,
    );
    expect(file.data.layout).toBe('source-date');
    expect(file.data.title).toBe('某镇2022年工作总结');
    expect(texts).toEqual([prose]);
    expect(reasons(stripped)).toEqual(
      expect.arrayContaining(['site-banner: 政府信息公开', 'title-repeat: 某镇2022年工作总结']),
    );
  });

  it('completes a title split over two lines from the start of a flattened body', () => {
    const { file, texts } = header(
      '索引号 | X-1 | 公开方式 | 主动公开 |',
      '成文日期 | 2024-01-10 | 发布机构 | 某镇 |',
      '某镇2023年工作总结和2024',
      '|',
      `某镇2023年工作总结和2024 工作思路 ${prose}`,
    );
    expect(file.data.layout).toBe('disclosure-table');
    expect(file.data.title).toBe('某镇2023年工作总结和2024工作思路');
    expect(texts).toEqual([prose]);
  });

  it('does not take a numbered heading into the title', () => {
    const { file, texts } = header(
      '索引号 | X-1 | 公开方式 | 主动公开 |',
      '发布机构 | 某镇 | 成文日期 | 2024-01-10 |',
      '某镇工作总结',
      `某镇工作总结 一、工作开展情况 ${prose}`,
    );
    expect(file.data.title).toBe('某镇工作总结');
    expect(texts).toEqual(['一、工作开展情况', prose]);
  });

  it('finds a generic title printed again above the text', () => {
    const { file } = header(
      '某县政府门户网站',
      '某某街道2024年工作要点',
      '浏览次数：12',
      '某某街道2024年工作要点',
      prose,
    );
    expect(file.data.layout).toBe('generic');
    expect(file.data.title).toBe('某某街道2024年工作要点');
  });
});

describe('splitRunOnParagraphs', () => {
  it('splits a numbered heading from the paragraph run on after it', () => {
    const { texts } = runSteps(
      page('一、工作开展情况 今年以来，全镇上下真抓实干。 （一）经济运行 工业基础持续夯实。'),
      splitRunOnParagraphs,
    );
    expect(texts).toEqual(['一、工作开展情况', '今年以来，全镇上下真抓实干。', '（一）经济运行', '工业基础持续夯实。']);
  });

  it('splits at whitespace after a sentence end or before Chinese numbering, nowhere else', () => {
    const { texts } = runSteps(
      page(
        '全镇经济保持高质量发展。 一、工作开展情况 (一)盘活存量,做优增量。 投资 33.27亿元,完成率93.63 %。 “现代产业强镇” 的目标',
      ),
      splitRunOnParagraphs,
    );
    expect(texts).toEqual([
      '全镇经济保持高质量发展。',
      '一、工作开展情况',
      '(一)盘活存量,做优增量。',
      '投资 33.27亿元,完成率93.63 %。',
      '“现代产业强镇” 的目标',
    ]);
  });
});
