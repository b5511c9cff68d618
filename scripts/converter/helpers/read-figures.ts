/**
 * Spot the key figures of one sentence: a value with a unit of the
 * vocabulary and the indicator printed before it in the same clause (or,
 * for a count opening its clause, the noun after it: 有13个行政村), and the
 * growth the text ties to it. Deciding what kind of figure it is and for
 * which period is a separate step (figure-context.ts).
 *
 * A value is left out when it cannot be read with confidence: a placeholder
 * (xx458元), an ordinal (第3个), a value that qualifies a noun (投资2亿元的项目,
 * 500万元以上的项目), a share of a plan (占年计划的53%, 完成率93%), a place's
 * distance (距县城82公里), or no indicator of two characters or more.
 *
 *   readFigures("预计全年实现财政收入4006万元，同比增长19%")
 *   → [{ indicator: "财政收入", value: "4006", number: 4006, unit: "万元", measure: "level",
 *        growth: { printed: "同比增长19%", number: 19, unit: "%" }, … }]
 */
import { UNITS } from '../../../src/shared/figure-vocabulary.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';
import { clauseStart, leadingEnd, sharesIndicator, trailingStart } from './figure-words.ts';

export interface FigureReading {
  indicator: string;
  measure: 'level' | 'growth';
  value: string;
  number: number;
  unit: string;
  qualifier: string | null;
  growth: { printed: string; number: number; unit: '%' | '个百分点' } | null;
  /** Where the figure's value starts and its unit (and any growth tied to it) ends in the sentence (UTF-16 offsets). */
  start: number;
  end: number;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿点]{2,})`;
const UNIT = UNITS.map(({ unit }) => unit).join('|');
// 2 万余亩, 6000 余亩, 4865余万元: a magnitude and 余/多 may stand between the value and its unit.
const FIGURE = new RegExp(`${NUMBER}\\s?(余|多)?\\s?([万亿])?(余|多)?\\s?(${UNIT})(余|多|以上|左右|以内)?`, 'g');
const GROWTH_WORD =
  '(?:同比|比上年|比去年同期|比去年|较上年|较去年同期|较去年)?\\s?(?:逆势|稳步|持续|大幅)?(?:年均)?(增长|增加|提高|上升|增速|增幅|增|下降|减少|降低|下滑)(?:了|比例达|幅度达|达|为)?';
const GROWTH_AFTER = new RegExp(`^\\s?[，,]?\\s?(${GROWTH_WORD}\\s?(\\d+(?:\\.\\d+)?)\\s?(%|个百分点))`);
const GROWTH_BEFORE = new RegExp(`(${GROWTH_WORD})$`);
const FALLING = /下降|减少|降低|下滑/;
/** After a value, a CJK character that starts none of these makes the value an attribute of a noun (6个项目). */
const FOLLOWS =
  /^(?:$|[^\u4e00-\u9fff]|同比|比上年|比去年|较|增|下降|减少|占|和|与|及|其中|分别|完成|实现|达|左右|以上|以内|余|多)/;
/** Counts that may open their clause, the noun after them: 有13个行政村, 6个项目建成投产. */
const COUNT_UNITS = new Set(['个', '家', '所', '座', '处', '名', '项', '村']);
const OPENS_COUNT = /(?:^|有|辖|已有|共有|拥有|[、，,；;：:（(])\s?$/;
/** A percentage is a level of its own only for a rate (覆盖率, 参保率). */
const RATE = /率$/;
const RATIO = /占|完成率|任务率|增长率|分别/;
/** What qualifies a noun, or names one site or firm, rather than a figure of the place. */
const NOT_AN_INDICATOR = /^(?:距|离|全长)|占地$|每[^，,]{0,4}$|有限公司|公司|厂$/;
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
const QUALIFIER_BEFORE = /(约|近|超过|超|突破)\s?$/;

export function readFigures(sentence: string): FigureReading[] {
  const text = foldDigits(sentence);
  const figures: FigureReading[] = [];
  let consumedTo = 0;
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index;
    if (start < consumedTo) continue;
    const [whole, printed, approx1, magnitude, approx2, baseUnit, approx3] = match as unknown as string[];
    let value = printed!;
    let unit = magnitude ? `${magnitude}${baseUnit}` : baseUnit!;
    // 两千万元: the 万 belongs to the unit, as in 2000万元.
    if (!magnitude && /^\D.*[万亿]$/.test(value) && UNITS.some((u) => u.unit === `${value.at(-1)}${unit}`)) {
      unit = `${value.at(-1)}${unit}`;
      value = value.slice(0, -1);
    }
    if (!UNITS.some((u) => u.unit === unit)) continue;
    const number = readNumber(value);
    if (number === null) continue;
    const end = start + whole!.length;
    const before = text.slice(0, start);
    if (/(?:[xX*＊.\d]\s?|第)$/.test(before)) continue;
    const after = text.slice(end);
    const qualifier = approx1 ?? approx2 ?? approx3 ?? QUALIFIER_BEFORE.exec(before)?.[1] ?? null;
    const previous = figures.at(-1);
    const from = Math.max(clauseStart(before), previous?.end ?? 0);
    const reading = { value: sentence.slice(start, start + value.length), number, unit, qualifier, start, end };

    if (!after.startsWith('的') && FOLLOWS.test(after)) {
      const figure = indicatorBefore(sentence, text, from, start, reading, previous);
      if (!figure) continue;
      const tied = figure.measure === 'level' ? GROWTH_AFTER.exec(after) : null;
      if (tied) {
        const at = end + tied[0].indexOf(tied[1]!);
        const sign = FALLING.test(tied[2]!) ? -1 : 1;
        figure.growth = {
          printed: sentence.slice(at, end + tied[0].length).trim(),
          number: sign * Number(tied[3]),
          unit: tied[4] as '%' | '个百分点',
        };
        figure.end = consumedTo = end + tied[0].length;
      }
      figures.push(figure);
    } else if (COUNT_UNITS.has(unit) && OPENS_COUNT.test(text.slice(from, start))) {
      // A count opening its clause names what it counts after it, up to the clause's end.
      const rest = /^[^，,；;：:。！？!?、（(]+/.exec(after)?.[0] ?? '';
      const noun = rest.replace(/^的/, '').trim();
      if (!confident(noun) || noun.length > 16) continue;
      figures.push({
        ...reading,
        indicator: sentence.slice(end + rest.indexOf(noun), end + rest.indexOf(noun) + noun.length),
        measure: 'level',
        growth: null,
        end: end + rest.length,
      });
      consumedTo = end + rest.length;
    }
  }
  shareGrowth(text, sentence, figures);
  return figures;
}

type Reading = Pick<FigureReading, 'value' | 'number' | 'unit' | 'qualifier' | 'start' | 'end'>;

/** The figure whose indicator is printed before its value, from `from`; null when it cannot be read with confidence. */
function indicatorBefore(
  sentence: string,
  text: string,
  from: number,
  start: number,
  reading: Reading,
  previous?: FigureReading,
): FigureReading | null {
  let raw = text.slice(from, start);
  let measure: FigureReading['measure'] = 'level';
  const percent = reading.unit === '%' || reading.unit === '‰' || reading.unit === '个百分点';
  if (percent) {
    const growthWord = GROWTH_BEFORE.exec(raw);
    if (growthWord) {
      measure = 'growth';
      raw = raw.slice(0, growthWord.index);
    }
  }
  const left = leadingEnd(raw);
  const right = Math.max(left, trailingStart(raw, left));
  // Two values of one thing side by side (帮扶47人4.7万元, 由2019年的2.66亿元增加到2020年的4.56亿元) share its indicator.
  if (previous && from === previous.end && sharesIndicator(raw.slice(left, right))) {
    return measure === 'level' ? { ...reading, indicator: previous.indicator, measure, growth: null } : null;
  }
  if (measure === 'growth' && previous && from === previous.end && raw.slice(left, right).trim() === '') return null;
  let indicator = sentence.slice(from + left, from + right);
  // A long run names the work before the thing: keep from its last verb (…等方式种植速生杨 → 种植速生杨).
  if (indicator.length > 24) {
    const verb = [...indicator.matchAll(/种植|发展|完成|实现|新建|新增|引进|培育|整治|改造|建成|建设|落实/g)].at(-1);
    const comma = indicator.lastIndexOf('、');
    const cut = Math.max(verb?.index ?? -1, comma + 1);
    if (cut > 0) indicator = indicator.slice(cut);
  }
  if (!confident(indicator.replace(/[（(][^）)]*[）)]/g, ''))) return null;
  if (NOT_AN_INDICATOR.test(indicator)) return null;
  if (percent && (RATIO.test(raw) || (measure === 'level' && !RATE.test(indicator)))) return null;
  return { ...reading, indicator, measure, growth: null };
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

function confident(indicator: string): boolean {
  const cjk = indicator.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  // Two Chinese characters at least, or an abbreviation such as GDP.
  const named = cjk >= 2 || /^[A-Za-z]{2,5}$/.test(indicator);
  return named && indicator.length <= 24 && !/[\d０-９xX*＊]/.test(indicator) && !GENERIC.has(indicator);
}
