/**
 * The genre of a document, from the words of its title (an inference, so
 * the record lists `docType` in `inferred`).
 *
 *   docTypeOf("天目山镇2022年政府信息公开工作年度报告", "generic") → "政府信息公开工作年度报告"
 *   docTypeOf("弼时镇2022年工作总结及2023年工作规划", "source-date") → "工作总结"
 *   docTypeOf("金溪镇:蹄疾步稳 筑牢提质强能实线", "county-news")    → "新闻报道"
 */
import { toSimplified } from './simplified.ts';

const RULES: [RegExp, string][] = [
  [/信息公开.*年度报告|信息公开年报/, '政府信息公开工作年度报告'],
  [/政府工作报告/, '政府工作报告'],
  [/总结/, '工作总结'],
  [/(思路|计划|规划|要点|打算|安排)/, '工作计划'],
];

/** Layouts whose pages are news stories whatever their title says. */
const NEWS_LAYOUTS = new Set(['county-news']);

export function docTypeOf(title: string, layout: string): string | null {
  if (NEWS_LAYOUTS.has(layout)) return '新闻报道';
  const simplified = toSimplified(title); // 工作總結 is a 工作总结 too
  return RULES.find(([pattern]) => pattern.test(simplified))?.[1] ?? null;
}
