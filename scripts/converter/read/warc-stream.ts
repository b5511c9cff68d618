/**
 * A web archive on disk read as a stream, record by record, keeping in
 * memory only the records asked for: a crawl of gigabytes of images and
 * video, with a few HTML pages among them, is converted in the memory of
 * its pages.
 *
 *   for await (const { prefix, chunks } of openWarcStreams("crawl.warc.gz", "crawl.warc.gz"))
 *     for await (const { offset, bytes } of keptRecords(chunks, (record) => isPage(record))) …
 *   → { offset: 542, bytes: <the record at byte 542 of the uncompressed WARC, byte for byte> }, …
 *
 * Offsets count bytes of the uncompressed WARC, as record names do
 * (src/lib/warc-container.ts): a .warc.gz is gunzipped on the way in. A
 * WACZ is opened with yauzl, which reads its central directory (at the end
 * of the file, ZIP64 too) and then only the entries asked for.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import yauzl from 'yauzl';

export interface WarcStream {
  /** What the names of its records start with after the container's `#` ("" or "archive/data.warc.gz#"). */
  prefix: string;
  chunks: AsyncIterable<Uint8Array>;
}

// Chunks of 256 KB, not Node's 64 KB (files) and 16 KB (gunzip): each chunk costs a turn of the
// parser's loop, and the memory they hold stays small beside a page's.
export const CHUNK = 256 * 1024;

const innerWarc = /^archive\/.+\.warc(\.gz)?$/i;

/**
 * The uncompressed WARC streams of a container, in the order of their names; each is opened when
 * the one before has been read, so a WACZ holds one file handle and one entry's stream at a time.
 */
export async function* openWarcStreams(path: string, name: string): AsyncGenerator<WarcStream> {
  if (!name.toLowerCase().endsWith('.wacz')) {
    yield { prefix: '', chunks: uncompressed(createReadStream(path, { highWaterMark: CHUNK }), name) };
    return;
  }
  const notZip = (error: unknown) => new Error(`not a readable WACZ (ZIP) file: ${(error as Error).message}`);
  // autoClose off: the entries are streamed after the directory has been read through.
  const zip = await yauzl.openPromise(path, { autoClose: false }).catch((error: unknown) => {
    throw notZip(error);
  });
  let raw: Readable | undefined;
  try {
    const entries: yauzl.Entry[] = [];
    try {
      for await (const entry of zip.eachEntry()) if (innerWarc.test(entry.fileName)) entries.push(entry);
      entries.sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
    } catch (error) {
      throw notZip(error);
    }
    for (const entry of entries) {
      raw = await zip.openReadStreamPromise(entry).catch((error: unknown) => {
        throw notZip(error);
      });
      yield { prefix: `${entry.fileName}#`, chunks: uncompressed(raw, entry.fileName) };
    }
  } finally {
    raw?.destroy();
    zip.close();
  }
}

function uncompressed(raw: Readable, name: string): AsyncIterable<Uint8Array> {
  if (!name.toLowerCase().endsWith('.gz')) return raw;
  // Every record is a gzip member of its own; Node's gunzip reads one member after another.
  const gunzip = createGunzip({ chunkSize: CHUNK });
  raw.on('error', (error) => gunzip.destroy(error));
  return rethrow(raw.pipe(gunzip), 'not a readable gzip file');
}

async function* rethrow(chunks: AsyncIterable<Uint8Array>, what: string): AsyncIterable<Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw code?.startsWith('Z_') ? new Error(`${what}: ${message}`) : error;
  }
}

/**
 * The records of one uncompressed WARC stream that `keep` wants (it decides from the record's
 * headers and where it starts), each byte for byte with its offset, yielded as the stream is read.
 */
export async function* keptRecords(
  chunks: AsyncIterable<Uint8Array>,
  keep: (record: WARCRecord, offset: number) => boolean,
): AsyncGenerator<{ offset: number; bytes: Uint8Array }> {
  const window = new RecordWindow();
  const parser = new WARCParser(window.retain(chunks));
  // The record kept last, until the parser has read past it: where it starts, and its block's length.
  let pending: { offset: number; length: number } | undefined;
  for await (const record of parser) {
    // The parser has read past the record kept before this one: all its bytes are in the window.
    if (pending) yield { offset: pending.offset, bytes: window.record(pending, parser.offset) };
    pending = keep(record, parser.offset) ? { offset: parser.offset, length: record.warcContentLength } : undefined;
    // A record passed over is let go as it streams by: the next one starts after its block at the earliest.
    window.keepFrom = pending?.offset ?? parser.offset + record.warcContentLength;
  }
  if (pending) yield { offset: pending.offset, bytes: window.record(pending, window.end) };
}

/** The chunks read so far from `keepFrom` on, each with where it starts in the stream. */
class RecordWindow {
  keepFrom = 0;
  end = 0;
  private chunks: { start: number; bytes: Uint8Array }[] = [];

  async *retain(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    for await (const bytes of source) {
      this.chunks.push({ start: this.end, bytes });
      this.end += bytes.length;
      while (this.chunks.length > 0 && this.chunks[0]!.start + this.chunks[0]!.bytes.length <= this.keepFrom) {
        this.chunks.shift();
      }
      yield bytes;
    }
  }

  /**
   * The record starting at `from` (before `to`) whose block is `length` bytes long (its Content-Length,
   * as warcio read it), its closing CRLFs included and nothing after them.
   */
  record({ offset: from, length }: { offset: number; length: number }, to: number): Uint8Array {
    const bytes = new Uint8Array(to - from);
    for (const { start, bytes: chunk } of this.chunks) {
      const a = Math.max(from, start);
      const b = Math.min(to, start + chunk.length);
      if (a < b) bytes.set(chunk.subarray(a - start, b - start), a - from);
    }
    if (this.chunks.length === 0 || this.chunks[0]!.start > from) throw new Error(`lost the record at byte ${from}`);
    // The block starts after the blank line that ends the WARC headers.
    const blockStart = Buffer.from(bytes.buffer).indexOf('\r\n\r\n') + 4;
    if (blockStart < 4) throw new Error(`no WARC record starts at byte ${from}`);
    return bytes.slice(0, blockStart + length + 4);
  }
}
