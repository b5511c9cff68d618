/**
 * Spot the key figures of one sentence: a value with a unit of the
 * vocabulary, the indicator printed before it in the same clause, and the
 * growth the text ties to it. Deciding what kind of figure it is and for
 * which period is a separate step (figure-context.ts).
 *
 * A value is left out when it cannot be read with confidence: a placeholder
 * (xx458元), an ordinal (第3个), a value printed before its noun (6个项目,
 * 投资2亿元的项目: an attribute, not a figure), a share of a plan
 * (占年计划的53%, 完成率93%), or no indicator of two characters or more.
 *
 *   readFigures("预计全年实现财政收入4006万元，同比增长19%")
 *   → [{ indicator: "财政收入", value: "4006", number: 4006, unit: "万元", measure: "level",
 *        growth: { printed: "同比增长19%", number: 19, unit: "%" }, … }]
 */
import { UNITS } from '../../../src/shared/figure-vocabulary.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';

export interface FigureReading {
  indicator: string;
  measure: 'level' | 'growth';
  value: string;
  number: number;
  unit: string;
  qualifier: string | null;
  growth: { printed: string; number: number; unit: '%' | '个百分点' } | null;
  /** Where the figure's value starts and its unit ends in the sentence (UTF-16 offsets). */
  start: number;
  end: number;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿点]{2,})`;
const UNIT = UNITS.map(({ unit }) => unit.replace('%', '%')).join('|');
const FIGURE = new RegExp(`${NUMBER}(余|多)?\\s?(${UNIT})(余|多|以上|左右|以内)?`, 'g');
const CLAUSE_END = /[，,；;：:。！？!?\n]/;
const GROWTH_WORD =
  '(?:同比|比上年|比去年同期|比去年|较上年|较去年同期|较去年)?\\s?(?:年均)?(增长|增加|提高|上升|增速|增幅|增|下降|减少|降低|下滑)(?:了|比例达|幅度达|达|为)?';
const GROWTH_AFTER = new RegExp(`^\\s?[，,]?\\s?(${GROWTH_WORD}\\s?(\\d+(?:\\.\\d+)?)\\s?(%|个百分点))`);
const GROWTH_BEFORE = new RegExp(`(${GROWTH_WORD})(分别)?$`);
const FALLING = /下降|减少|降低|下滑/;
/** After a value, a CJK character that starts none of these makes it an attribute of a noun (6个项目). */
const FOLLOWS =
  /^(?:$|[^\u4e00-\u9fff]|同比|比上年|比去年|较|增|下降|减少|占|和|与|及|其中|分别|完成|实现|达|左右|以上|以内|余|多)/;
const LEADING =
  /^(?:其中|[、和及与并]|[（(]?[一二三四五六七八九十\d]+[)）、.]|其中|预计|估计|力争|确保|争取|全年|今年|当年|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}-\d{1,2}月份?|(?:到|至)?(?:19|20)\d{2}年(?:底|末|全年|上半年)?|年底|今年以来|以来|截至目前|截止目前|目前|全镇|全乡|全街道|我镇|我乡|共计|合计|累计|共|全面|已经|已|通过|在|完成|实现|达到|了)/;
const QUALIFIER_BEFORE = /(约|近|超过|超|突破)$/;
const GENERIC = new Set([
  '投资',
  '资金',
  '金额',
  '总投资',
  '面积',
  '投入',
  '总额',
  '资金投入',
  '计划投资',
  '比例',
  '比重',
]);
/**
 * A percentage is a level of its own only for a rate (覆盖率, 参保率); shares of
 * a plan (占年计划的, 完成率, 完成全年任务100%) and progress (工程完成70%) are not figures.
 */
const RATE = /率$/;
const RATIO = /占|完成率|任务率|增长率|分别/;

export function readFigures(sentence: string): FigureReading[] {
  const text = foldDigits(sentence);
  const figures: FigureReading[] = [];
  let consumedTo = 0;
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index;
    if (start < consumedTo) continue;
    let [, printedValue, approxBefore, unit, approxAfter] = match as unknown as [
      string,
      string,
      string | undefined,
      string,
      string | undefined,
    ];
    let end = start + match[0].length;
    // 两千万元: the 万 belongs to the unit, as in 2000万元.
    if (
      /[万亿]$/.test(printedValue) &&
      /^\D/.test(printedValue) &&
      UNITS.some((u) => u.unit === `${printedValue.at(-1)}${unit}`)
    ) {
      unit = `${printedValue.at(-1)}${unit}`;
      printedValue = printedValue.slice(0, -1);
    }
    const number = readNumber(printedValue);
    if (number === null) continue;
    const before = text.slice(0, start);
    if (/(?:[A-Za-z\d.]\s?|第)$/.test(before)) continue;
    const after = text.slice(end);
    if (after.startsWith('的') || !FOLLOWS.test(after)) continue;

    const clauseStart = lastClauseStart(before);
    const previous = figures.at(-1);
    const from = previous && previous.end > clauseStart ? previous.end : clauseStart;
    const percent = unit === '%' || unit === '个百分点';
    let raw = text.slice(from, start);
    let measure: FigureReading['measure'] = 'level';
    if (percent) {
      const growthWord = GROWTH_BEFORE.exec(raw);
      if (growthWord) {
        measure = 'growth';
        raw = raw.slice(0, growthWord.index);
      }
    }
    // Two values of one thing side by side (帮扶47人4.7万元) share its indicator.
    const adjacent = previous && from === previous.end && raw.trim() === '';
    const qualifierBefore = QUALIFIER_BEFORE.exec(raw.trim())?.[1] ?? null;
    const [left, right] = trimIndicator(raw);
    const indicator = adjacent ? previous.indicator : sentence.slice(from + left, from + right);
    if (!adjacent && !confident(indicator)) continue;
    if (percent && (RATIO.test(raw) || (measure === 'level' && !RATE.test(indicator)))) continue;
    if (measure === 'growth' && previous && from === previous.end) continue;

    let growth: FigureReading['growth'] = null;
    const tied = measure === 'level' ? GROWTH_AFTER.exec(after) : null;
    if (tied) {
      const sign = FALLING.test(tied[2]!) ? -1 : 1;
      growth = {
        printed: sentence.slice(end + tied.index + tied[0].indexOf(tied[1]!), end + tied[0].length).trim(),
        number: sign * Number(tied[3]),
        unit: tied[4] as '%' | '个百分点',
      };
      consumedTo = end + tied[0].length;
    }
    figures.push({
      indicator,
      measure,
      value: sentence.slice(start, start + printedValue.length),
      number,
      unit,
      qualifier: approxBefore ?? approxAfter ?? qualifierBefore,
      growth,
      start,
      end,
    });
    end = Math.max(end, consumedTo);
    figures.at(-1)!.end = end;
  }
  shareGrowth(text, sentence, figures);
  return figures;
}

/**
 * 产值8337.3万元，研发费用537.6万元，分别同比增长25.9%、8%: growth rates
 * listed after as many figures, in their order, are theirs (and when the
 * counts differ, nobody's).
 */
function shareGrowth(text: string, sentence: string, figures: FigureReading[]): void {
  const listed = new RegExp(`分别${GROWTH_WORD}\\s?((?:\\d+(?:\\.\\d+)?%[、和,，]?)+)`, 'g');
  for (const match of text.matchAll(listed)) {
    const rates = match[2]!.split(/[、和,，]/).filter((rate) => rate !== '');
    // Every figure since the last one with a growth of its own, and exactly as many as the rates: else it is a guess.
    const before = figures.filter((figure) => figure.end <= match.index);
    const last = before.slice(before.findLastIndex((figure) => figure.growth || figure.measure !== 'level') + 1);
    if (last.length !== rates.length) continue;
    const sign = FALLING.test(match[1]!) ? -1 : 1;
    last.forEach((figure, index) => {
      figure.growth = {
        printed: `${sentence.slice(match.index, match.index + match[0].length - match[2]!.length)}${rates[index]}`,
        number: sign * Number(rates[index]!.replace('%', '')),
        unit: '%',
      };
    });
  }
}

/** Full-width digits, point and percent sign as ASCII, one character for one, so offsets stay those of the sentence. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (char) =>
    char === '．' ? '.' : char === '％' ? '%' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

function readNumber(printed: string): number | null {
  if (/^[\d,.]+$/.test(printed)) return Number(printed.replace(/,/g, ''));
  // A Chinese numeral is read only when it carries a unit of ten or more: 三个代表 is a name, 三千五百 a value.
  if (!/[十百千万亿点]/.test(printed)) return null;
  return parseChineseNumeral(printed);
}

function lastClauseStart(before: string): number {
  for (let index = before.length - 1; index >= 0; index--) {
    if (CLAUSE_END.test(before[index]!)) return index + 1;
  }
  return 0;
}

/** Where the indicator stands in `raw`, less the words that place, time or introduce it, or link it to its value. */
function trimIndicator(raw: string): [number, number] {
  let left = 0;
  let right = raw.length;
  for (let moved = true; moved && left < right; ) {
    moved = false;
    const text = raw.slice(left, right);
    const space = /^\s+/.exec(text)?.[0].length ?? 0;
    const lead = LEADING.exec(text.slice(space))?.[0].length ?? 0;
    if (space + lead > 0) {
      left += space + lead;
      moved = true;
      continue;
    }
    const trail =
      /(?:\s+|(?:完成|实现|达到了|达到|达|为|共计|合计|总计|共|累计|约|近|超过|超|突破|增加到|增至|了|是|均|各|从|由|分别))$/.exec(
        text,
      );
    if (trail) {
      right -= trail[0].length;
      moved = true;
    }
  }
  return [left, Math.max(left, right)];
}

function confident(indicator: string): boolean {
  const cjk = indicator.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk >= 2 && indicator.length <= 24 && !/[\d０-９xX*＊]/.test(indicator) && !GENERIC.has(indicator);
}
