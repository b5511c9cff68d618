/**
 * A web archive is read record by record: a crawl holding 200 MB of images
 * beside its two pages converts in about the memory of the two pages alone.
 * Measured as the peak resident memory of `npm run convert` (the whole
 * process), once for the pages alone and once with the images among them.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { measure } from '../../scripts/bench/measure.ts';
import { projectRoot, temporaryFolder } from '../helpers/run.ts';
import { writeWarcGz } from '../helpers/web-archive.ts';

const IMAGES = 40;
const IMAGE_BYTES = 5 * 1024 * 1024;

/** An image response record of random (incompressible) bytes, gzipped as a member of its own. */
async function imageRecord(index: number): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url: `http://www.example.gov.cn/photos/${index}.jpg`,
      date: '2024-02-22T03:00:00Z',
      type: 'response',
      warcHeaders: { 'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-9000-${String(index).padStart(12, '0')}>` },
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': 'image/jpeg' },
    },
    [randomBytes(IMAGE_BYTES)],
  );
  // Serialised uncompressed, then gzipped fast: the test is about reading, not about writing well.
  return gzipSync(await WARCSerializer.serialize(record), { level: 1 });
}

/** The two pages of the helper's crawl, with `images` image records written after the first page's. */
async function writeCrawl(path: string, images: number): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, await writeWarcGz());
    for (let index = 0; index < images; index++) writeSync(fd, await imageRecord(index));
  } finally {
    closeSync(fd);
  }
}

async function peakOfConvert(folder: string) {
  const result = await measure(process.execPath, [join(projectRoot, 'scripts/convert.ts'), folder, '--check'], {
    cwd: projectRoot,
  });
  expect(result.status, result.output).toBe(0);
  return result;
}

describe('a web archive much larger than its pages', () => {
  it('converts in bounded memory: the images stream past, only the pages are kept', async () => {
    const root = temporaryFolder();
    const sizes = { small: 0, medium: IMAGES / 4, large: IMAGES };
    for (const [name, images] of Object.entries(sizes)) {
      mkdirSync(join(root, name));
      await writeCrawl(join(root, name, 'crawl.warc.gz'), images);
    }
    const large = statSync(join(root, 'large', 'crawl.warc.gz')).size;
    expect(large).toBeGreaterThan(IMAGES * IMAGE_BYTES);
    // The same crawl inside a WACZ, stored as WACZ writers store it: read from its place in the ZIP.
    mkdirSync(join(root, 'wacz'));
    const warc = readFileSync(join(root, 'large', 'crawl.warc.gz'));
    const wacz = zipSync({ 'archive/data.warc.gz': [warc, { level: 0 }], 'datapackage.json': strToU8('{}') });
    writeFileSync(join(root, 'wacz', 'capture.wacz'), wacz);
    const peaks: Record<string, number> = {};
    for (const name of ['small', 'medium', 'large', 'wacz']) {
      const result = await peakOfConvert(join(root, name));
      const records = 5 + (name === 'wacz' ? IMAGES : sizes[name as keyof typeof sizes]);
      expect(result.output).toContain(`2 HTML pages in ${records} records`);
      peaks[name] = result.peakMegabytes;
    }
    console.log(
      `peak RSS of npm run convert: ${Object.entries(peaks)
        .map(([name, peak]) => `${name} ${peak.toFixed(0)} MB`)
        .join(', ')} (the large crawl ${(large / 1e6).toFixed(0)} MB, of which two pages)`,
    );
    // Read whole, the large archive would add its 210 MB to the peak, and 160 MB more than the medium one;
    // streamed, what it adds is garbage not yet collected, which does not grow with the archive.
    expect(peaks.large! - peaks.small!).toBeLessThan(100);
    expect(peaks.large! - peaks.medium!).toBeLessThan(40);
    expect(peaks.wacz! - peaks.small!).toBeLessThan(100);
  }, 300_000);
});
