import { describe, expect, it } from 'vitest';
import { blocksOf, zoneOf } from '../../scripts/converter/helpers/source-tree.ts';
import { extractMetadata } from '../../scripts/converter/plugins/extract-metadata.ts';
import { markZones } from '../../scripts/converter/plugins/mark-zones.ts';
import { page, runSteps } from '../helpers/pipeline.ts';

const prose =
  '今年以来，在县委、县政府的坚强领导下，全镇上下紧紧围绕战略目标，真抓实干，砥砺奋进，全镇经济保持高质量发展。';

describe('markZones', () => {
  it('puts short lines before the first prose in the header and after the last in the footer', () => {
    const { tree } = runSteps(
      page('某某镇工作总结', '发布时间：2024-01-16', prose, '一、小标题', prose, '【打印】【关闭】'),
      markZones,
    );
    expect(blocksOf(tree).map(zoneOf)).toEqual(['header', 'header', 'core', 'core', 'core', 'footer']);
  });

  it('does not count a long copyright notice or a long label line as prose', () => {
    const notice =
      '【版权声明】：本平台所有原创作品版权归某县融媒体中心所有，如需转载请联系，若未经本单位同意，擅自转载的，将保留追究法律责任的权利。';
    const lead = `核心提示：${prose}`;
    const { tree } = runSteps(page(lead, prose, notice), markZones);
    expect(blocksOf(tree).map(zoneOf)).toEqual(['header', 'core', 'footer']);
  });
});

describe('extractMetadata', () => {
  const extract = (...lines: string[]) => {
    const result = runSteps(page(...lines, prose), markZones, extractMetadata);
    return { ...result, labels: (result.file.data.labels ?? []).map(({ key, value, line }) => [key, value, line]) };
  };

  it('strips a pipe table and keeps its values', () => {
    const { labels, texts, stripped } = extract(
      '索引号 | 002508879/2022-81382 | 公开方式 | 主动公开 |',
      '发布单位 | 天目山镇 | 发文日期 | 2022-05-05 |',
    );
    expect(labels).toEqual([
      ['indexNumber', '002508879/2022-81382', 1],
      ['disclosure', '主动公开', 1],
      ['publisher', '天目山镇', 2],
      ['date', '2022-05-05', 2],
    ]);
    expect(texts).toEqual([prose]);
    expect(stripped.map(({ line, reason }) => [line, reason])).toEqual([
      [1, 'metadata'],
      [2, 'metadata'],
    ]);
  });

  it('reads labels set apart by spaces, and a date-then-source line under the headline, in the header only', () => {
    const { labels, texts } = extract(
      '信息索引号 1144/2024-00012 生成日期 2024-01-18 发布机构 某乡人民政府',
      '某乡召开经济工作会议',
      '2024-04-01 10:00 来源：某县融媒体中心',
    );
    expect(labels).toEqual([
      ['indexNumber', '1144/2024-00012', 1],
      ['date', '2024-01-18', 1],
      ['publisher', '某乡人民政府', 1],
      ['date', '2024-04-01 10:00', 3],
      ['publisher', '某县融媒体中心', 3],
    ]);
    expect(texts).toEqual(['某乡召开经济工作会议', prose]);
  });

  it('keeps as text what a label line runs on into, and drops a bullet below a bare label', () => {
    const { labels, texts } = extract('发布机构', '• 某乡人民政府', `发布日期:2024-01-16 ${prose}`);
    expect(labels).toEqual([
      ['publisher', '某乡人民政府', 1],
      ['date', '2024-01-16', 3],
    ]);
    expect(texts).toEqual([prose, prose]);
  });

  it('reads a label on one line and its value on the next', () => {
    const { labels, texts } = extract('标题', '发布日期', '2024-01-16', '信息来源：', '某某街道办事处');
    expect(labels).toEqual([
      ['date', '2024-01-16', 2],
      ['publisher', '某某街道办事处', 4],
    ]);
    expect(texts).toEqual(['标题', prose]);
  });

  it('reads an index number standing alone, and the issuing body and date just under it', () => {
    const { labels, texts } = extract('某镇2023年工作总结', '11370104XU/2023-5407598', '某镇人民政府', '2023-01-16');
    expect(labels).toEqual([
      ['indexNumber', '11370104XU/2023-5407598', 2],
      ['publisher', '某镇人民政府', 3],
      ['date', '2023-01-16', 4],
    ]);
    expect(texts).toEqual(['某镇2023年工作总结', prose]);
  });

  it('reads a date-then-issuer line under the headline, with no labels', () => {
    const { labels } = extract('某镇召开安全生产工作会议', '2024-03-08  某镇人民政府');
    expect(labels).toEqual([
      ['date', '2024-03-08', 2],
      ['publisher', '某镇人民政府', 2],
    ]);
  });

  it('gives no value to an empty label over the headline', () => {
    const { labels, texts } = extract('• 统一编号:', '某镇2024年工作总结');
    expect(labels).toEqual([['otherMetadata', '', 1]]);
    expect(texts).toEqual(['某镇2024年工作总结', prose]);
  });

  it('reads a bullet list of labels', () => {
    const { labels } = extract('· 索引号：ABC-2024-001', '· 生成日期：2024-03-01', '· 所属机构：某某乡人民政府');
    expect(labels).toEqual([
      ['indexNumber', 'ABC-2024-001', 1],
      ['date', '2024-03-01', 2],
      ['publisher', '某某乡人民政府', 3],
    ]);
  });

  it('calls a line of nothing but counters a counter, not metadata', () => {
    const { stripped } = extract('访问量：1024');
    expect(stripped).toEqual([{ line: 1, column: 1, text: '访问量：1024', reason: 'counter' }]);
  });

  it('leaves label-like sentences in the body core alone', () => {
    const { texts } = runSteps(page(prose, '来源：某某镇统计站', prose), markZones, extractMetadata);
    expect(texts).toContain('来源：某某镇统计站');
  });
});
