/**
 * The words around a figure's indicator: where its clause starts, and the
 * words before and after it that place, time or introduce it, or link it to
 * its value, which are not part of it (helpers/read-figures.ts).
 *
 *   clauseStart("固定资产投资20517万元,全镇规上工业总产值达") → 15 (after the comma)
 *   "全镇规上工业总产值达" less leading and trailing words → "规上工业总产值"
 *   "（同期入库农业税金" → its clause starts after the bracket, which has no closing one
 */
const CLAUSE_END = /[，,；;：:。！？!?\n]/;
const YEAR = String.raw`(?:(?:19|20)[\dxX]{2}|[xX]{4})\s?年`;
const LEADING = new RegExp(
  String.raw`^(?:其中|[、和及与并]|[（(]?[一二三四五六七八九十\d]+[)）、.]|预计|估计|力争|确保|争取|全年|今年以来|今年|当年|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}\s?[-—~至]\s?\d{1,2}\s?月份?|(?:到|至|由|从)?${YEAR}(?:底|末|全年|上半年)?的?|年底|以来|截至目前|截止目前|目前|全镇|全乡|全街道|我镇|我乡|共计|合计|累计|共|全面|已经|已|通过|在|完成|实现|达到|了)`,
);
const TRAILING = new RegExp(
  String.raw`(?:\s+|完成|实现|达到了|达到|达|为|共计|合计|总计|共|累计|约|近|超过|超|突破|增加到|增长到|提高到|增至|了|是|均|各|从|由|有|分别|(?:由|从|到)?${YEAR}(?:底|末)?的?)$`,
);

/** Where the clause that ends at the end of `before` starts: after a comma, colon, semicolon, stop or an unclosed bracket. */
export function clauseStart(before: string): number {
  let depth = 0;
  for (let index = before.length - 1; index >= 0; index--) {
    const char = before[index]!;
    if (char === ')' || char === '）') depth++;
    else if (char === '(' || char === '（') {
      if (depth === 0) return index + 1;
      depth--;
    } else if (depth === 0 && CLAUSE_END.test(char)) return index + 1;
  }
  return 0;
}

/** Where the indicator starts in `raw`, less the words before it that place, time or introduce it. */
export function leadingEnd(raw: string): number {
  let left = 0;
  for (;;) {
    const space = /^\s*/.exec(raw.slice(left))![0].length;
    const lead = LEADING.exec(raw.slice(left + space))?.[0].length ?? 0;
    if (space + lead === 0) return left;
    left += space + lead;
  }
}

/** Where the words after the indicator that link it to its value start in `raw` (from `left` on). */
export function trailingStart(raw: string, left: number): number {
  let right = raw.length;
  for (;;) {
    const trail = TRAILING.exec(raw.slice(left, right));
    if (!trail || trail[0].length === 0) return right;
    right -= trail[0].length;
  }
}

/** Whether the words between two values make the second a value of the same thing (nothing, or 增加到, 增长到). */
export function sharesIndicator(between: string): boolean {
  return /^\s*(?:增加到|增长到|提高到|增加|增长|提高|增至|达到|达)?\s*$/.test(between);
}
