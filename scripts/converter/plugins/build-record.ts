/**
 * Turn what the earlier steps read (labels, title, speech header, layout,
 * provenance) into the document's record, checked by the shared schema.
 *
 * Problems that make a record wrong (no text left, an impossible date, a
 * field the schema refuses) fail the file with its name and line; doubts
 * (no date anywhere, a town missing from the gazetteer) are warnings.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { toString as textOfTree } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { organisationOf } from '../../../src/shared/credits.ts';
import { type InferableField, ReportSchema } from '../../../src/shared/report-schema.ts';
import { bylinePersons, listedAuthors } from '../helpers/byline.ts';
import { docTypeOf } from '../helpers/doc-type.ts';
import type { Gazetteer } from '../helpers/gazetteer.ts';
import { issuerInTitle } from '../helpers/issuer-in-title.ts';
import { foldLabel, type LabelKey, labelRank } from '../helpers/labels.ts';
import { signature } from '../helpers/metadata-shapes.ts';
import { dateInLead, dateInUrl, parseDate } from '../helpers/metadata-values.ts';
import { placeDocument } from '../helpers/places.ts';
import { blocksOf, blockText, sortStripped } from '../helpers/source-tree.ts';
import { standInTitle, titleInContents, titleInOpening } from '../helpers/title-in-opening.ts';
import { photoCaption } from '../layouts/title-lines.ts';
import type { SourceLabel } from './vfile-data.ts';

export interface BuildRecordOptions {
  gazetteer: Gazetteer;
}

export const buildRecord: Plugin<[BuildRecordOptions], Root> = (options) => (tree, file) => {
  const body = textOfTree(tree);
  if (body.trim() === '') {
    file.fail('no document text is left once page chrome and metadata are removed (is this page only navigation?)', {
      ruleId: 'empty-body',
      source: 'zhendang',
    });
  }

  const labels = file.data.labels ?? [];
  const value = (key: LabelKey) => firstValue(file, labels, key);
  const inferred = new Set<InferableField>();
  const sourceUrl = file.data.sourceUrl ?? null;
  const sourceSite = sourceUrl ? new URL(sourceUrl).hostname : null;
  // The text's blocks, read once: the title, the signature and the closing byline are all looked for in them.
  const blockTexts = blocksOf(tree).map(blockText);

  let title = file.data.title ?? value('title');
  // No title printed or named: the first words of the text stand in (a doubt, warned once the record is made).
  let standIn = false;
  if (!title) {
    // The opening names the document (a notice that issues it, a report that publishes itself, an interpretation),
    // or the contents it opens with do.
    const issued =
      titleInOpening(body.slice(0, 400)) ??
      titleInContents(blockTexts) ??
      // A document-sharing site's banner (chrome, not the document's text) names the file: 《某镇政府工作报告.docx》由会员分享.
      (file.data.stripped ?? [])
        .filter(({ reason }) => reason === 'site-banner')
        .map(({ text }) => /^\s*《([^》]{2,60}?)\.(?:docx?|pdf|wps|pptx?)》/i.exec(text)?.[1])
        .find((name) => name !== undefined);
    // Else the first words of the first block that is not a photo's caption or file name (standInTitle).
    const first = blockTexts.map((text) => text.trim()).find((text) => text !== '' && !photoCaption.test(text));
    // A headline glued to the lead sentence (某乡2024年政府信息公开工作年度报告依据《条例》…) ends at its genre word.
    const glued = first ? GLUED_TO_LEAD.exec(first)?.[1] : undefined;
    title = issued ?? glued ?? standInTitle(first ?? body.trim());
    inferred.add('title');
    standIn = !issued && !glued;
  }

  const speech = file.data.speech;
  // A document's signature (落款: 某镇人民政府 / 2024年1月5日) names its issuer and the day it was signed.
  const signed = signature(blockTexts);
  const dateWritten =
    readDate(file, labels, 'dateWritten') ??
    (speech?.date ? checkedDate(file, speech.date, speech.line, '会议日期') : null) ??
    (signed ? checkedDate(file, signed.date, 0, '落款日期') : null);
  // No publication date printed: the meeting the report was given at or the day it was signed,
  // else the page's address, else the date a news lead opens with.
  let date = readDate(file, labels, 'date');
  if (!date) {
    date =
      (speech?.date || signed ? dateWritten : null) ??
      (sourceUrl ? (dateInUrl(sourceUrl) ?? null) : null) ??
      dateInLead(body) ??
      null;
    if (date) inferred.add('date');
  }
  if (!date) warn(file, 'no publication date found in the page or its address', 'no-date');

  // No label names the issuer: the document's signature (落款), else the organisation the title
  // opens with (某县人民政府工作规则), inferred.
  const printedPublisher = value('publisher') ?? signed?.publisher ?? null;
  let publisher = printedPublisher ?? issuerInTitle(title);
  if (!printedPublisher && publisher) inferred.add('publisher');
  const header = (file.data.stripped ?? [])
    .filter(({ reason }) => reason === 'site-banner' || reason === 'breadcrumb')
    .map(({ text }) => text)
    .concat(speech?.meeting ?? [])
    .join(' | ');
  const place = placeDocument(options.gazetteer, {
    publisher,
    title,
    header,
    body: body.slice(0, 2000),
    host: sourceSite,
  });
  if (place.problem) warn(file, place.problem, 'place');
  for (const field of place.inferred) inferred.add(field);

  const newsChrome = (file.data.stripped ?? []).some(({ reason }) => reason === 'edition' || reason === 'byline');
  const docType = docTypeOf({
    title,
    layout: file.data.layout ?? 'generic',
    bodyStart: body.slice(0, 200),
    body: body.slice(0, 2000),
    speechAtCongress: /人民代表大会|人代会/.test(speech?.meeting ?? ''),
    newsChrome,
    breadcrumb: (file.data.stripped ?? [])
      .filter(({ reason }) => reason === 'breadcrumb')
      .map(({ text }) => text)
      .join(' '),
  });
  if (docType) inferred.add('docType');
  // A notice that opens with its salutation (全镇广大居民朋友：) is its issuer's notice: 青石镇人民政府通告.
  if (standIn && SALUTATION.test(title) && docType && NOTICES.has(docType) && printedPublisher) {
    title = `${printedPublisher}${docType}`;
    standIn = false;
  }
  if (standIn) warn(file, 'no title found in the page; the first words of the text stand in for it', 'no-title');
  const news = docType === '新闻报道';
  // A news item that names no outlet, on a site the table does not know (whose owner would be its outlet), was
  // published by the government of its place: inferred, so that it is credited to an organisation, never a bare place.
  const newsPlace = place.town ?? place.county;
  if (news && !publisher && !options.gazetteer.siteOwner(sourceSite) && newsPlace) {
    publisher = organisationOf(newsPlace);
    inferred.add('publisher');
  }
  const labelledAuthor = value('author');
  const bylines = (file.data.stripped ?? []).filter(({ reason }) => reason === 'byline').map(({ text }) => text);
  const lastLine = blockTexts.findLast((text) => text.trim() !== '') ?? '';

  const record = {
    id: file.data.source!.sha256.slice(0, 12),
    title,
    town: place.town,
    county: place.county,
    city: place.city,
    province: place.province,
    placeCode: place.placeCode,
    date,
    dateWritten,
    publisher,
    indexNumber: value('indexNumber'),
    docNumber: value('docNumber'),
    category: value('category'),
    disclosure: value('disclosure'),
    docType,
    // A news item's writers: its 作者 label (several persons joined with 、), else its byline (记者 陈某 通讯员 李某,
    // or the one it ends with). A government document's author is a label's, or its speaker (报告人).
    author: news
      ? ((labelledAuthor && listedAuthors(labelledAuthor)) ??
        bylinePersons(bylines, body.slice(0, 80), lastLine) ??
        speech?.speaker ??
        null)
      : (labelledAuthor ?? speech?.speaker ?? null),
    editor: value('editor'),
    sourceSite,
    sourceUrl,
    archived: file.data.archived ?? null,
    // Only sources that record a capture time have the field, so older documents stay as they were.
    ...(file.data.captured ? { captured: file.data.captured } : {}),
    summary: value('summary'),
    originalTitle: value('originalTitle'),
    sourceLayout: file.data.layout ?? 'generic',
    source: file.data.source,
    ...(file.data.attachments?.length ? { attachments: file.data.attachments } : {}),
    inferred: [...inferred].sort(),
    // Only documents with figures have the field, so the others stay as they were.
    ...(file.data.figures?.length ? { figures: file.data.figures } : {}),
    stripped: sortStripped(file.data.stripped ?? []),
  };

  const checked = ReportSchema.safeParse(record);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    file.fail(`the record does not fit the schema (${problems.join('; ')})`, { ruleId: 'schema', source: 'zhendang' });
  }
  file.data.record = checked.data;
  file.data.fingerprint = createHash('sha256').update(`${title}\n${body}`.replace(/\s/g, '')).digest('hex');
};

/**
 * The value of the most preferred label that gives one (发文机关 before 来源,
 * see LABELS); where the same label says two things, the first is kept and
 * the other is a warning.
 */
