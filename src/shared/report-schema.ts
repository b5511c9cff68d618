/**
 * The one schema of an archived report's frontmatter.
 *
 * The converter (scripts/) validates every record with it before writing, and
 * `src/content.config.ts` validates every file with it again at build time, so
 * a hand-edited or stale file fails `astro build` with the file and field named.
 *
 * Rule for every optional fact: a field the source does not give is `null`,
 * never guessed. A value derived rather than read (a province looked up from a
 * county, a date taken from the page's URL) is listed in `inferred`.
 */
import { z } from 'astro/zod';
import { INDICATORS, UNITS } from './figure-vocabulary.ts';

/** Calendar date as `YYYY-MM-DD`, checked to exist (no 2024-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** Why a piece of the source is not in the body. Each names one kind of page chrome or header. */
export const StrippedReasonSchema = z.enum([
  'metadata', // a label and its value (发布时间:…, a pipe-table row); the value is in a field
  'title', // the title line(s); the title is in `title`
  'title-repeat', // the title printed again above or at the start of the body
  'site-banner', // the site or section name above the page (温州, 政府信息公开)
  'breadcrumb', // 您当前的位置 : 首页 -> …
  'navigation', // 更多>…, 上一篇/下一篇, related-links blocks
  'page-tools', // 字体:大 中 小, 【打印】【关闭】, 分享, accessibility toggles
  'counter', // 浏览次数, 访问量, 点击率
  'copyright', // 版权声明, 版权所有, Copyright
  'layout-residue', // lines left by a flattened table: only `|` and spaces
  'edition', // a newspaper's edition line (第A06版:金湖新闻, 总第1234期)
  'image', // an image's file name or an empty image link left by a scraper
  'byline', // 通讯员…报道, 记者…, 编辑:… 审核:… lines around a news item
  'duplicate', // the text printed a second time on the same page
]);

/** One piece of the source left out of the body, kept verbatim with where it stood. */
export const StrippedSchema = z.object({
  /** 1-based line of the decoded source (line endings normalised to LF). */
  line: z.number().int().positive(),
  /** 1-based column (UTF-16 code unit) where `text` starts on that line. */
  column: z.number().int().positive(),
  /** The characters exactly as they stand in the source. */
  text: z.string().min(1),
  reason: StrippedReasonSchema,
});

/** The archived source file: what was captured, byte for byte. */
export const SourceSchema = z.object({
  /** File name as archived, relative to the seeds folder. */
  file: z.string().min(1),
  /** SHA-256 of the raw bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  /**
   * Encoding the bytes were decoded with (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5); for an
   * HTML page, the charset it declares (GB2312 and GBK are read as their superset GB18030).
   */
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5']),
  /** Size of the raw file in bytes. */
  bytes: z.number().int().positive(),
  /**
   * For a page archived from a web archive (`file` is then `crawl.warc.gz#<where>`, the
   * record extracted byte for byte): the record's WARC-Payload-Digest, as the crawler wrote it.
   */
  payloadDigest: z.string().min(1).optional(),
});

/**
 * A file an HTML page links to (the full report as PDF, DOC/DOCX, XLS/XLSX,
 * WPS, ZIP, RAR, OFD) or an image its text shows, in the page's order.
 */
export const AttachmentSchema = z.object({
  kind: z.enum(['file', 'image']),
  /** Its absolute address, resolved against the page's (and its `<base>`). */
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) address' }),
  /** The link's text, or an image's alt text, as the page shows it; empty when it has none. */
  text: z.string(),
  /**
   * The copy kept beside the source, when the same web archive holds a
   * successful response for `url`: served at /sources/<id>/attachments/<name>,
   * byte for byte the response's payload (de-chunked and decompressed, as a browser received it).
   */
  kept: z
    .object({
      /** Where the response is archived, named as `source.file` names a page's record (`crawl.warc.gz#1234`). */
      record: z.string().min(1),
      /** The copy's file name: its place in the list, then its name's letters and digits (`2-P020240221.pdf`). */
      name: z.string().regex(/^\d+(?:-[\w-]+)?\.[a-z0-9]+$/, 'expected a name such as 2-P020240221.pdf'),
      /** SHA-256 of the payload, lower-case hex. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
      /** Size of the payload in bytes. */
      bytes: z.number().int().nonnegative(),
    })
    .optional(),
});

/** Fields that may be derived instead of read; `inferred` lists which were. */
export const InferableFieldSchema = z.enum([
  'title',
  'town',
  'county',
  'city',
  'province',
  'date',
  'docType',
  'publisher',
  'sourceSite',
]);

