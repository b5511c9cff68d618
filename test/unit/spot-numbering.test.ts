import { describe, expect, it } from 'vitest';
import { spotNumbering } from '../../scripts/converter/helpers/spot-numbering.ts';

describe('spotNumbering', () => {
  it.each([
    ['一、工作开展情况', 'cjk-comma', '一、'],
    ['十二、其他', 'cjk-comma', '十二、'],
    ['（一）盘活存量', 'cjk-paren', '（一）'],
    ['(二)筑牢根基', 'cjk-paren', '(二)'],
    ['1.加强学习', 'arabic-dot', '1.'],
    ['2、抓好落实', 'arabic-dot', '2、'],
    ['（3）完善制度', 'arabic-paren', '（3）'],
    ['一是学深主题教育。', 'cjk-ordinal', '一是'],
    ['第一章 总则', 'chapter', '第一章'],
    ['第三条 本办法', 'article', '第三条'],
  ])('spots %s as %s', (text, style, marker) => {
    expect(spotNumbering(text)).toEqual({ style, marker });
  });

  it.each(['2023年我们将重点抓好五个方面的工作', '33.27亿元', '一、', '今年以来', '一二三产业融合'])(
    'finds no numbering in %s',
    (text) => {
      expect(spotNumbering(text)).toBeUndefined();
    },
  );
});
