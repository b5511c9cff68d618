/**
 * What the converter's steps tell each other: every key of the vfile's
 * `data`, declared once, with the step that sets it. The order of the steps
 * (../processor.ts) is the contract: a step reads only keys set before it.
 *
 *   caller (convert-source.ts) → source, sourceUrl, archived, captured, attachments, headline, pageTables
 *   recognise-layout           → layout
 *   extract-metadata           → labels, metadataLines
 *   strip-chrome               → breadcrumbLines
 *   find-title                 → title
 *   read-speech-header         → speech
 *   every stripping step       → stripped
 *   extract-figures            → figures
 *   build-record               → record, fingerprint
 */
import type { Figure, Report, Stripped } from '../../../src/shared/report-schema.ts';
import type { LabelHit } from '../helpers/labels.ts';
import type { PageTable } from '../read/html-page-text.ts';

/** A metadata label found on the page, with the source line it stands on. */
export interface SourceLabel extends LabelHit {
  /** Source line the label stands on. */
  line: number;
}

/** The header a government work report prints under its title (read-speech-header.ts). */
export interface Speech {
  /** The meeting line as printed, with the line it wraps onto: "——2021年12月25日在天目山镇第三届人民代表大会第一次会议上". */
  meeting: string;
  /** The meeting date as printed, e.g. "2021年12月25日", on the meeting line or a line of its own. */
  date?: string;
  /** Source line of the meeting date. */
  line: number;
  speaker?: string;
}

declare module 'vfile' {
  interface DataMap {
    // Set by the caller before the run.
    /** The raw file's facts. */
    source: Report['source'];
    /** The page's address, when known. */
    sourceUrl: string | null;
    /** The day the file entered the archive, when known. */
    archived: string | null;
    /** When the source records it was captured (ISO 8601 date-time). */
    captured: string | null;
    /** An HTML page's files it links to and the images it shows. */
    attachments: Report['attachments'];
    /** An HTML page's line that its `<title>` names as the headline. */
    headline: string | null;
    /** An HTML page's tables of figures, by the lines of their rows. */
    pageTables: PageTable[];

    // Set by the steps, in order.
    /** The page layout recognised from the header lines (recognise-layout). */
    layout: string;
    /** Metadata labels of the header and footer (extract-metadata). */
    labels: SourceLabel[];
    /** Lines that held metadata, for layouts that find the title by them (extract-metadata). */
    metadataLines: number[];
    /** Lines that held a breadcrumb: the county-news layout finds its title below them (strip-chrome). */
    breadcrumbLines: number[];
    /** The title as printed, before any continuation found at the start of the body (find-title). */
    title: string;
    /** The meeting, date and speaker under a work report's title (read-speech-header). */
    speech: Speech;
    /** Every piece of the source left out of the body, as it is removed (every stripping step). */
    stripped: Stripped[];
    /** The key figures of the body, with their paragraphs' anchors (extract-figures). */
    figures: Figure[];
    /** The finished, validated record (build-record). */
    record: Report;
    /** SHA-256 of the document's text without whitespace: the same text in another encoding or layout has the same one (build-record). */
    fingerprint: string;
  }
}