/** A headline run into the sentence after it: a genre word, then 依据《, 根据《, 按照《 or 为了. */
const GLUED_TO_LEAD =
  /^([^，,。《》]{6,60}?(?:报告|总结|计划|规划|要点|方案|说明|预算|决算))(?=(?:依据|根据|按照)《|为了)/;

/** A line that addresses the readers (全镇广大居民朋友：, 各村（居）委会：): a notice's salutation, never its title. */
const SALUTATION = /^[^。，,！!？?]{2,24}[:：]$/;
const NOTICES = new Set(['通告', '公告', '通知']);

/** A value that tells nothing (来源:未知, 作者:佚名): as good as no value. */
const SAYS_NOTHING = /^(未知|不详|佚名|无|暂无|-+)$/;

function firstValue(file: VFile, labels: SourceLabel[], key: LabelKey): string | null {
  const given = labels
    .filter((label) => label.key === key && label.value !== '' && !SAYS_NOTHING.test(label.value.trim()))
    .sort((a, b) => labelRank(a.label) - labelRank(b.label));
  const [first] = given;
  const other = given.find(
    (label) => foldLabel(label.label) === foldLabel(first!.label) && label.value !== first?.value,
  );
  if (first && other) {
    warn(
      file,
      `${first.label} says "${first.value}" but line ${other.line} says "${other.value}"; the first is kept`,
      'conflict',
      first.line,
    );
  }
  return first?.value ?? null;
}

/** The date of the most preferred label that gives one (发布时间 before 发文日期, see LABELS). */
function readDate(file: VFile, labels: SourceLabel[], key: 'date' | 'dateWritten'): string | null {
  const label = labels
    .filter((candidate) => candidate.key === key && candidate.value !== '')
    .sort((a, b) => labelRank(a.label) - labelRank(b.label))[0];
  return label ? checkedDate(file, label.value, label.line, label.label) : null;
}

function checkedDate(file: VFile, value: string, line: number, label = 'date'): string | null {
  const parsed = parseDate(value);
  if (!parsed) {
    warn(file, `${label} "${value}" is not a date this converter can read; left empty`, 'unreadable-date', line);
    return null;
  }
  if ('impossible' in parsed) {
    file.fail(`${label} "${parsed.impossible}" is not a real calendar date`, {
      place: { line, column: 1 },
      ruleId: 'impossible-date',
      source: 'zhendang',
    });
  }
  return parsed.date;
}

function warn(file: VFile, reason: string, ruleId: string, line?: number): void {
  file.message(reason, { ...(line ? { place: { line, column: 1 } } : {}), ruleId, source: 'zhendang' });
}
