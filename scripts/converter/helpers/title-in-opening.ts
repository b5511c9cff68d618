/**
 * The title of a document that prints none, as its opening names it (an
 * inference, so the record lists `title` in `inferred`): a notice that
 * issues the document, a disclosure report that publishes itself, or the
 * interpretation (解读) of a named document. Null where the opening names
 * no document, and the first words of the text stand in.
 *
 *   titleInOpening('现将《某镇2024年工作要点》印发给你们，…')                      → '某镇2024年工作要点'
 *   titleInOpening('《政府工作报告》已经镇人大审议通过，现印发给你们，…')          → '政府工作报告'
 *   titleInOpening('…规定,现向社会公布某市某乡2024年度政府信息公开年度报告。…')     → '某市某乡2024年度政府信息公开年度报告'
 *   titleInOpening('…要求,现将某县某镇2024年政府信息公开工作年度报告予以公开发布。') → '某县某镇2024年政府信息公开工作年度报告'
 *   titleInOpening('《某街道2025年政府信息公开工作年度报告》已经编制完成…,现就年报内容进行如下解读。')
 *   → '《某街道2025年政府信息公开工作年度报告》解读'
 *   titleInOpening('…现将有关事项通告如下：')                                      → null
 */

// A document issued by a notice: 现将《X》印发, 《X》已经…，现印发给你们.
const ISSUED = [/现将《([^》]{4,60})》印发/, /《([^》]{4,60})》[^《》。]{0,60}现印发给你们/];

// A report that publishes itself: 现向社会公布X。, 现将X予以公开发布. X ends with a document's genre word.
const PUBLISHED =
  /现(?:向社会)?(?:将|公布|发布)([^，,。《》；;：:]{6,60}?(?:报告|总结|要点|计划|规划|方案))(?=予以|。|，|,)/;

// The interpretation of a named document: 《X》已经编制完成…，现就…进行如下解读.
const INTERPRETED = /^\s*《([^》]{4,60})》[^。]{0,60}?现就[^。]{0,30}?解读/;

export function titleInOpening(opening: string): string | null {
  for (const pattern of ISSUED) {
    const issued = pattern.exec(opening)?.[1];
    if (issued) return issued;
  }
  const interpreted = INTERPRETED.exec(opening)?.[1];
  if (interpreted) return `《${interpreted}》解读`;
  return PUBLISHED.exec(opening)?.[1] ?? null;
}

// A news lead's dateline and byline (云上某县报道（记者 陈某 通讯员 李某）) and its day (3月2日,) say who and when, not what.
const DATELINE = /^[^。，,()（）]{0,20}?[(（][^()（）]*?(?:记者|通讯员)[^()（）]*[)）]\s*/;
const LEAD_DAY = /^(\d{4}年)?\d{1,2}月\d{1,2}日(上午|下午|晚)?[,，\s]*/;

/**
 * The words that stand in for the title of a page that has none: the first
 * block's first sentence where it is short enough to be a headline (a news
 * lead's dateline, byline and day left out), else its first 40 characters.
 *
 *   standInTitle('云上某县报道(记者 陈某 通讯员 李某)3月2日,某镇第十九届人民代表大会第五次会议召开。会议…')
 *   → '某镇第十九届人民代表大会第五次会议召开'
 */
export function standInTitle(firstBlock: string): string {
  const dateline = DATELINE.exec(firstBlock);
  const what = dateline ? firstBlock.slice(dateline[0].length).replace(LEAD_DAY, '') : firstBlock;
  return /^[^。！？!?]{6,40}(?=[。！？!?])/.exec(what)?.[0] ?? what.slice(0, 40);
}

const CONTENTS = /^目\s*录$/;
// A contents entry that names a document of a year: 二、2025年某镇人民政府部门预算安排情况说明.
const DOCUMENT_ENTRY = /^[一二三四五六七八九十]{1,3}[、.．]\s*(\S*\d{4}年\S*(?:说明|报告|预算|决算))$/;

/**
 * The title of a page that opens with its contents (目录) and prints no
 * title: the first entry that names a document of a year (a budget's
 * explanation), its number left out. A contents heading is never a title.
 *
 *   titleInContents(['目录', '一、部门概况', '二、2025年某镇人民政府部门预算安排情况说明']) → '2025年某镇人民政府部门预算安排情况说明'
 */
export function titleInContents(blocks: readonly string[]): string | null {
  if (!CONTENTS.test(blocks[0]?.trim() ?? '')) return null;
  for (const block of blocks.slice(1, 12)) {
    const named = DOCUMENT_ENTRY.exec(block.trim())?.[1];
    if (named) return named;
  }
  return null;
}
