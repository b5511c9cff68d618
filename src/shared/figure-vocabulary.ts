/**
 * The vocabulary of key figures: the normalised indicators a figure may be
 * filed under, and the units a figure may be printed in.
 *
 * An indicator as printed is normalised only when, less the words that
 * place or time it (全镇, 全年, 完成 …), it is one of an indicator's printed
 * names below: nothing is normalised by guess. The names follow the
 * National Bureau of Statistics' 指标解释 and the 《中国县域统计年鉴（乡镇卷）》;
 * two that differ in what they measure stay apart (农民人均纯收入 was replaced
 * by 农村居民人均可支配收入 in 2013; 限上 retail is a part of the whole).
 *
 *   normaliseIndicator("全镇规模以上工业产值") → "规上工业总产值"
 *   normaliseIndicator("限上社会消费品零售总额") → null
 */

export interface Indicator {
  /** The normalised name, as the NBS prints it (short form where towns use one). */
  name: string;
  /** ASCII name for addresses: /figures/<slug>/. */
  slug: string;
  /** Printed names that mean this indicator. */
  printed: string[];
}

export const INDICATORS: Indicator[] = [
  { name: '地区生产总值', slug: 'gdp', printed: ['地区生产总值', '国内生产总值', '生产总值', 'GDP', 'gdp'] },
  { name: '财政总收入', slug: 'fiscal-revenue', printed: ['财政总收入', '财政收入', '财税收入', '财政税收收入'] },
  {
    name: '一般公共预算收入',
    slug: 'general-budget-revenue',
    printed: [
      '一般公共预算收入',
      '地方一般公共预算收入',
      '公共财政预算收入',
      '地方公共财政预算收入',
      '一般财政预算收入',
      '财政一般预算收入',
      '地方财政一般预算收入',
    ],
  },
  { name: '税收收入', slug: 'tax-revenue', printed: ['税收收入', '税收'] },
  {
    name: '固定资产投资',
    slug: 'fixed-asset-investment',
    printed: ['固定资产投资', '全社会固定资产投资', '社会固定资产投资', '固定资产总投资', '固投'],
  },
  { name: '工业投资', slug: 'industrial-investment', printed: ['工业投资', '工业性投资', '工业投入', '工业有效投资'] },
  {
    name: '规上工业总产值',
    slug: 'industrial-output',
    printed: ['规上工业总产值', '规模以上工业总产值', '规模以上工业产值', '规上工业产值', '规上工业生产总值'],
  },
  { name: '规上工业增加值', slug: 'industrial-value-added', printed: ['规上工业增加值', '规模以上工业增加值'] },
  { name: '工业总产值', slug: 'total-industrial-output', printed: ['工业总产值'] },
  { name: '农业总产值', slug: 'agricultural-output', printed: ['农业总产值', '农业产值', '农林牧渔业总产值'] },
  { name: '农业增加值', slug: 'agricultural-value-added', printed: ['农业增加值'] },
  { name: '服务业增加值', slug: 'services-value-added', printed: ['服务业增加值'] },
  {
    name: '社会消费品零售总额',
    slug: 'retail-sales',
    printed: ['社会消费品零售总额', '社会消费品零售额', '社消零'],
  },
  {
    name: '农村居民人均可支配收入',
    slug: 'rural-disposable-income',
    printed: [
      '农村居民人均可支配收入',
      '农村常住居民人均可支配收入',
      '农民人均可支配收入',
      '农民人均可支配性收入',
      '农村居民人均收入',
    ],
  },
  { name: '农民人均纯收入', slug: 'rural-net-income', printed: ['农民人均纯收入', '农村居民人均纯收入'] },
  {
    name: '招商引资',
    slug: 'investment-attracted',
    printed: ['招商引资', '招商引资到位资金', '招商引资实际到位资金', '引进资金', '到位资金', '实际到位资金'],
  },
  { name: '实际利用外资', slug: 'foreign-capital', printed: ['实际利用外资', '利用外资'] },
  { name: '出口总额', slug: 'exports', printed: ['出口总额', '出口总值', '出口额', '外贸出口', '自营出口'] },
  { name: '村级集体经济收入', slug: 'village-collective-income', printed: ['村级集体经济收入', '村集体经济收入'] },
];

/** Words that place or time a figure, read off the front of an indicator before it is looked up. */
const LEADING_WORDS =
  /^(?:全镇|全乡|全街道|全区|我镇|我乡|本镇|全年|今年|上半年|累计|共|完成|实现|预计|新增|其中|全社会|当年)/;

export function normaliseIndicator(printed: string): string | null {
  let text = printed.replace(/\s/g, '');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(LEADING_WORDS, '');
  }
  return INDICATORS.find((indicator) => indicator.printed.includes(text))?.name ?? null;
}

export function indicatorNamed(name: string): Indicator | undefined {
  return INDICATORS.find((indicator) => indicator.name === name);
}

/**
 * The units a figure may be printed in, longest first (so 万元 is read before 元),
 * each with the base unit it is counted in and the factor to it.
 */
export const UNITS: { unit: string; base: string; factor: number }[] = [
  ...(
    [
      ['亿美元', '美元', 1e8],
      ['万美元', '美元', 1e4],
      ['平方公里', '平方公里', 1],
      ['万平方米', '平方米', 1e4],
      ['个百分点', '个百分点', 1],
      ['亿元', '元', 1e8],
      ['万元', '元', 1e4],
      ['千元', '元', 1e3],
      ['美元', '美元', 1],
      ['平方米', '平方米', 1],
      ['万亩', '亩', 1e4],
      ['公顷', '公顷', 1],
      ['公里', '公里', 1],
      ['千米', '公里', 1],
      ['万吨', '吨', 1e4],
      ['人次', '人次', 1],
      ['万人', '人', 1e4],
      ['万户', '户', 1e4],
      ['万株', '株', 1e4],
      ['万头', '头', 1e4],
      ['万只', '只', 1e4],
      ['元', '元', 1],
      ['亩', '亩', 1],
      ['吨', '吨', 1],
      ['户', '户', 1],
      ['人', '人', 1],
      ['名', '人', 1],
      ['个', '个', 1],
      ['家', '家', 1],
      ['处', '处', 1],
      ['所', '所', 1],
      ['座', '座', 1],
      ['套', '套', 1],
      ['间', '间', 1],
      ['株', '株', 1],
      ['头', '头', 1],
      ['只', '只', 1],
      ['箱', '箱', 1],
      ['条', '条', 1],
      ['项', '项', 1],
      ['件', '件', 1],
      ['起', '起', 1],
      ['台', '台', 1],
      ['辆', '辆', 1],
      ['%', '%', 1],
      ['‰', '‰', 1],
    ] as const
  ).map(([unit, base, factor]) => ({ unit, base, factor })),
];

/** A figure's value in its unit's base unit (20517 万元 → 205170000 元), rounded to what the print gives. */
export function inBaseUnit(value: number, unit: string): { value: number; unit: string } {
  const known = UNITS.find((candidate) => candidate.unit === unit);
  if (!known) return { value, unit };
  return { value: Number((value * known.factor).toPrecision(15)), unit: known.base };
}
