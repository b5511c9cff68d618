import { describe, expect, it } from 'vitest';
import {
  foldLabel,
  isBareLabel,
  labelKey,
  spotLabels,
  spotSpacedLabels,
  spotTableLabels,
  textAfterLabels,
} from '../../scripts/converter/helpers/labels.ts';

const pairs = (text: string) => spotLabels(text).map(({ key, value }) => [key, value]);

describe('spotLabels', () => {
  it('leaves a list bullet out of a value', () => {
    expect(pairs('• 发布机构：• 某镇人民政府')).toEqual([['publisher', '某镇人民政府']]);
  });

  it('reads several label: value pairs on one line', () => {
    expect(pairs('来源: 弼时镇 发布时间: 2023-01-17 10:21 浏览次数: 1')).toEqual([
      ['publisher', '弼时镇'],
      ['date', '2023-01-17 10:21'],
      ['counter', '1'],
    ]);
  });

  it('reads labels run together with empty values', () => {
    expect(pairs('发布时间:2024-02-22 作者:编辑:郑万云来源: 字体:')).toEqual([
      ['date', '2024-02-22'],
      ['author', ''],
      ['editor', '郑万云'],
      ['publisher', ''],
      ['pageTools', ''],
    ]);
  });

  it('prefers the longest label: 信息来源 over 来源, 责任编辑 over 编辑', () => {
    expect(spotLabels('信息来源：下各镇 责任编辑：王五').map(({ label }) => label)).toEqual(['信息来源', '责任编辑']);
  });

  it('accepts full-width colons, bullets and brackets before the first label', () => {
    expect(pairs('· 发布日期：2024-01-16')).toEqual([['date', '2024-01-16']]);
    expect(pairs('(作者:')).toEqual([['author', '']]);
  });

  it('reads traditional-character labels', () => {
    expect(pairs('發佈時間：2023年1月17日 來源：某某鄉')).toEqual([
      ['date', '2023年1月17日'],
      ['publisher', '某某鄉'],
    ]);
  });

  it('ignores a sentence that merely contains a label', () => {
    expect(spotLabels('资金来源:县财政拨款,今年以来共完成投资。')).toEqual([]);
    expect(spotLabels('今年以来，时间：紧任务重')).toEqual([]);
  });

  it('reads a label in brackets as a label and its colon, alone on its line', () => {
    expect(pairs('[ 发布机构 ] 某县某镇人民政府')).toEqual([['publisher', '某县某镇人民政府']]);
    expect(pairs('【索引号】123/2024-00001')).toEqual([['indexNumber', '123/2024-00001']]);
    expect(pairs('[ 发布日期 ]')).toEqual([['date', '']]);
    expect(pairs('[图片] 某镇全景')).toEqual([]);
  });

  it('reads past a host name printed before the labels', () => {
    expect(pairs('www.example.gov.cn 发布时间:2026-01-22 来源:某区某镇')).toEqual([
      ['date', '2026-01-22'],
      ['publisher', '某区某镇'],
    ]);
  });

  it('takes a bare date after a value as the date, not part of the value', () => {
    expect(pairs('来源:某镇   2022-09-28 20:14')).toEqual([
      ['publisher', '某镇'],
      ['date', '2022-09-28 20:14'],
    ]);
  });

  it('reads a label glued to its value on a list line', () => {
    expect(pairs('- 索引号abc/2025-00001')).toEqual([['indexNumber', 'abc/2025-00001']]);
    expect(pairs('- 发布机构某市某镇')).toEqual([['publisher', '某市某镇']]);
    expect(pairs('- 来源于群众的意见，我们逐条办理。')).toEqual([]);
  });

  it('reads a label table flattened without colons, when every word of the row opens with a label', () => {
    expect(pairs('索引号000123/2024-00045')).toEqual([['indexNumber', '000123/2024-00045']]);
    expect(pairs('发文机关某镇人民政府 主题词')).toEqual([
      ['publisher', '某镇人民政府'],
      ['otherMetadata', ''],
    ]);
    expect(pairs('主题分类其它 发布日期2024-01-10')).toEqual([
      ['category', '其它'],
      ['date', '2024-01-10'],
    ]);
    expect(pairs('标题2023年政府信息公开工作年度报告')).toEqual([['title', '2023年政府信息公开工作年度报告']]);
  });

  it('reads a forum post’s date after 发表于, which takes no colon', () => {
    expect(pairs('发表于 2023-9-28 08:15:42 来自手机 | 显示全部楼层 |阅读模式')).toEqual([['date', '2023-9-28']]);
    expect(pairs('发表于本地报纸的文章')).toEqual([]);
  });

  it('does not read prose that opens with a label word as a glued label', () => {
    expect(pairs('发布机构某市某镇')).toEqual([]);
    expect(pairs('信息来源渠道不断拓宽')).toEqual([]);
    expect(pairs('发布机构 负责审核')).toEqual([]);
  });

  it('knows the labels of other publishing systems: 备注/文号, 公文生成日期, 信息发布单位', () => {
    expect(pairs('- 备注/文号:某政〔2025〕1号')).toEqual([['docNumber', '某政〔2025〕1号']]);
    expect(pairs('- 公文生成日期:2025-01-07')).toEqual([['date', '2025-01-07']]);
    expect(pairs('信息发布单位:某镇人民政府')).toEqual([['publisher', '某镇人民政府']]);
    expect(pairs('供稿单位：某镇 发布时间：2024-01-01')).toEqual([
      ['publisher', '某镇'],
      ['date', '2024-01-01'],
    ]);
  });

  it('leaves a byline after a source out of its value', () => {
    expect(pairs('稿件来源:某县电视台 (编辑 张某 编审 王某)')).toEqual([['publisher', '某县电视台']]);
  });
});

