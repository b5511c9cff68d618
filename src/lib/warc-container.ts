/**
 * Web archive files as streams of WARC records, and one record taken out of
 * them byte for byte. A record archived from a container is named by the
 * container and where the record starts in its uncompressed WARC stream:
 *
 *   "crawl.warc.gz#0"                          the record at byte 0 of crawl.warc.gz, uncompressed
 *   "capture.wacz#archive/data.warc.gz#1234"   the record at byte 1234 of a WARC inside a WACZ
 *
 *   extractRecord(bytes of crawl.warc.gz, "0") → the record's bytes, WARC headers included
 *
 * Read whole and synchronously (fflate, gunzip), not streamed with yauzl and warcio as
 * scripts/converter/read/warc-stream.ts reads a web archive: those answer only asynchronously, and
 * the converter looks up a page's attachments inside its synchronous step (readArchivedBytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { readWarcRecord } from './warc-record.ts';

export const WARC_EXTENSIONS = ['.warc', '.warc.gz', '.wacz'] as const;

export const isWarcContainer = (name: string) => WARC_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** A record's name: its container, then `#` and where it is. */
const recordName = /^(.+?\.(?:warc|warc\.gz|wacz))#(.+)$/i;

export function parseRecordName(name: string): { container: string; ref: string } | undefined {
  const match = recordName.exec(name);
  return match ? { container: match[1]!, ref: match[2]! } : undefined;
}

/** The uncompressed WARC streams of a container, each with the ref prefix of its records. */
export function warcStreams(bytes: Uint8Array, name: string): { prefix: string; stream: Uint8Array }[] {
  const lower = name.toLowerCase();
  if (lower.endsWith('.wacz')) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes, { filter: (file) => /^archive\/.+\.warc(\.gz)?$/i.test(file.name) });
    } catch (error) {
      throw new Error(`not a readable WACZ (ZIP) file: ${(error as Error).message}`);
    }
    return Object.keys(entries)
      .sort()
      .map((path) => ({ prefix: `${path}#`, stream: uncompress(entries[path]!, path) }));
  }
  return [{ prefix: '', stream: uncompress(bytes, name) }];
}

function uncompress(bytes: Uint8Array, name: string): Uint8Array {
  if (!name.toLowerCase().endsWith('.gz')) return bytes;
  try {
    return gunzipSync(bytes); // every record is a gzip member of its own; gunzip reads them all
  } catch (error) {
    throw new Error(`not a readable gzip file: ${(error as Error).message}`);
  }
}

// The pages of one web archive are built one after another: uncompress it once, not once a page.
let lastContainer: { path: string; streams: ReturnType<typeof warcStreams> } | undefined;

/** The bytes of an archived source in `folder` (seeds/): the file, or the record its name points at. */
export function readArchivedBytes(folder: string, file: string): Uint8Array {
  const record = parseRecordName(file);
  if (!record) return readFileSync(join(folder, file));
  const path = join(folder, record.container);
  if (lastContainer?.path !== path) {
    lastContainer = { path, streams: warcStreams(readFileSync(path), record.container) };
  }
  return recordIn(lastContainer.streams, record.container, record.ref);
}

/** The bytes of the record `ref` names in a container (see the names above). */
export function extractRecord(containerBytes: Uint8Array, containerName: string, ref: string): Uint8Array {
  return recordIn(warcStreams(containerBytes, containerName), containerName, ref);
}

function recordIn(streams: ReturnType<typeof warcStreams>, containerName: string, ref: string): Uint8Array {
  const hash = ref.lastIndexOf('#');
  const prefix = hash < 0 ? '' : ref.slice(0, hash + 1);
  const offset = Number(ref.slice(hash + 1));
  const stream = streams.find((candidate) => candidate.prefix === prefix)?.stream;
  if (!stream || !Number.isInteger(offset)) throw new Error(`${containerName} holds no record ${ref}`);
  return recordAt(stream, offset);
}

/** The record that starts at `offset` of an uncompressed WARC stream, its closing CRLFs included. */
export function recordAt(stream: Uint8Array, offset: number): Uint8Array {
  const { length } = readWarcRecord(stream, offset);
  return stream.slice(offset, offset + length);
}
