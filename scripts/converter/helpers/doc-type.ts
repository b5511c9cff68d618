/**
 * The genre of a document, from its title, its layout and the first lines of
 * its text (an inference, so the record lists `docType` in `inferred`).
 *
 *   docTypeOf({ title: "天目山镇2022年政府信息公开工作年度报告", layout: "generic" }) → "政府信息公开工作年度报告"
 *   docTypeOf({ title: "弼时镇2022年工作总结及2023年工作规划", … })                 → "工作总结"
 *   docTypeOf({ title: "代表团分组讨论《政府工作报告》", … })              → "新闻报道"
 *   docTypeOf({ title: "关于印发2024年政府工作报告的通知", … })                       → "政府工作报告"
 *   docTypeOf({ title: "关于开展防汛检查的通知", … })                                 → "通知"
 *   docTypeOf({ title: "某镇2024年财政预算执行情况的报告", … })                        → "预算"
 *   docTypeOf({ title: "政府工作报告", layout: "county-news" })                     → "新闻报道"
 *
 * The vocabulary (documented with the record's `docType` in src/shared/report-schema.ts):
 * 政府工作报告, 工作总结, 工作计划, 政府信息公开工作年度报告, 年度报告 (another
 * yearly report: 法治政府建设…年度报告), 预算 (a budget, or its execution),
 * 决算, 政策解读, 会议公报, 新闻报道, and the official kinds a title ends with
 * (通知, 通告, 公告, 通报, 决定, 决议, 意见, 批复, 纪要, 请示, 议案, 函, 规则,
 * 办法, 规定, 细则, 实施方案, 方案); null when none of these is evident.
 */
import { pinyinGloss } from './place-names.ts';
import { toSimplified } from './simplified.ts';

export interface DocTypeEvidence {
  title: string;
  layout: string;
  /** The first lines of the body: a news lead (本报讯, 1月5日上午,…) is read there. */
  bodyStart?: string;
  /** Whether the text opens with a speech header (——在…人民代表大会…会议上). */
  speechAtCongress?: boolean;
  /** Whether the page carried a newspaper's edition line or a reporter's byline. */
  newsChrome?: boolean;
  /** The page's breadcrumb (首页 > 政务公开 > 统计信息), where it printed one. */
  breadcrumb?: string;
  /** The body's first paragraphs: a notice says what it is (现将有关事项通告如下), a news item credits its photos. */
  body?: string;
}

/** Kinds of official document (党政机关公文, 规范性文件) a title ends with: they name themselves. */
const OFFICIAL_KINDS =
  /(通知|通告|公告|通报|决定|决议|意见|批复|纪要|请示|议案|函|规则|办法|规定|细则|实施方案|方案)([(（][^()（）]{1,6}[)）])?$/;

/** A notice that issues or forwards a document (关于印发《…》的通知) is published for that document. */
const ISSUING_NOTICE = /(印发|转发|公布)(.+)的通知/;

/** Genres of the documents this archive is for; a word inside 《》 names another document, not this one. */
const TITLE_GENRES: [RegExp, string][] = [
  [/解读/, '政策解读'],
  [/公报/, '会议公报'],
  [/信息公开.*年度报告|信息公开年报/, '政府信息公开工作年度报告'],
  [/政府工作报告/, '政府工作报告'],
  [/预算/, '预算'],
  [/决算/, '决算'],
  [/年度报告$/, '年度报告'],
  [/总结/, '工作总结'],
  [/(思路|计划|规划|要点|打算|安排)/, '工作计划'],
];

/** What a news item's headline does: a meeting held, work done, a visit paid. */
const NEWS_VERBS =
  /同志作|召开|举行|举办|开幕|闭幕|胜利|隆重|圆满|顺利|调研|走访|视察|督导|督查|检查|慰问|部署|启动|审议|分组讨论|选举产生|当选|开展|推进会|座谈|见行动|出实招|显成效/;
