/**
 * What kind of figure a value is (实际, 预计, 目标) and for which period,
 * read from the words of its sentence before it: the nearest cue wins.
 * A document or section whose title or heading announces plans (2024年工作思路,
 * 目标任务) makes its figures targets where the sentence has no cue of its
 * own, and the innermost title or heading naming one year gives the year
 * where the sentence names none (1-9月份, 全年).
 *
 *   figureContext("预计1-9月份完成规上工业产值", 14)  → { kind: "预计", cue: "预计", period: "1-9月份", year: null }
 *   figureContext("到2025年，农民人均可支配收入达", 15) → { kind: "目标", cue: "到2025年", period: "到2025年", year: 2025 }
 *   figureContext("2023年完成固定资产投资", 11)       → { kind: "实际", cue: null, period: "2023年", year: 2023 }
 */
import type { Figure } from '../../../src/shared/report-schema.ts';
import { foldDigits } from './read-figures.ts';

export interface FigureContext {
  kind: Figure['kind'];
  cue: string | null;
  period: string | null;
  year: number | null;
}

/**
 * Words that make what follows an estimate or a target. 目标 counts when it
 * announces them (目标是, 预期目标为:); 目标, 计划 and 任务 of a share
 * (占年计划的53%, 完成全年目标任务的76%) are not cues, and are taken out first.
 */
const CUES =
  /预计|预估|估计|力争|确保|争取|预期目标|预期|目标(?=是|为|[:：])|目标任务(?=[:：是为])|(?<!年|全年|年度)计划(?!的|任务|生育)|(?<!增加|增长|提高|上升|下降|减少)(?:到|至)(?:19|20)\d{2}年(?:底|末)?|到年底/g;
const SHARES = /(?:占|完成)[^，,；;。]{0,10}?(?:目标|计划|任务)[^，,；;。]{0,6}?\d+(?:\.\d+)?\s?%?/g;
const PERIODS = new RegExp(
  [
    String.raw`(?:到|至)?(?:(?:19|20)[\dxX]{2}|[xX]{4})\s?年(?:底|末|全年|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}\s?[-—~至]\s?\d{1,2}\s?月份?|\d{1,2}月(?:底|末)?)?`,
    String.raw`\d{1,2}\s?[-—~至]\s?\d{1,2}\s?月份?`,
    '上半年|下半年|前三季度|第?[一二三四]季度|全年|今年|去年|年底|年末|[三五十]年来|近[三五]年',
    '“?十[一二三四五]五”?(?:期间|时期|以来)',
  ].join('|'),
  'g',
);
/** A heading that announces what is to be done (and does not also look back: 2023年工作总结及2024年工作计划). */
const PLAN_HEADING =
  /工作思路|发展思路|工作计划|工作打算|工作安排|工作要点|重点工作|目标任务|主要目标|预期目标|工作规划|发展规划|展望/;
const LOOKING_BACK = /总结|回顾|完成情况|成效|成绩/;

export function figureContext(sentence: string, at: number, headings: string[] = []): FigureContext {
  const before = foldDigits(sentence.slice(0, at));
  const cue = lastMatch(
    before.replace(SHARES, (share) => ' '.repeat(share.length)),
    CUES,
  );
  const period = lastMatch(before, PERIODS);
  // 由2022年的…增加到2023年的…: the 到 is the change's, not a deadline's.
  const changeTo =
    period && /^[到至]/.test(period[0]) && /(?:增加|增长|提高|上升|下降|减少)$/.test(before.slice(0, period.index));
  const periodStart = period ? period.index + (changeTo ? 1 : 0) : 0;
  const printedPeriod = period ? sentence.slice(periodStart, period.index + period[0].length) : null;
  const span = period !== null && /[三五十]年来|近[三五]年|十[一二三四五]五|去年/.test(period[0]);
  // The innermost heading (or the title) that names one year, and the innermost that announces plans.
  const headingYear = span ? null : (headings.map(singleYear).findLast((found) => found !== null) ?? null);
  const year = (period && !span ? yearOf(period[0]) : null) ?? headingYear;
  const plan = headings.findLast((heading) => PLAN_HEADING.test(heading) && !LOOKING_BACK.test(heading));
  if (cue) {
    const word = cue[0];
    return {
      kind: /预计|预估|估计/.test(word) ? '预计' : '目标',
      cue: word,
      period: printedPeriod,
      year: year ?? headingYear,
    };
  }
  return {
    kind: plan ? '目标' : '实际',
    cue: plan ? plan.trim() : null,
    period: printedPeriod,
    year,
  };
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(pattern)) last = match as RegExpExecArray;
  return last;
}

function yearOf(period: string): number | null {
  const year = /(?:19|20)\d{2}/.exec(period)?.[0];
  return year ? Number(year) : null;
}

/** The year a heading names, when it names exactly one (二、2024年工作思路). */
function singleYear(heading: string): number | null {
  const years = new Set(foldDigits(heading).match(/(?:19|20)\d{2}(?=\s?年)/g) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}
