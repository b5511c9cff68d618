/**
 * Web archives among the inputs become one source per archived HTML page:
 * each `response` (or `resource`) record of a successful HTML page in a
 * .warc, .warc.gz or .wacz, streamed record by record through warcio
 * (warc-stream.ts), so only the pages are held in memory. The source's bytes are the
 * record, extracted byte for byte with its WARC and HTTP headers; its name
 * says where the record stands (warc-container.ts). Every other record (a
 * request, a stylesheet, an image, a redirect) is counted, not converted;
 * a successful response is also offered to the archive's pages by its
 * address, so a page's attachments can be kept (attachments.ts). The pages
 * of one archive are held until it has been read through, so that each
 * knows every response of its archive.
 *
 *   expandWarcInputs([{ name: "crawl.warc.gz", … }])   (streamInputs: the same files one at a time)
 *   → { files: [{ name: "crawl.warc.gz#0", bytes: <the record> }, …],
 *       reports: ["crawl.warc.gz: 2 HTML pages in 6 records; passed over 2 request, 1 response text/css, 1 response image/png"] }
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { WARCRecord } from 'warcio';
import { isWarcContainer, readArchivedBytes } from '../../../src/lib/warc-container.ts';
import { readWarcRecord } from '../../../src/lib/warc-record.ts';
import type { ArchivedResponse, ResponseLookup } from './attachments.ts';
import type { InputFile } from './inputs.ts';
import { keptRecords, openWarcStreams } from './warc-stream.ts';

export interface LoadedInput extends InputFile {
  /** The source's bytes, when they are not simply the file at `path` (a record of a web archive). */
  bytes?: Uint8Array;
  /** For a page of a web archive: the successful responses the archive holds, by address. */
  responses?: ResponseLookup;
  /** Names every address and record `responses` knows, so that a cached conversion is recalled only with the same. */
  responsesKey?: string;
}

/** What reading the web archives found beside their pages. */
export interface ExpansionNotes {
  /** One line per web archive: what it held and what was passed over. */
  reports: string[];
  /** Web archives that could not be read, with why. */
  errors: { path: string; message: string }[];
}

export interface Expansion extends ExpansionNotes {
  files: LoadedInput[];
}

const htmlType = /^(text\/html|application\/xhtml\+xml)\b/i;

/** Every input, and every page of the web archives among them, one at a time as the archives are read. */
export async function* streamInputs(inputs: InputFile[], notes: ExpansionNotes): AsyncGenerator<LoadedInput> {
  for (const input of inputs) {
    if (!isWarcContainer(input.name)) {
      yield input;
      continue;
    }
    try {
      yield* pagesOf(input, notes);
    } catch (error) {
      notes.errors.push({ path: input.path, message: (error as Error).message });
    }
  }
}

/** All of them at once (for tests and small inputs: the pages' bytes are then all in memory). */
export async function expandWarcInputs(inputs: InputFile[]): Promise<Expansion> {
  const expansion: Expansion = { files: [], reports: [], errors: [] };
  for await (const file of streamInputs(inputs, expansion)) expansion.files.push(file);
  return expansion;
}

async function* pagesOf(input: InputFile, notes: ExpansionNotes): AsyncGenerator<LoadedInput> {
  if (input.expectedSha256) {
    const sha256 = await sha256Of(input.path);
    if (input.expectedSha256 !== sha256) {
      throw new Error(
        `its SHA-256 is ${sha256}, but SHA256SUMS says ${input.expectedSha256}: the file changed after it was archived`,
      );
    }
  }
  const passedOver = new Map<string, number>();
  let records = 0;
  const pages: LoadedInput[] = [];
  // Where each successful response is, by name: the archive is read again only for an address a
  // page links to, so that no archive's images and files are held in memory.
  const responses = new Map<string, string>();
  let prefixNow = '';
  const isPage = (record: WARCRecord, offset: number) => {
    records++;
    const address = successfulAddress(record);
    if (address && !responses.has(address)) responses.set(address, `${input.name}#${prefixNow}${offset}`);
    const kind = pageKind(record);
    if (kind !== 'page') passedOver.set(kind, (passedOver.get(kind) ?? 0) + 1);
    return kind === 'page';
  };
  // Record by record: only the HTML pages' records are held in memory, never the whole archive.
  for await (const { prefix, chunks } of openWarcStreams(input.path, input.name)) {
    prefixNow = prefix;
    for await (const { offset, bytes } of keptRecords(chunks, isPage)) {
      // The page's own address comes from the record; the manifest's is the archive's as a whole.
      pages.push({ ...input, name: `${input.name}#${prefix}${offset}`, sourceUrl: null, expectedSha256: null, bytes });
    }
  }
  const folder = input.path.slice(0, input.path.length - input.name.length);
  const lookup: ResponseLookup = (url) => {
    const record = responses.get(url);
    return record === undefined ? undefined : archivedResponse(record, readArchivedBytes(folder, record));
  };
  const responsesKey = createHash('sha256')
    .update([...responses].map(([url, record]) => `${url} ${record}\n`).join(''))
    .digest('hex');
  const skipped = [...passedOver].map(([kind, count]) => `${count} ${kind}`).join(', ');
  notes.reports.push(
    `${input.name}: ${pages.length} HTML pages in ${records} records${skipped ? `; passed over ${skipped}` : ''}`,
  );
  for (const page of pages) yield { ...page, responses: lookup, responsesKey };
}

/** The SHA-256 of a file, read as a stream (a web archive may be larger than memory). */
async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The absolute address of a successful (2xx) response or resource record, else undefined. */
function successfulAddress(record: WARCRecord): string | undefined {
  if (record.warcType !== 'response' && record.warcType !== 'resource') return undefined;
  const status = record.warcType === 'resource' ? 200 : Number(record.getResponseInfo()?.status ?? 0);
  const target = record.warcTargetURI?.replace(/^<(.*)>$/, '$1');
  if (!target || status < 200 || status >= 300) return undefined;
  try {
    return new URL(target).href;
  } catch {
    return undefined;
  }
}

function archivedResponse(record: string, bytes: Uint8Array): ArchivedResponse {
  const { warc, http, payload } = readWarcRecord(bytes);
  return { record, payload, contentType: http.get('content-type') ?? warc.get('content-type') ?? '' };
}

/** "page" for an archived HTML page; otherwise what the record is, for the count of those passed over. */
function pageKind(record: WARCRecord): string {
  const type = record.warcType;
  if (type === 'resource') {
    const contentType = record.warcContentType ?? '';
    return htmlType.test(contentType) ? 'page' : `resource ${mediaType(contentType)}`;
  }
  if (type !== 'response') return type;
  const info = record.getResponseInfo();
  const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
  const status = Number(info?.status ?? 0);
  if (!htmlType.test(contentType)) return `response ${mediaType(contentType)}`;
  return status >= 200 && status < 300 ? 'page' : `response ${status}`;
}

const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase() || 'without a type';
