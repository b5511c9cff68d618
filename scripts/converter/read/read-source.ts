/**
 * A source's text, the text its document's positions and `stripped` refer
 * to, whatever kind of file it is. Chosen by the file name's extension:
 *
 *   readSourceText(bytes, "a.txt")  → the decoded text (decode.ts)
 *   readSourceText(bytes, "a.html") → the page's visible text, one line per
 *     block (decode-html.ts, rehype-parse, html-page-text.ts), with the address
 *     and capture time its saving tool wrote into it (capture-comment.ts)
 *   readSourceText(bytes, "crawl.warc.gz#0") → a WARC record's HTML page read
 *     the same way (warc-record.ts), with WARC-Target-URI, WARC-Date and
 *     WARC-Payload-Digest as its provenance
 *
 * The converter, the fidelity tests and `npm run verify` all read sources
 * through here, so that they agree on what the text is.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { parseRecordName, WARC_EXTENSIONS } from '../../../src/lib/warc-container.ts';
import { readWarcRecord } from '../../../src/lib/warc-record.ts';
import type { SourceEncoding } from '../../../src/shared/report-schema.ts';
import { readCaptureComment } from './capture-comment.ts';
import { decodeSource, UndecodableSourceError } from './decode.ts';
import { decodeHtml, decoderForCharset } from './decode-html.ts';
import { type PageTable, pageTextOf } from './html-page-text.ts';
import { pageLinksOf } from './page-links.ts';

export interface SourceText {
  text: string;
  encoding: SourceEncoding;
  /** The page's address, when the file itself records it (a saved page's capture comment). */
  sourceUrl: string | null;
  /** When the page was captured, as an ISO 8601 date-time, when the file records it. */
  captured: string | null;
  /** The line an HTML page's `<title>` names as its headline. */
  headline: string | null;
  /** A WARC record's WARC-Payload-Digest, as the crawler wrote it. */
  payloadDigest?: string;
  /** An HTML page's tables of figures, by the lines of their rows (html-page-text.ts). */
  tables?: PageTable[];
  /** The files an HTML page links to and the images it shows, as written, with its `<base href>`. */
  links?: ReturnType<typeof pageLinksOf>;
}

/** Extensions of the files a conversion reads, lower-case. */
export const SOURCE_EXTENSIONS = ['.txt', '.html', '.htm', ...WARC_EXTENSIONS] as const;

export const isHtmlName = (name: string) => /\.html?$/i.test(name);

const htmlParser = unified().use(rehypeParse).freeze();

/** Throws UndecodableSourceError, with a reason written for people, when the file holds no text. */
export function readSourceText(bytes: Uint8Array, name: string): SourceText {
  if (parseRecordName(name)) return readWarcPage(bytes);
  if (!isHtmlName(name)) return { ...decodeSource(bytes), sourceUrl: null, captured: null, headline: null };
  return readHtml(bytes);
}

/** The HTML page a WARC record holds; the record's headers say where and when it was captured. */
function readWarcPage(bytes: Uint8Array): SourceText {
  let record: ReturnType<typeof readWarcRecord>;
  try {
    record = readWarcRecord(bytes);
  } catch (error) {
    throw new UndecodableSourceError(`not a WARC record: ${(error as Error).message}`);
  }
  const contentType = record.http.get('content-type') ?? record.warc.get('content-type') ?? '';
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const page = readHtml(record.payload, charset ? decoderForCharset(charset) : undefined);
  const target = record.warc.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  const date = record.warc.get('warc-date');
  const digest = record.warc.get('warc-payload-digest');
  return {
    ...page,
    sourceUrl: target && /^https?:\/\//i.test(target) ? new URL(target).href : page.sourceUrl,
    captured: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : page.captured,
    ...(digest ? { payloadDigest: digest } : {}),
  };
}

/** An HTML page's visible text, with the provenance its saving tool wrote into it. */
export function readHtml(bytes: Uint8Array, fallbackEncoding?: SourceEncoding): SourceText {
  const { html, encoding } = decodeHtml(bytes, fallbackEncoding);
  const tree = htmlParser.parse(html);
  const { text, headline, tables } = pageTextOf(tree);
  if (text === '') throw new UndecodableSourceError('the HTML page shows no text');
  const capture = readCaptureComment(tree);
  const captured = capture?.captured ?? null;
  return { text, encoding, sourceUrl: capture?.url ?? null, captured, headline, tables, links: pageLinksOf(tree) };
}
