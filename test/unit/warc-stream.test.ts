/**
 * Records kept from a WARC read as a stream are the records, byte for byte,
 * however the stream is cut into chunks; records passed over are let go.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keptRecords } from '../../scripts/converter/read/warc-stream.ts';
import { recordAt } from '../../src/lib/warc-container.ts';
import { writeWarcGz } from '../helpers/web-archive.ts';

async function* inChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

const collect = async (chunks: AsyncIterable<Uint8Array>, keep: (type: string) => boolean) => {
  const kept: { offset: number; bytes: Uint8Array }[] = [];
  for await (const record of keptRecords(chunks, (record) => keep(record.warcType ?? ''))) kept.push(record);
  return kept;
};

describe('keptRecords', () => {
  it('gives each kept record byte for byte, at its offset, whatever the chunks', async () => {
    const warc = gunzipSync(await writeWarcGz());
    const whole = await collect(inChunks(warc, warc.length), (type) => type === 'response');
    expect(whole.map((record) => Buffer.from(record.bytes))).toEqual(
      whole.map((record) => Buffer.from(recordAt(warc, record.offset))),
    );
    expect(whole).toHaveLength(4);
    // Not below 7: warcio itself reads a stream in chunks of 1 to 3 bytes as one record (file streams give 64 KB).
    for (const size of [7, 13, 64, 1000]) {
      expect(await collect(inChunks(warc, size), (type) => type === 'response'), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('keeps a record that ends the stream, and nothing of those it passes over', async () => {
    const warc = gunzipSync(await writeWarcGz());
    const all = await collect(inChunks(warc, 13), () => true);
    expect(all).toHaveLength(5);
    // Laid end to end, the records are the whole stream: nothing between or after them is lost or added.
    expect(Buffer.concat(all.map((record) => record.bytes))).toEqual(warc);
    const requests = await collect(inChunks(warc, 13), (type) => type === 'request');
    expect(requests).toEqual([all[0]]);
  });
});