describe('spotSpacedLabels', () => {
  const spaced = (text: string) => spotSpacedLabels(text).map(({ key, value }) => [key, value]);

  it('reads labels set apart from their values by spaces alone, a label spaced out too, a value empty', () => {
    expect(spaced('信息索引号 1144/2024-00012 生成日期 2024-01-18 发布机构 某乡人民政府')).toEqual([
      ['indexNumber', '1144/2024-00012'],
      ['date', '2024-01-18'],
      ['publisher', '某乡人民政府'],
    ]);
    expect(spaced('索 引 号 1144/2024-00012 公开方式 主动公开 文号')).toEqual([
      ['indexNumber', '1144/2024-00012'],
      ['disclosure', '主动公开'],
      ['docNumber', ''],
    ]);
  });

  it('reads a single label only when its value has the form the label asks for', () => {
    expect(spaced('发布机构 某乡人民政府')).toEqual([['publisher', '某乡人民政府']]);
    expect(spaced('索引号 1150023/2024-00031')).toEqual([['indexNumber', '1150023/2024-00031']]);
    expect(spaced('发布日期 2024-05-08')).toEqual([['date', '2024-05-08']]);
    expect(spaced('时间 紧 任务 重')).toEqual([]);
    expect(spaced('标题 某乡2024年工作总结')).toEqual([]);
  });

  it('reads nothing from a headline, a sentence or a line with colons', () => {
    expect(spaced('某乡2023年工作总结')).toEqual([]);
    expect(spaced('来源 某乡，发布日期 2024-01-18')).toEqual([]);
    expect(spaced('发布日期： 2024-01-18 来源： 某乡')).toEqual([]);
  });
});

describe('textAfterLabels', () => {
  it('finds where a line of labels runs on into sentences, and the last value before them', () => {
    const text = '来源:某乡 发布日期:2024-01-16 一年来，全乡经济平稳。';
    const found = textAfterLabels(text, spotLabels(text));
    expect(found).toEqual({ cut: text.indexOf(' 一年来'), value: '2024-01-16' });
    expect(
      textAfterLabels('来源:某乡 发布日期:2024-01-16 10:21', spotLabels('来源:某乡 发布日期:2024-01-16 10:21')),
    ).toBe(undefined);
  });
});

describe('spotTableLabels', () => {
  it('reads label and value cells of a flattened pipe table, spaced labels included', () => {
    expect(spotTableLabels('索 引 号 | 1133102400268125XW/2024-104525 | 公开方式 | 主动公开 |')).toEqual([
      { key: 'indexNumber', label: '索 引 号', value: '1133102400268125XW/2024-104525' },
      { key: 'disclosure', label: '公开方式', value: '主动公开' },
    ]);
  });

  it('gives an empty value to a label cell followed by a cell that ends in a colon', () => {
    expect(spotTableLabels('| 索引号: | 归档编码: | ||').map(({ key, value }) => [key, value])).toEqual([
      ['indexNumber', ''],
    ]);
  });

  it('gives an empty value to a label cell followed by another label', () => {
    expect(spotTableLabels('文号 | 发布机构 | 某镇 |').map(({ key, value }) => [key, value])).toEqual([
      ['docNumber', ''],
      ['publisher', '某镇'],
    ]);
  });

  it('finds nothing in a row of plain cells', () => {
    expect(spotTableLabels('项目 | 金额 | 备注 |')).toEqual([]);
  });
});

describe('label folding', () => {
  it('drops spaces and colons and folds traditional characters', () => {
    expect(foldLabel('發 文 日 期：')).toBe('发文日期');
    expect(labelKey('所屬機構')).toBe('publisher');
    expect(isBareLabel('发布日期')).toBe(true);
    expect(isBareLabel('发布日期很重要')).toBe(false);
  });
});
