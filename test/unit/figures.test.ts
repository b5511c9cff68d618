/**
 * Key figures (issue 24): reading Chinese numerals, spotting a figure and its
 * indicator in a sentence, telling its kind and period, and the converter
 * step that puts them in the record with their paragraphs' anchors.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../scripts/converter/helpers/chinese-numerals.ts';
import { figureContext } from '../../scripts/converter/helpers/figure-context.ts';
import { readFigures } from '../../scripts/converter/helpers/read-figures.ts';
import { paragraphAnchor } from '../../src/lib/paragraph-anchor.ts';
import { inBaseUnit, normaliseIndicator } from '../../src/shared/figure-vocabulary.ts';
import { convertOk, page, splitDocument } from '../helpers/pipeline.ts';

/** The figures of a sentence as `indicator value unit`, with `+growth` where one is tied. */
const figuresOf = (sentence: string) =>
  readFigures(sentence).map(
    (figure) =>
      `${figure.indicator} ${figure.number}${figure.unit}${figure.measure === 'growth' ? ' (growth)' : ''}${figure.growth ? ` ${figure.growth.number}${figure.growth.unit}` : ''}`,
  );

describe('Chinese numerals', () => {
  it.each([
    ['三千五百', 3500],
    ['两万', 20000],
    ['一亿二千万', 120000000],
    ['十二点五', 12.5],
    ['三千零五十', 3050],
    ['二〇二三', 2023],
    ['十', 10],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['三十三十', '百千', '点五', '三点', '五六七十', 'abc', ''])('refuses %s rather than guess', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('spotting figures in a sentence', () => {
  it('reads the indicator printed before the value, less the words that place or time it', () => {
    expect(figuresOf('全年固定资产投资20517万元,全镇规上工业总产值达15829万元。')).toEqual([
      '固定资产投资 20517万元',
      '规上工业总产值 15829万元',
    ]);
  });

  it('ties 同比增长 after a value to it, and a falling one as negative', () => {
    expect(figuresOf('完成固定资产投资3.6亿元，同比增长12.5%；规上工业增加值1.1亿元，比上年下降3.2%。')).toEqual([
      '固定资产投资 3.6亿元 12.5%',
      '规上工业增加值 1.1亿元 -3.2%',
    ]);
  });

  it('gives growth rates listed with 分别 to as many figures, and to none when the counts differ', () => {
    expect(figuresOf('新产品产值2100万元，研发费用380万元，分别同比增长18%、9.5%。')).toEqual([
      '新产品产值 2100万元 18%',
      '研发费用 380万元 9.5%',
    ]);
    expect(figuresOf('固定资产投资20517万元,产值15829万元,新产品产值8337万元,分别同比增长8%、44%。')).toEqual([
      '固定资产投资 20517万元',
      '产值 15829万元',
      '新产品产值 8337万元',
    ]);
  });

  it('reads two figures in one clause: two values of one thing, and a list joined by 、', () => {
    expect(figuresOf('走访慰问困难群众312户86.5万元，种植水稻1.2万亩、油菜4500亩。')).toEqual([
      '走访慰问困难群众 312户',
      '走访慰问困难群众 86.5万元',
      '种植水稻 1.2万亩',
      '油菜 4500亩',
    ]);
  });

  it('reads full-width digits and Chinese numerals, and keeps the value as printed', () => {
    const [fullWidth] = readFigures('农业总产值２．８亿元，同比增长５．２％');
    expect(fullWidth).toMatchObject({ value: '２．８', number: 2.8, unit: '亿元', growth: { number: 5.2 } });
    const [chinese] = readFigures('筹集护林资金两千万元');
    expect(chinese).toMatchObject({ value: '两千', number: 2000, unit: '万元' });
  });

  it('reads a growth rate printed alone as a figure of its own, and a rate as a level', () => {
    expect(figuresOf('规上工业总产值增长6%；城乡居民医保覆盖率达99.61%。')).toEqual([
      '规上工业总产值 6% (growth)',
      '城乡居民医保覆盖率 99.61%',
    ]);
  });

  it('reads a count that opens its clause by the noun after it', () => {
    expect(figuresOf('固县乡有13个行政村,55个自然庄。')).toEqual(['行政村 13个', '自然庄 55个']);
  });

  it.each([
    ['a placeholder', '农民人均纯收入xx458元'],
    ['a missing value', '规模以上工业产值万元,同比增长20%'],
    ['a value that qualifies a noun', '引进投资2000万元的精养殖场一个'],
    ['a value before a noun, inside its clause', '完成2个超千万项目,引进3家企业落户'],
    ['a share of a plan', '占年计划的53.3%，完成率93.63%'],
    ['progress', '二期工程完成70%'],
    ['a distance', '距县城82公里'],
    ['a name with a numeral', '坚持“三个代表”重要思想，落实两个责任'],
    ['a bare amount with no indicator', '投资160万元,完善养殖带'],
  ])('leaves out %s', (_, sentence) => {
    expect(readFigures(sentence)).toEqual([]);
  });
});

describe('the kind and period of a figure', () => {
  const at = (sentence: string, word: string) => sentence.indexOf(word);

  it('is 预计 after 预计, with the period printed before it', () => {
    const sentence = '预计1-9月份完成规上工业产值29.7亿元';
    expect(figureContext(sentence, at(sentence, '29'))).toEqual({
      kind: '预计',
      cue: '预计',
      period: '1-9月份',
      year: null,
    });
  });

  it('is 目标 after 力争, 确保 or 到…年, whose year it takes', () => {
    const sentence = '到2026年，农民人均可支配收入达5万元';
    expect(figureContext(sentence, at(sentence, '5万'))).toEqual({
      kind: '目标',
      cue: '到2026年',
      period: '到2026年',
      year: 2026,
    });
    expect(figureContext('力争新增高标准农田3000亩', 9).kind).toBe('目标');
  });

  it('is 实际 where no cue stands before it, and 占年计划的 or 这一目标 is no cue', () => {
    const share = '实际到位资金13456万元,占全年计划的67%,实际利用境外资金130万美元';
    expect(figureContext(share, at(share, '130')).kind).toBe('实际');
    const goal = '围绕建设“经济强镇”这一目标,全镇工农业总产值达29.4亿元';
    expect(figureContext(goal, at(goal, '29')).kind).toBe('实际');
  });

  it('is 目标 under a heading that announces plans, unless it also looks back', () => {
    expect(figureContext('新建村级养老服务站4个', 9, ['二、2024年工作思路'])).toMatchObject({
      kind: '目标',
      year: 2024,
    });
    expect(figureContext('新建村级养老服务站4个', 9, ['2023年工作总结和2024年工作思路']).kind).toBe('实际');
  });
});

describe('the vocabulary', () => {
  it('normalises printed names of an indicator, and nothing by guess', () => {
    expect(normaliseIndicator('全镇规模以上工业产值')).toBe('规上工业总产值');
    expect(normaliseIndicator('公共财政预算收入')).toBe('一般公共预算收入');
    expect(normaliseIndicator('限上社会消费品零售总额')).toBeNull();
    expect(normaliseIndicator('农民人均纯收入')).toBe('农民人均纯收入');
  });

  it('counts a value in its base unit', () => {
    expect(inBaseUnit(20517, '万元')).toEqual({ value: 205170000, unit: '元' });
    expect(inBaseUnit(1.6, '万亩')).toEqual({ value: 16000, unit: '亩' });
  });
});

describe('the extract-figures step', () => {
  const text = page(
    '临安区天目山镇2023年工作总结',
    '发布时间：2023年12月20日',
    '一、经济运行',
    '预计全年完成财政总收入1.35亿元，同比增长8%。',
    '二、2024年工作思路',
    '力争新增高标准农田3000亩。',
  );

  it('puts each figure in the record with its paragraph anchor, as the page gives it', () => {
    const { record } = splitDocument(convertOk(text).mdx);
    expect(record.figures).toMatchObject([
      {
        indicator: '财政总收入',
        indicatorNormalised: '财政总收入',
        value: '1.35',
        unit: '亿元',
        kind: '预计',
        period: '全年',
        year: 2023,
        growth: { printed: '同比增长8%', number: 8, unit: '%' },
        paragraph: paragraphAnchor('预计全年完成财政总收入1.35亿元，同比增长8%。'),
        sentence: '预计全年完成财政总收入1.35亿元，同比增长8%。',
      },
      { indicator: '新增高标准农田', number: 3000, unit: '亩', kind: '目标', cue: '力争', year: 2024 },
    ]);
  });

  it('gives the same figures for the same text, and a document without figures no field', () => {
    expect(convertOk(text).mdx).toBe(convertOk(text).mdx);
    const { record } = splitDocument(
      convertOk(page('某镇工作总结', '发布时间：2023年12月20日', '全镇上下团结一心。')).mdx,
    );
    expect(record).not.toHaveProperty('figures');
  });
});