/**
 * A key figure of the text, read from one sentence of one paragraph: nothing
 * in it is guessed, and a figure that cannot be read with confidence is not
 * recorded (scripts/converter/plugins/extract-figures.ts).
 *
 *   "预计全年实现财政收入4006万元，同比增长19%" →
 *   { indicator: "财政收入", indicatorNormalised: "财政总收入", value: "4006", number: 4006, unit: "万元",
 *     kind: "预计", cue: "预计", period: "全年", growth: { printed: "同比增长19%", number: 19, unit: "%" }, … }
 */
export const FigureSchema = z.object({
  /** The indicator as printed, less the words before it that place or time it (全镇, 完成, 预计 …). */
  indicator: z.string().min(1),
  /** The indicator's name in the vocabulary (src/shared/figure-vocabulary.ts), when it is one of its printed names. */
  indicatorNormalised: z.enum(INDICATORS.map(({ name }) => name) as [string, ...string[]]).nullable(),
  /** What the figure measures: the amount itself, or (printed alone, with no amount) its growth. */
  measure: z.enum(['level', 'growth']),
  /** The value as printed: "20517", "1.6", "４００６", "三千五百". */
  value: z.string().min(1),
  /** The value as a number, in `unit`. */
  number: z.number().finite(),
  /** The unit as printed, from the vocabulary's list (万元, 亿元, 亩, 户, %, 个百分点 …). */
  unit: z.enum(UNITS.map(({ unit }) => unit) as [string, ...string[]]),
  /** A word that makes the value a bound or an estimate: 余, 多, 以上, 左右, 近, 约, 超, 突破. */
  qualifier: z.string().min(1).nullable(),
  /** The period as the sentence prints it (2023年, 1-9月份, 上半年, 全年, 到2025年, 五年来), when it does. */
  period: z.string().min(1).nullable(),
  /** The calendar year the figure is for: from `period`, else from the section heading when it names one year. */
  year: z.number().int().min(1949).max(2100).nullable(),
  /** 实际 (achieved), 预计 (estimated) or 目标 (a target). */
  kind: z.enum(['实际', '预计', '目标']),
  /** The word that set `kind` (预计, 力争, 确保, 目标, 到2025年 …), or the heading that did; null for 实际 by default. */
  cue: z.string().min(1).nullable(),
  /** The growth the text ties to this figure (同比增长19%, 下降3.2个百分点), as printed and as a signed number. */
  growth: z
    .object({
      printed: z.string().min(1),
      number: z.number().finite(),
      unit: z.enum(['%', '个百分点']),
    })
    .nullable(),
  /** The anchor of the paragraph on the document's page (src/lib/pinpoint-anchors.ts): p-3f2a9c1e. */
  paragraph: z.string().regex(/^p-[0-9a-f]{8}(?:-\d+)?$/, 'expected a paragraph anchor such as p-3f2a9c1e'),
  /** The sentence the figure stands in, as printed. */
  sentence: z.string().min(1),
});

const nullableText = z.string().min(1).nullable();

/**
 * Fields a person may correct (content/corrections/<id>.yaml): what the
 * converter reads off the page. Not the id, the source and its provenance,
 * the capture's address and times, the layout, `inferred` or `stripped`:
 * those are facts of the capture, not readings of it.
 */
export const CorrectableFieldSchema = z.enum([
  'title',
  'town',
  'county',
  'city',
  'province',
  'placeCode',
  'date',
  'dateWritten',
  'publisher',
  'indexNumber',
  'docNumber',
  'category',
  'disclosure',
  'docType',
  'author',
  'editor',
  'summary',
  'originalTitle',
]);

/**
 * A person's correction of a record, as the document keeps it: the corrected
 * values are in their fields, and this says what the converter itself read
 * there (provenance), who corrected it, when and why.
 */
export const CorrectionRecordSchema = z.object({
  /** The converter's own reading of each corrected field (null: it read nothing there). */
  read: z.partialRecord(CorrectableFieldSchema, z.string().nullable()),
  /** Why: the archivist's note (落款与发布日期以原件为准). */
  note: z.string().min(1),
  /** When the correction was made, YYYY-MM-DD. */
  date: IsoDateSchema,
  /** Who made it, when the correction says. */
  by: z.string().min(1).optional(),
  /**
   * The earlier capture of the same page whose correction this is: a new capture carries its
   * previous version's correction forward (and the page says so). Absent for a document's own correction.
   */
  carriedFrom: z
    .string()
    .regex(/^[0-9a-f]{12}$/, "expected the 12 lower-case hex digits of an earlier capture's id")
    .optional(),
});

