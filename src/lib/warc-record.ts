/**
 * One WARC record, uncompressed, read synchronously: its WARC headers, the
 * HTTP response it holds, and the payload as the browser received it.
 *
 *   readWarcRecord(bytes of "WARC/1.1\r\nWARC-Type: response\r\n…\r\n\r\nHTTP/1.1 200 OK\r\n…\r\n\r\n<html>…")
 *   → { warc: Map { "warc-type" → "response", … }, http: Map { "content-type" → "text/html; charset=gbk" },
 *       payload: <html>… bytes, length: 511 + 4 }
 *
 * Containers (.warc.gz, .wacz) are walked with warcio (scripts/converter/read/warc-inputs.ts); a
 * record, once extracted byte for byte, is read here, so that the converter,
 * the fidelity tests and `npm run verify` read it alike, without waiting.
 *
 * Not with warcio's parser: it reads only asynchronously, from a stream, while the converter reads
 * a page's record, and the attachments the page links to, inside its synchronous step
 * (convertSource → readSourceText, ResponseLookup); and it leaves a brotli (`br`) body encoded.
 * The site's copies of attachments are read here too: their SHA-256 must be the converter's.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface WarcRecord {
  /** WARC headers, names lower-cased. */
  warc: Map<string, string>;
  /** HTTP headers of a response record, names lower-cased; empty for other records. */
  http: Map<string, string>;
  /** The HTTP body, de-chunked and decompressed; the record's block for other records. */
  payload: Uint8Array;
  /** Bytes of the whole record, the two CRLFs after its block included. */
  length: number;
}

const crlfcrlf = Buffer.from('\r\n\r\n');

export function readWarcRecord(bytes: Uint8Array, offset = 0): WarcRecord {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerEnd = buffer.indexOf(crlfcrlf, offset);
  if (!buffer.subarray(offset, offset + 5).equals(Buffer.from('WARC/')) || headerEnd < 0) {
    throw new Error(`no WARC record starts at byte ${offset}`);
  }
  const warc = headersOf(buffer.subarray(offset, headerEnd).toString('utf8'));
  const contentLength = Number(warc.get('content-length'));
  if (!Number.isInteger(contentLength)) throw new Error(`the WARC record at byte ${offset} has no Content-Length`);
  const blockStart = headerEnd + 4;
  const block = buffer.subarray(blockStart, blockStart + contentLength);
  const length = blockStart + contentLength + 4 - offset;
  const isHttp = /^application\/http/i.test(warc.get('content-type') ?? '');
  const httpEnd = isHttp ? block.indexOf(crlfcrlf) : -1;
  if (httpEnd < 0) return { warc, http: new Map(), payload: block, length };
  const http = headersOf(block.subarray(0, httpEnd).toString('latin1'));
  return { warc, http, payload: decodeBody(block.subarray(httpEnd + 4), http), length };
}

/** "Name: value" lines after a first status line, names lower-cased. */
function headersOf(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Undo Transfer-Encoding: chunked and Content-Encoding, as a browser would before showing the page. */
function decodeBody(body: Buffer, http: Map<string, string>): Uint8Array {
  let result: Buffer = body;
  if (/chunked/i.test(http.get('transfer-encoding') ?? '')) result = dechunk(result);
  const encoding = (http.get('content-encoding') ?? '').toLowerCase();
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') result = gunzipSync(result);
    else if (encoding === 'deflate') result = inflateSync(result);
    else if (encoding === 'br') result = brotliDecompressSync(result);
  } catch {
    // Many crawlers store the body already decoded but keep the header: the bytes are then the page.
  }
  return result;
}

function dechunk(body: Buffer): Buffer {
  const chunks: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(chunks);
}
