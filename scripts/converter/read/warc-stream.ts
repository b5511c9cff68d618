/**
 * A web archive on disk read as a stream, record by record, keeping in
 * memory only the records asked for: a crawl of gigabytes of images and
 * video, with a few HTML pages among them, is converted in the memory of
 * its pages.
 *
 *   for (const { prefix, chunks } of openWarcStreams("crawl.warc.gz", "crawl.warc.gz"))
 *     for await (const { offset, bytes } of keptRecords(chunks, (record) => isPage(record))) …
 *   → { offset: 542, bytes: <the record at byte 542 of the uncompressed WARC, byte for byte> }, …
 *
 * Offsets count bytes of the uncompressed WARC, as record names do
 * (src/lib/warc-container.ts): a .warc.gz is gunzipped on the way in.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { readWarcRecord } from '../../../src/lib/warc-record.ts';
import { openZipEntry, readZipDirectory } from './zip-directory.ts';

export interface WarcStream {
  /** What the names of its records start with after the container's `#` ("" or "archive/data.warc.gz#"). */
  prefix: string;
  chunks: AsyncIterable<Uint8Array>;
}

// Chunks of 256 KB, not Node's 64 KB (files) and 16 KB (gunzip): each chunk costs a turn of the
// parser's loop, and the memory they hold stays small beside a page's.
export const CHUNK = 256 * 1024;

const innerWarc = /^archive\/.+\.warc(\.gz)?$/i;

/** The uncompressed WARC streams of a container, in the order of their names. */
export function openWarcStreams(path: string, name: string): WarcStream[] {
  if (!name.toLowerCase().endsWith('.wacz'))
    return [{ prefix: '', chunks: uncompressed(createReadStream(path, { highWaterMark: CHUNK }), name) }];
  let entries: ReturnType<typeof readZipDirectory>;
  try {
    entries = readZipDirectory(path);
  } catch (error) {
    throw new Error(`not a readable WACZ (ZIP) file: ${(error as Error).message}`);
  }
  return entries
    .filter((entry) => innerWarc.test(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((entry) => ({
      prefix: `${entry.name}#`,
      // Opened only when read, so one inner WARC at a time holds a file handle.
      chunks: {
        [Symbol.asyncIterator]: () => uncompressed(openZipEntry(path, entry), entry.name)[Symbol.asyncIterator](),
      },
    }));
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
  let pending: number | undefined;
  for await (const record of parser) {
    // The parser has read past the record kept before this one: all its bytes are in the window.
    if (pending !== undefined) yield { offset: pending, bytes: window.record(pending, parser.offset) };
    pending = keep(record, parser.offset) ? parser.offset : undefined;
    // A record passed over is let go as it streams by: the next one starts after its block at the earliest.
    window.keepFrom = pending ?? parser.offset + record.warcContentLength;
  }
  if (pending !== undefined) yield { offset: pending, bytes: window.record(pending, window.end) };
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

  /** The record starting at `from` (before `to`), its closing CRLFs included and nothing after them. */
  record(from: number, to: number): Uint8Array {
    const bytes = new Uint8Array(to - from);
    for (const { start, bytes: chunk } of this.chunks) {
      const a = Math.max(from, start);
      const b = Math.min(to, start + chunk.length);
      if (a < b) bytes.set(chunk.subarray(a - start, b - start), a - from);
    }
    if (this.chunks.length === 0 || this.chunks[0]!.start > from) throw new Error(`lost the record at byte ${from}`);
    return bytes.slice(0, readWarcRecord(bytes).length);
  }
}