export const ReportSchema = z.object({
  /** Permanent id: 12 hex digits of the source's SHA-256. The document's URL for ever. */
  id: z.string().regex(/^[0-9a-f]{12}$/, 'expected 12 lower-case hex digits'),
  /** Title as the page gives it (a title split over two lines is joined). */
  title: z.string().min(1),
  /** 镇, 乡 or 街道 the document is about or issued by; null for county-level documents. */
  town: nullableText,
  county: nullableText,
  city: nullableText,
  province: nullableText,
  /**
   * The statistical division code of the place: 9 digits for a town, 6 for a
   * county-level document; null when the place could not be settled.
   */
  placeCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, 'expected a 6-digit county or 9-digit town code')
    .nullable(),
  /** Publication date (发布时间, 发布日期, 发文日期, 生成日期 …). */
  date: IsoDateSchema.nullable(),
  /** 成文日期, or the meeting date a government work report was delivered on. */
  dateWritten: IsoDateSchema.nullable(),
  /**
   * 发布机构 / 发布单位 / 发文机构 / 所属机构 / 来源 / 信息来源, verbatim; without such a
   * label, the organisation the title opens with (某县人民政府工作规则), listed in `inferred`.
   */
  publisher: nullableText,
  /** 索引号, verbatim: an opaque string scoped to its publisher. */
  indexNumber: nullableText,
  /** 文号 / 发文字号, verbatim. */
  docNumber: nullableText,
  /** 组配分类 / 主题分类, verbatim. */
  category: nullableText,
  /** 公开方式 (主动公开 …), verbatim. */
  disclosure: nullableText,
  /**
   * The genre, inferred (scripts/converter/helpers/doc-type.ts): 政府工作报告, 工作总结,
   * 工作计划, 政府信息公开工作年度报告, 年度报告 (another yearly report), 预算 (a
   * budget or its execution), 决算, 政策解读, 会议公报, 新闻报道, or the official kind
   * a title ends with (通知, 通告, 公告, 通报, 决定, 决议, 意见, 批复, 纪要, 请示, 议案,
   * 函, 规则, 办法, 规定, 细则, 实施方案, 方案); a notice that issues a document
   * (关于印发…政府工作报告的通知) takes that document's genre. Null when none is evident.
   */
  docType: nullableText,
  /** 作者, or the speaker of a work report. */
  author: nullableText,
  /** 编辑 / 责任编辑. */
  editor: nullableText,
  /** Host name of the site the page was captured from. */
  sourceSite: nullableText,
  /** Address of the page the source was captured from, when known. */
  sourceUrl: z.url().nullable(),
  /** The day the source file entered the archive (from the seeds' sources.json), when known. */
  archived: IsoDateSchema.nullable(),
  /**
   * When the page was captured, as an ISO 8601 date-time in UTC, where the
   * source says: a saved page's capture comment (SingleFile's `saved date`)
   * or a WARC record's WARC-Date. Absent when the source does not say.
   */
  captured: z.iso.datetime().optional(),
  /**
   * The id of the earlier capture of the same page (the same `sourceUrl`, scheme, case of the host,
   * default port and fragment aside) whose text differs: captures are ordered by `captured`, else
   * `archived`, then id. Absent for a page's first capture, and for a page captured once.
   */
  previousVersion: z
    .string()
    .regex(/^[0-9a-f]{12}$/, "expected the 12 lower-case hex digits of an earlier capture's id")
    .optional(),
  /** 核心提示, 摘要 or a similar lead printed above the text. */
  summary: nullableText,
  /** 原标题, where the page gives one. */
  originalTitle: nullableText,
  /**
   * Which page layout the converter recognised (county-news, disclosure-table, …).
   * Not called `layout`: Astro reads a frontmatter `layout` as a component to import.
   */
  sourceLayout: z.string().min(1),
  source: SourceSchema,
  /** An HTML page's attachments and content images (see AttachmentSchema); absent when it has none. */
  attachments: z.array(AttachmentSchema).optional(),
  /**
   * The correction applied to this record (content/corrections/<id>.yaml, or carried forward from
   * the previous version's): see CorrectionRecordSchema. Absent when no one corrected it.
   */
  correction: CorrectionRecordSchema.optional(),
  inferred: z.array(InferableFieldSchema),
  /** The key figures of the text, in the order they stand (see FigureSchema); absent when it has none. */
  figures: z.array(FigureSchema).optional(),
  /** Everything of the source that is not in the body, in source order. */
  stripped: z.array(StrippedSchema),
});

export type Report = z.infer<typeof ReportSchema>;
export type Stripped = z.infer<typeof StrippedSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type StrippedReason = z.infer<typeof StrippedReasonSchema>;
export type InferableField = z.infer<typeof InferableFieldSchema>;
export type CorrectableField = z.infer<typeof CorrectableFieldSchema>;
export type CorrectionRecord = z.infer<typeof CorrectionRecordSchema>;
export type SourceEncoding = z.infer<typeof SourceSchema>['encoding'];

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}
