/**
 * The entries of a ZIP file (a WACZ) read from its central directory, and
 * one entry opened as a stream: a WACZ of gigabytes is never read whole,
 * only its directory (at the end of the file) and the entries asked for.
 *
 *   readZipDirectory("capture.wacz")
 *   → [{ name: "archive/data.warc.gz", method: 0, compressedSize: 1834, dataOffset: 98 }, …]
 *   openZipEntry("capture.wacz", entry) → a Readable of the entry's bytes, inflated if deflated
 *
 * ZIP64 (archives or entries over 4 GB) is read too; stored (0) and deflated
 * (8) entries can be streamed, which covers what WACZ writers use.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Where the entry's data starts in the file (after its local header). */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_32 = 0xffffffff;

export function readZipDirectory(path: string): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    const read = (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
    };
    const size = fstatSync(fd).size;
    // The end record is 22 bytes, after a comment of at most 65,535.
    const tailStart = Math.max(0, size - 22 - 65_535);
    const tail = read(tailStart, size - tailStart);
    let end = tail.length - 22;
    while (end >= 0 && tail.readUInt32LE(end) !== EOCD) end--;
    if (end < 0) throw new Error('not a ZIP file: no end of central directory');
    let count = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === MAX_32 && end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
      const zip64 = read(Number(tail.readBigUInt64LE(end - 20 + 8)), 56);
      if (zip64.readUInt32LE(0) !== ZIP64_EOCD) throw new Error('not a ZIP file: a broken ZIP64 end record');
      count = Number(zip64.readBigUInt64LE(32));
      directorySize = Number(zip64.readBigUInt64LE(40));
      directoryOffset = Number(zip64.readBigUInt64LE(48));
    }
    const directory = read(directoryOffset, directorySize);
    const entries: ZipEntry[] = [];
    for (let at = 0, index = 0; index < count; index++) {
      if (directory.readUInt32LE(at) !== CENTRAL) throw new Error(`not a ZIP file: entry ${index + 1} is broken`);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const name = directory.subarray(at + 46, at + 46 + nameLength).toString('utf8');
      const sizes = zip64Sizes(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), {
        uncompressed: directory.readUInt32LE(at + 24),
        compressed: directory.readUInt32LE(at + 20),
        offset: directory.readUInt32LE(at + 42),
      });
      const local = read(sizes.offset, 30);
      if (local.readUInt32LE(0) !== LOCAL) throw new Error(`not a ZIP file: ${name} has no local header`);
      const dataOffset = sizes.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      entries.push({ name, method: directory.readUInt16LE(at + 10), compressedSize: sizes.compressed, dataOffset });
      at += 46 + nameLength + extraLength + directory.readUInt16LE(at + 32);
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** A value of 0xFFFFFFFF in the directory means: the real one is in the ZIP64 extra field, in this order. */
function zip64Sizes(extra: Buffer, sizes: { uncompressed: number; compressed: number; offset: number }) {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    let field = at + 4;
    const next = () => {
      field += 8;
      return Number(extra.readBigUInt64LE(field - 8));
    };
    const result = { ...sizes };
    if (sizes.uncompressed === MAX_32) result.uncompressed = next();
    if (sizes.compressed === MAX_32) result.compressed = next();
    if (sizes.offset === MAX_32) result.offset = next();
    return result;
  }
  return sizes;
}

/** The entry's bytes as a stream: a stored entry straight from the file, a deflated one inflated on the way. */
export function openZipEntry(path: string, entry: ZipEntry): Readable {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new Error(`${entry.name} is compressed with ZIP method ${entry.method}; only stored and deflated are read`);
  }
  // An empty range cannot be asked of createReadStream (its `end` is inclusive).
  if (entry.compressedSize === 0) return Readable.from([]);
  const end = entry.dataOffset + entry.compressedSize - 1;
  const raw = createReadStream(path, { start: entry.dataOffset, end, highWaterMark: 256 * 1024 });
  if (entry.method === 0) return raw;
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}