/** A headline that announces (某镇公布2024年10项民心工程), not a sentence that does (…规定，现公布…). */
const ANNOUNCING_HEADLINE = /^[^，,。()（）]{2,20}公布/;
/** How a news item's text opens: 本报讯, 某某新闻网讯(通讯员…), 云上某县报道(记者…), 近日, 1月5日上午, 2024年1月5日,. */
const NEWS_LEAD =
  /^([^\s，,。]{0,10}(讯|消息|报道)(?=[\s(（　])|讯|近日|日前|连日来|[(（]?记者|(\d{4}年)?\d{1,2}月\d{1,2}日([至\-—~－]\d{1,2}日)?(上午|下午|晚)?[,，])/;

/** A headline that opens with its place and a colon (某县某镇:以整治为基…), as news sites write them. */
const PLACE_COLON_HEADLINE = /^[^:：，,。]{2,16}(镇|乡|街道)[:：]\S/;

/** What only a news item carries: a photo's credit (新华网记者 张三 摄, (5月9日摄)), a closing byline ((某市 张三)). */
const NEWS_MARKS =
  /(记者|通讯员)\s*[\u4e00-\u9fa5]{2,4}(\s+[\u4e00-\u9fa5]{2,4})*\s*摄|\d{1,2}月\d{1,2}日摄|[(（][\u4e00-\u9fa5]{2,10}[市县区镇乡台社网心]\s+[\u4e00-\u9fa5]{2,4}(\s+[\u4e00-\u9fa5]{2,4})*[)）]/;

/** A news channel in the breadcrumb (首页 > 新闻频道 > 社会快讯). */
const NEWS_SECTION = /新闻|要闻|快讯|资讯|动态/;

/** A notice without a title says what kind it is as it opens (现将有关事项通告如下, 现印发给你们) or closes (特此公告). */
const SELF_NAMING_BODY =
  /(?:现将|现就)[^。]{0,20}(通告|公告|通知)如下|特此(通告|公告|通知)|现(?:予|将[^。]{0,30})?印发给你们()/;

/** Layouts of news sites: a sign of a news item, though a report can be published there too. */
const NEWS_LAYOUTS = new Set(['county-news']);

/** A breadcrumb of a site's disclosure section: what it holds are government documents, not news. */
const DISCLOSURE_SECTION = /政务公开|信息公开|政府公开/;

/** A yearly disclosure report often prints no title of its own, only its opening words. */
const ANNUAL_REPORT_OPENING =
  /信息公开(工作)?(年度|情况)?报告|《中华人民共和国政府信息公开条例》([^。]{0,20}第五十条|[^。]{0,60}(编制|发布)本(年度)?报告)|本报告由总体情况|(本|年度)报告.{0,12}《中华人民共和国政府信息公开条例》|^一、总体情况\s*[^\n]{0,80}政府信息/;

/** An interpretation printed without a title says so as it opens (现就年报内容进行如下解读). */
const READING_OPENING = /(进行|作|做)(如下|以下)?解读|解读如下/;

/** A department's budget or final accounts, printed without a title: its contents or opening name it. */
const FINANCE_OPENING: [RegExp, string][] = [
  [/部门决算|决算情况说明|决算表/, '决算'],
  [/部门预算|预算安排情况|预算表/, '预算'],
];

export function docTypeOf(evidence: DocTypeEvidence): string | null {
  // 工作總結 is a 工作总结 too (a mirror's pinyin glosses aside); 《政府工作报告》 in a headline is what the news is about.
  const printed = toSimplified(evidence.title.replace(pinyinGloss, '')).trim();
  const title = printed.replace(/《[^》]*》/g, '').trim();
  const lead = toSimplified(evidence.bodyStart ?? '').trim();
  const official = OFFICIAL_KINDS.exec(title)?.[1];
  const issued = official === '通知' ? ISSUING_NOTICE.exec(printed)?.[2] : undefined;
  const issuedGenre = issued && TITLE_GENRES.find(([pattern]) => pattern.test(issued))?.[1];
  if (issuedGenre) return issuedGenre;
  if (official) return official;
  // The title names the genre; a news headline that mentions one (某镇召开2023年工作总结大会) is news.
  const genre = TITLE_GENRES.find(([pattern]) => pattern.test(title))?.[1];
  const newsHeadline = NEWS_VERBS.test(title) || ANNOUNCING_HEADLINE.test(title);
  if (genre && !newsHeadline) return genre;
  if (newsHeadline || evidence.newsChrome || NEWS_LEAD.test(lead)) return '新闻报道';
  const body = toSimplified((evidence.body ?? '').replace(pinyinGloss, ''));
  if (NEWS_MARKS.test(body) || PLACE_COLON_HEADLINE.test(title)) return '新闻报道';
  if (evidence.speechAtCongress) return '政府工作报告';
  if (READING_OPENING.test(lead)) return '政策解读';
  if (ANNUAL_REPORT_OPENING.test(lead)) return '政府信息公开工作年度报告';
  const finance = FINANCE_OPENING.find(([pattern]) => pattern.test(lead))?.[1];
  if (finance) return finance;
  const selfNamed = selfNamedKind(body);
  if (selfNamed) return selfNamed;
  // A news channel or a news site's layout, unless the page sits in the site's government disclosure section
  // (首页 > 政务公开 > 统计信息).
  const breadcrumb = evidence.breadcrumb ?? '';
  const newsPlace = NEWS_SECTION.test(breadcrumb) || NEWS_LAYOUTS.has(evidence.layout);
  if (newsPlace && !DISCLOSURE_SECTION.test(breadcrumb)) return '新闻报道';
  return null;
}

/** The kind a notice names itself by, in its body: 印发给你们 is how a notice issuing a document says so. */
function selfNamedKind(body: string): string | null {
  const match = SELF_NAMING_BODY.exec(body);
  if (!match) return null;
  return match[1] ?? match[2] ?? '通知';
}
