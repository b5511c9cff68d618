/**
 * Web archives (.warc.gz, .wacz) as sources: every archived HTML page is a
 * document, read like the same page saved on its own, with the record's
 * address, capture time and payload digest; every other record is counted.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../scripts/converter/read/inputs.ts';
import { expandWarcInputs } from '../../scripts/converter/read/warc-inputs.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import { fixtureInput } from '../helpers/fixture-input.ts';
import { convertOk } from '../helpers/pipeline.ts';
import { ARCHIVED_PAGES, writeWacz, writeWarcGz } from '../helpers/web-archive.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'zhendang-warc-'));

// What a person reads off the page (compare html-sources.test.ts).
const readFields = (record: Report) => {
  const { id, source, stripped, sourceUrl, sourceSite, captured, ...fields } = record;
  return fields;
};

describe.each([
  ['crawl.warc.gz', writeWarcGz, ''],
  ['capture.wacz', writeWacz, 'archive/data.warc.gz#'],
])('a web archive, %s', (name, write, prefix) => {
  let expansion: Awaited<ReturnType<typeof expandWarcInputs>>;

  beforeAll(async () => {
    const dir = join(folder, name);
    mkdirSync(dir);
    writeFileSync(join(dir, name), await write());
    expansion = await expandWarcInputs(collectInputs([dir]).files);
  });

  it('gives one source per HTML page and counts the records it passes over', () => {
    expect(expansion.errors).toEqual([]);
    expect(expansion.files.map((file) => file.name)).toEqual([
      expect.stringMatching(new RegExp(`^${name.replace('.', '\\.')}#${prefix}\\d+$`)),
      expect.stringMatching(new RegExp(`^${name.replace('.', '\\.')}#${prefix}\\d+$`)),
    ]);
    expect(expansion.reports).toEqual([
      `${name}: 2 HTML pages in 5 records; passed over 1 request, 1 response text/css, 1 response image/png`,
    ]);
  });

  it('archives each page as its WARC record, byte for byte with its headers', () => {
    expansion.files.forEach((file, index) => {
      const text = Buffer.from(file.bytes!).toString('latin1');
      expect(text).toMatch(/^WARC\/1\.1\r\n/);
      expect(text).toContain(`\r\nWARC-Target-URI: ${ARCHIVED_PAGES[index]!.url}\r\n`);
      expect(text.endsWith('\r\n\r\n')).toBe(true);
    });
    const [gbk] = ARCHIVED_PAGES;
    expect(Buffer.from(expansion.files[0]!.bytes!).includes(gbk!.body)).toBe(true);
  });

  it('reads each page as the same page saved on its own, with the record’s provenance', () => {
    expansion.files.forEach((file, index) => {
      const page = ARCHIVED_PAGES[index]!;
      const record = convertOk(file.bytes!, file.name).record;
      const folder = join(fixtures, page.fixture);
      const saved = convertOk(readFileSync(join(folder, fixtureInput(folder))), 'input.html').record;
      expect(readFields(record)).toEqual(readFields(saved));
      expect(record.sourceUrl).toBe(page.url);
      expect(record.captured).toBe(new Date(page.date).toISOString());
      expect(record.source.encoding).toBe(saved.source.encoding);
      expect(record.source.payloadDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(record.source.file).toBe(file.name);
    });
  });
});

describe('a web archive that cannot be read', () => {
  it('is named with the reason, and the other inputs still go on', async () => {
    const dir = join(folder, 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'broken.warc.gz'), 'not gzip at all');
    writeFileSync(join(dir, 'page.txt'), '某镇工作总结\n');
    const expansion = await expandWarcInputs(collectInputs([dir]).files);
    expect(expansion.errors).toEqual([
      { path: join(dir, 'broken.warc.gz'), message: expect.stringMatching(/^not a readable gzip file: /) },
    ]);
    expect(expansion.files.map((file) => file.name)).toEqual(['page.txt']);
  });
});

it('keeps the uncompressed stream intact: the records laid end to end are the whole WARC', async () => {
  const gz = await writeWarcGz();
  const dir = join(folder, 'whole');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.warc'), gunzipSync(gz));
  const expansion = await expandWarcInputs(collectInputs([dir]).files);
  expect(expansion.files.map((file) => file.name)).toEqual([
    expect.stringMatching(/^a\.warc#\d+$/),
    expect.stringMatching(/^a\.warc#\d+$/),
  ]);
});

describe('a WACZ read from its ZIP directory, entry by entry', () => {
  const expandZip = async (name: string, zip: Uint8Array) => {
    const dir = join(folder, name);
    mkdirSync(dir);
    writeFileSync(join(dir, `${name}.wacz`), zip);
    return expandWarcInputs(collectInputs([dir]).files);
  };

  it('reads a WARC deflated in the ZIP as it reads one stored', async () => {
    const warc = await writeWarcGz();
    const wacz = (level: 0 | 9) =>
      zipSync({ 'archive/data.warc.gz': [warc, { level }], 'pages/pages.jsonl': new Uint8Array() });
    // A gzipped WARC barely deflates: a different size is proof enough that the entry is deflated.
    expect(wacz(9).length).not.toBe(wacz(0).length);
    const stored = await expandZip('stored', wacz(0));
    const deflated = await expandZip('deflated', wacz(9));
    expect(deflated.errors).toEqual([]);
    expect(deflated.files.map((file) => file.name.replace('deflated', 'stored'))).toEqual(
      stored.files.map((file) => file.name),
    );
    expect(deflated.files.map((file) => file.bytes)).toEqual(stored.files.map((file) => file.bytes));
  });

  it('names a WACZ cut short, whose directory is gone', async () => {
    const whole = await writeWacz();
    const cut = await expandZip('cut', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(cut.errors).toEqual([
      {
        path: expect.stringMatching(/cut\.wacz$/),
        message: expect.stringMatching(/^not a readable WACZ \(ZIP\) file: /),
      },
    ]);
  });
});
