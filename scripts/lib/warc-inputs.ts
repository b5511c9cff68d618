/**
 * Web archives among the inputs become one source per archived HTML page:
 * each `response` (or `resource`) record of a successful HTML page in a
 * .warc, .warc.gz or .wacz, walked with warcio. The source's bytes are the
 * record, extracted byte for byte with its WARC and HTTP headers; its name
 * says where the record stands (warc-container.ts). Every other record (a
 * request, a stylesheet, an image, a redirect) is counted, not converted;
 * a successful response is also offered to the archive's pages by its
 * address, so a page's attachments can be kept (attachments.ts).
 *
 *   expandWarcInputs([{ name: "crawl.warc.gz", … }])
 *   → { files: [{ name: "crawl.warc.gz#0", bytes: <the record> }, …],
 *       reports: ["crawl.warc.gz: 2 HTML pages in 6 records; passed over 2 request, 1 response text/css, 1 response image/png"] }
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import { isWarcContainer, readArchivedBytes, recordAt, warcStreams } from '../../src/lib/warc-container.ts';
import { readWarcRecord } from '../../src/lib/warc-record.ts';
import type { ArchivedResponse, ResponseLookup } from './attachments.ts';
import type { InputFile } from './inputs.ts';

export interface LoadedInput extends InputFile {
  /** The source's bytes, when they are not simply the file at `path` (a record of a web archive). */
  bytes?: Uint8Array;
  /** For a page of a web archive: the successful responses the archive holds, by address. */
  responses?: ResponseLookup;
  /** Names every address and record `responses` knows, so that a cached conversion is recalled only with the same. */
  responsesKey?: string;
}

export interface Expansion {
  files: LoadedInput[];
  /** One line per web archive: what it held and what was passed over. */
  reports: string[];
  /** Web archives that could not be read, with why. */
  errors: { path: string; message: string }[];
}

const htmlType = /^(text\/html|application\/xhtml\+xml)\b/i;

export async function expandWarcInputs(inputs: InputFile[]): Promise<Expansion> {
  const expansion: Expansion = { files: [], reports: [], errors: [] };
  for (const input of inputs) {
    if (!isWarcContainer(input.name)) {
      expansion.files.push(input);
      continue;
    }
    try {
      await expandOne(input, expansion);
    } catch (error) {
      expansion.errors.push({ path: input.path, message: (error as Error).message });
    }
  }
  return expansion;
}

async function expandOne(input: InputFile, expansion: Expansion): Promise<void> {
  const bytes = readFileSync(input.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (input.expectedSha256 && input.expectedSha256 !== sha256) {
    throw new Error(
      `its SHA-256 is ${sha256}, but SHA256SUMS says ${input.expectedSha256}: the file changed after it was archived`,
    );
  }
  const passedOver = new Map<string, number>();
  let records = 0;
  const pages: LoadedInput[] = [];
  // Where each successful response is, by name: the archive is read again only for an address a
  // page links to, so that the uncompressed archives are not all held until every page is converted.
  const responses = new Map<string, string>();
  for (const { prefix, stream } of warcStreams(bytes, input.name)) {
    const parser = new WARCParser([stream]);
    for await (const record of parser) {
      records++;
      const address = successfulAddress(record);
      if (address && !responses.has(address)) {
        responses.set(address, `${input.name}#${prefix}${parser.offset}`);
      }
      const kind = pageKind(record);
      if (kind !== 'page') {
        passedOver.set(kind, (passedOver.get(kind) ?? 0) + 1);
        continue;
      }
      const ref = `${prefix}${parser.offset}`;
      pages.push({
        ...input,
        name: `${input.name}#${ref}`,
        // The page's own address comes from the record; the manifest's is the archive's as a whole.
        sourceUrl: null,
        expectedSha256: null,
        bytes: recordAt(stream, parser.offset),
      });
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
  expansion.files.push(...pages.map((page) => ({ ...page, responses: lookup, responsesKey })));
  const skipped = [...passedOver].map(([kind, count]) => `${count} ${kind}`).join(', ');
  expansion.reports.push(
    `${input.name}: ${pages.length} HTML pages in ${records} records${skipped ? `; passed over ${skipped}` : ''}`,
  );
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
