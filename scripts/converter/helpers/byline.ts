/**
 * The persons a news item's byline names as its writers: the reporters and
 * correspondents (记者, 通讯员) of a byline line the page chrome holds
 * (■通讯员 王某某 刘某, 记者 王五 通讯员 赵六 报道) or of the bracket a lead
 * opens with (云上某县报道（记者 陈某 通讯员 李某）3月2日，…), else of the
 * closing byline a story ends with (（某县 吴某）: the writer's place, then
 * the writer), in the page's order, joined with 、 as a Chinese list of names is. Editors, reviewers
 * and photographers (编辑, 审核, 摄) did not write the story, and a word
 * that is not a name (报道, 摄影) ends the list.
 *
 *   bylinePersons(['■通讯员 王某某 刘某'], '本报讯 1月5日…')            → '王某某、刘某'
 *   bylinePersons([], '某县新闻网讯（记者 陈某 通讯员 李某）3月2日，…')  → '陈某、李某'
 *   bylinePersons([], '今年以来，…', '（松岭县 吴某）')                     → '吴某'
 *   bylinePersons(['编辑:陈某 审核:赵某'], '1月5日，…')                  → null
 */

// Longest first: 本报记者 before 记者.
const WRITER = /^(本报记者|融媒体记者|特约通讯员|记者|通讯员)/;
// Roles that did not write the story: their names are not the byline's.
const NOT_A_WRITER = /^(责任编辑|编辑|编审|审核|校对|责编|初审|复审|终审|审签|摄影|摄像|摄|制图|供稿)/;
const NAME = /^[\u4e00-\u9fa5]{2,4}$/;
// Words after the names: the byline's verb, not a person.
const NOT_A_NAME = /^(报道|摄影|摄|编辑|供稿|撰稿|采写|发自)$/;

// The bracket right after a lead's 讯 or 报道 (or at its start): (记者 陈某 通讯员 李某).
const LEAD_BRACKET = /^[^。，,()（）]{0,20}?[(（]([^()（）]{2,40})[)）]/;
// A story's last line, a bracket of the writer's place (a division, a station, an agency) and names: (某县 吴某 王某).
// The same shape as doc-type.ts's closing byline, here a whole line.
const CLOSING_BYLINE =
  /^[(（][\u4e00-\u9fa5]{1,10}[市县区镇乡台社网心]\s+([\u4e00-\u9fa5]{2,4}(?:\s+[\u4e00-\u9fa5]{2,4})*)[)）]$/;

export function bylinePersons(bylineLines: readonly string[], lead: string, lastLine = ''): string | null {
  const bracket = LEAD_BRACKET.exec(lead.trimStart())?.[1];
  const names = [...bylineLines, ...(bracket ? [bracket] : [])].flatMap(writersIn);
  const closing = CLOSING_BYLINE.exec(lastLine.trim())?.[1];
  const unique = [...new Set(names.length > 0 ? names : (closing?.split(/\s+/) ?? []))];
  return unique.length > 0 ? unique.join('、') : null;
}

// Persons a label lists (作者：王某 李某, 作者：王某，李某): names of two to four characters, apart.
const LISTED_PERSONS = /^[\u4e00-\u9fa5]{2,4}(?:\s*[\s，,、]\s*[\u4e00-\u9fa5]{2,4})+$/;

/**
 * A news item's 作者 as a list of persons joined with 、 where the label
 * lists several (so each is a creator of their own); any other value as it is.
 *
 *   listedAuthors('王某 李某') → '王某、李某'   listedAuthors('永嘉县融媒体中心') → '永嘉县融媒体中心'
 */
export function listedAuthors(value: string): string {
  return LISTED_PERSONS.test(value.trim())
    ? value
        .trim()
        .split(/\s*[\s，,、]\s*/)
        .join('、')
    : value;
}

/** The names after 记者 or 通讯员 in one byline, up to the next role or a word that is not a name. */
function writersIn(byline: string): string[] {
  const names: string[] = [];
  let writing = false;
  for (const token of byline.split(/[\s、，,:：■□●◆▲()（）]+/).filter(Boolean)) {
    const role = WRITER.exec(token)?.[1];
    if (role) {
      writing = true;
      // 记者陈某: the name glued to its role.
      const glued = token.slice(role.length);
      if (glued !== '') writing = takeName(glued, names);
    } else if (NOT_A_WRITER.test(token)) {
      writing = false;
    } else if (writing) {
      writing = takeName(token, names);
    }
  }
  return names;
}

/** Keep a token that is a name; whether the list of names goes on. */
function takeName(token: string, names: string[]): boolean {
  if (!NAME.test(token) || NOT_A_NAME.test(token)) return false;
  names.push(token);
  return true;
}
