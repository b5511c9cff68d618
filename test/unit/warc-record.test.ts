/** One WARC record read as a browser would show its page: headers, de-chunked, decompressed, decoded. */
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSourceText } from '../../scripts/converter/read/read-source.ts';
import { removeStripped, withoutWhitespace } from '../../scripts/store/fidelity.ts';
import { readWarcRecord } from '../../src/lib/warc-record.ts';
import { convertOk, convertText, renderMdx, splitDocument } from '../helpers/pipeline.ts';

const page =
  '<title>某镇2024年工作要点</title><p>2024年，某镇全面推进乡村振兴，完成各项目标任务，群众生活持续改善。</p>';

/** A response record around an HTTP message, as crawlers write it. */
function responseRecord(httpHeaders: string[], body: Uint8Array, warcType = 'response'): Uint8Array {
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\n${httpHeaders.map((h) => `${h}\r\n`).join('')}\r\n`),
    body,
  ]);
  const block = warcType === 'response' ? http : Buffer.from(body);
  const contentType = warcType === 'response' ? 'application/http; msgtype=response' : 'text/html; charset=utf-8';
  const headers =
    `WARC/1.0\r\nWARC-Type: ${warcType}\r\nWARC-Target-URI: <https://www.example.gov.cn/a.html>\r\n` +
    `WARC-Date: 2024-03-01T02:03:04Z\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(headers), block, Buffer.from('\r\n\r\n')]);
}

const chunked = (bytes: Uint8Array) =>
  Buffer.concat([
    Buffer.from(`${(5).toString(16)}\r\n`),
    bytes.subarray(0, 5),
    Buffer.from(`\r\n${(bytes.length - 5).toString(16)}\r\n`),
    bytes.subarray(5),
    Buffer.from('\r\n0\r\n\r\n'),
  ]);

describe('readWarcRecord', () => {
  it('undoes chunked transfer and gzip content encoding, and measures the whole record', () => {
    const body = new TextEncoder().encode(page);
    const bytes = responseRecord(
      ['Content-Type: text/html', 'Content-Encoding: gzip', 'Transfer-Encoding: chunked'],
      chunked(gzipSync(body)),
    );
    const record = readWarcRecord(bytes);
    expect(new TextDecoder().decode(record.payload)).toBe(page);
    expect(record.http.get('content-type')).toBe('text/html');
    expect(record.warc.get('warc-type')).toBe('response');
    expect(record.length).toBe(bytes.length);
  });

  it('reads a body stored already decoded under a gzip header as it is', () => {
    const body = new TextEncoder().encode(page);
    expect(readWarcRecord(responseRecord(['Content-Encoding: gzip'], body)).payload).toEqual(Buffer.from(body));
  });

  it('reads a resource record’s block as the page', () => {
    const body = new TextEncoder().encode(page);
    expect(readWarcRecord(responseRecord([], body, 'resource')).payload).toEqual(Buffer.from(body));
  });

  it('says plainly when the bytes are not a WARC record', () => {
    expect(() => readWarcRecord(new TextEncoder().encode('<html>'))).toThrow('no WARC record starts at byte 0');
    expect(convertText('<html>', 'crawl.warc.gz#0').ok ? '' : 'refused').toBe('refused');
  });
});

describe('a page read from a WARC record', () => {
  const gbk = iconv.encode(page, 'gbk'); // no <meta charset>: only the server said GBK

  it('is decoded by the charset of the HTTP Content-Type when the page declares none', () => {
    const text = readSourceText(responseRecord(['Content-Type: text/html; charset=GBK'], gbk), 'crawl.warc#0');
    expect(text.encoding).toBe('gb18030');
    expect(text.text).toContain('某镇全面推进乡村振兴');
    expect(text.sourceUrl).toBe('https://www.example.gov.cn/a.html');
    expect(text.captured).toBe('2024-03-01T02:03:04.000Z');
  });

  it('loses nothing: body and stripped give back the page’s text', () => {
    const bytes = responseRecord(['Content-Type: text/html; charset=GBK'], gbk);
    const { record, body } = splitDocument(convertOk(bytes, 'crawl.warc#0').mdx);
    const source = readSourceText(bytes, 'crawl.warc#0').text;
    expect(withoutWhitespace(renderMdx(body).text)).toBe(withoutWhitespace(removeStripped(source, record.stripped)));
  });
});
