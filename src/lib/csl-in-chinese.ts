/**
 * APA and Chicago as a Chinese reader reads them. The published styles
 * (src/data/csl/, kept byte for byte) write a date's month and day, and a
 * pinpoint's label, in an English order that no locale can change: their
 * macros join the year, a month name and the day with ", " and " "
 * (2022, 五月 5) and put a label before its number (段 4). These are the
 * style options a Chinese edition of each sets, applied to the style's XML
 * before citeproc-js compiles it, so the words still come from the zh-CN
 * locale (its term 段) and nothing is patched in citeproc's output:
 *
 * - a month and day in numerals with 月 and 日 (5月5日), and APA's date
 *   joined to its year with 年: (2022年5月5日), a year alone as it was (2022);
 * - the day of access an undated document is cited with as numerals between
 *   年, 月 and 日, so the reader's date the page fills in stays as given;
 * - APA's paragraph as 第4段 (the locale's short term after the number), and
 *   a section by its heading alone, with no label before it.
 *
 *   inChinese.apa(APA)         → APA with its dates, paragraph and section so
 *   inChinese.chicago(CHICAGO) → Chicago with its month and day and its day of access so
 */

const MONTH_DAY = `<date variable="issued">
      <date-part name="month" form="numeric" suffix="月"/>
      <date-part name="day" suffix="日"/>
    </date>`;

/** A style with one macro's body replaced; a style that no longer has the macro, or has it twice, is an error. */
function withMacro(style: string, name: string, body: (old: string) => string): string {
  const macro = new RegExp(`(<macro name="${name}">)([\\s\\S]*?)(</macro>)`, 'g');
  const found = style.match(macro)?.length ?? 0;
  if (found !== 1) throw new Error(`CSL style: expected one macro "${name}", found ${found}`);
  return style.replace(macro, (_, open: string, old: string, close: string) => `${open}${body(old)}${close}`);
}

/** A part of a style replaced; the part must be there, once. */
function replacedOnce(text: string, part: string, by: string): string {
  const at = text.indexOf(part);
  if (at < 0 || text.indexOf(part, at + 1) >= 0) throw new Error(`CSL style: expected "${part}" once`);
  return text.slice(0, at) + by + text.slice(at + part.length);
}

// The locale's text date puts 年 after whatever stands for the year, a literal too: the reader's date the page
// fills in would read 2026-12-04年. Numerals with 年, 月 and 日 between the parts leave a literal as it is.
const ACCESSED = `<date variable="accessed">
      <date-part name="year"/>
      <date-part name="month" form="numeric" prefix="年" suffix="月"/>
      <date-part name="day" suffix="日"/>
    </date>`;

/** A month and day as 5月5日, and the day of access (printed for an undated document) as 2026年12月4日. */
const datesInChinese = (style: string) =>
  replacedOnce(
    withMacro(style, 'date-issued-month-day', () => MONTH_DAY),
    '<date form="text" variable="accessed"/>',
    ACCESSED,
  );

export const inChinese = {
  apa(style: string): string {
    const dated = withMacro(datesInChinese(style), 'date', (old) =>
      // The year and the month and day, where the type prints both: 2022 + 年 + 5月5日.
      replacedOnce(old, '<group delimiter=", ">', '<group delimiter="年">'),
    );
    return withMacro(
      dated,
      'label-locator',
      (old) => `
    <choose>
      <if locator="paragraph">
        <group>
          <text value="第"/>
          <text variable="locator"/>
          <label form="short" variable="locator"/>
        </group>
      </if>
      <else-if locator="section">
        <text variable="locator"/>
      </else-if>
      <else>${old}</else>
    </choose>
  `,
    );
  },
  chicago: datesInChinese,
};
